/**
 * The first script decides: a Vietnamese page asks the background for the annotator at once; another page asks
 * nothing, and asks once it becomes Vietnamese (`lang` set later, or its article rendered after load).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startGate } from './gate.ts';

const VIETNAMESE = 'Thủ tướng Phạm Minh Chính hội kiến Thủ tướng Lào tại Hà Nội, hai bên nhất trí tăng cường hợp tác. ';
const ENGLISH = 'Prime Minister Pham Minh Chinh met his Lao counterpart in Vientiane on Wednesday to discuss trade. ';

let asked: unknown[] = [];
const gates: Array<() => void> = [];
beforeEach(() => {
  asked = [];
  fakeBrowser.reset();
  Object.assign(globalThis, { Highlight: class extends Set {} });
  Object.defineProperty(globalThis, 'CSS', { value: { highlights: new Map() }, configurable: true, writable: true });
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => {
    asked.push(message);
    return { loaded: true };
  });
  vi.useFakeTimers();
});
afterEach(() => {
  for (const stop of gates.splice(0)) stop();
  vi.useRealTimers();
  vi.restoreAllMocks();
  document.documentElement.removeAttribute('lang');
  document.body.innerHTML = '';
});

const paragraphs = (text: string) => `<p>${text.repeat(4)}</p>`.repeat(3);

describe('the first script', () => {
  it('asks for the annotator on a Vietnamese page, and nothing on an English one', () => {
    document.body.innerHTML = paragraphs(VIETNAMESE);
    gates.push(startGate());
    expect(asked).toEqual([{ type: 'load-annotator', hostname: location.hostname }]);
    asked = [];
    document.body.innerHTML = paragraphs(ENGLISH);
    gates.push(startGate());
    expect(asked).toEqual([]);
  });

  it('asks once the page says lang="vi"', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    gates.push(startGate());
    document.documentElement.lang = 'vi';
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveLength(1);
  });

  it('asks once a Vietnamese article arrives after load, not before looking again', async () => {
    document.documentElement.lang = 'en';
    document.body.innerHTML = '<div id="app"></div>';
    gates.push(startGate());
    (document.getElementById('app') as HTMLElement).innerHTML = paragraphs(VIETNAMESE);
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(asked).toHaveLength(1);
  });

  it('on a switched-off site, asks again once the settings or site choices change, not before', async () => {
    vi.mocked(fakeBrowser.runtime.sendMessage).mockImplementation(async (message: unknown) => {
      asked.push(message);
      return { result: { loaded: asked.length > 1 } };
    });
    document.body.innerHTML = paragraphs(VIETNAMESE);
    gates.push(startGate());
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveLength(1);
    await fakeBrowser.storage.local.set({ baseVersion: 'v2' });
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveLength(1);
    await fakeBrowser.storage.local.set({ sites: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveLength(2);
    await fakeBrowser.storage.local.set({ settings: {} });
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toHaveLength(2);
  });
});
