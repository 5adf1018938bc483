import { describe, expect, it } from 'vitest';
import { matchesShortcut, PageKeys } from './page-keys.ts';

const press = (init: KeyboardEventInit) => new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init });

describe('matchesShortcut', () => {
  it('matches the keys as the browser writes them, modifiers exactly', () => {
    const altShiftJ = press({ key: 'J', code: 'KeyJ', altKey: true, shiftKey: true });
    expect(matchesShortcut(altShiftJ, 'Alt+Shift+J')).toBe(true);
    expect(matchesShortcut(altShiftJ, 'Alt+Shift+K')).toBe(false);
    expect(matchesShortcut(altShiftJ, 'Ctrl+Shift+J')).toBe(false);
    expect(matchesShortcut(press({ key: '1', code: 'Digit1', ctrlKey: true }), 'Ctrl+1')).toBe(true);
    expect(matchesShortcut(press({ key: 'k', code: 'KeyK', metaKey: true, shiftKey: true }), 'Command+Shift+K')).toBe(
      true,
    );
  });
});

describe('PageKeys', () => {
  it('says the page handled the keys when it moved focus or cancelled them, and not otherwise', () => {
    document.body.innerHTML = '<input id="search">';
    const keys = new PageKeys();
    const stop = keys.attach(window);
    const search = document.getElementById('search') as HTMLInputElement;
    const moveFocus = () => search.focus();
    window.addEventListener('keydown', moveFocus);
    window.dispatchEvent(press({ key: 'J', code: 'KeyJ', altKey: true, shiftKey: true }));
    window.removeEventListener('keydown', moveFocus);
    expect(keys.handledByPage('Alt+Shift+J')).toBe(true);
    expect(keys.handledByPage('Alt+Shift+K')).toBe(false);

    search.blur();
    window.dispatchEvent(press({ key: 'K', code: 'KeyK', altKey: true, shiftKey: true }));
    expect(keys.handledByPage('Alt+Shift+K')).toBe(false);

    const cancel = (event: Event) => event.preventDefault();
    window.addEventListener('keydown', cancel);
    window.dispatchEvent(press({ key: 'K', code: 'KeyK', altKey: true, shiftKey: true }));
    window.removeEventListener('keydown', cancel);
    expect(keys.handledByPage('Alt+Shift+K')).toBe(true);
    // Long after the keys, a step is not theirs.
    expect(keys.handledByPage('Alt+Shift+K', performance.now() + 60_000)).toBe(false);
    stop();
  });
});
