/**
 * Our shortcuts yield to the page: a browser command (Alt+Shift+J / K) reaches us after the page has seen the
 * same keys, and a page that bound them to something of its own (its search box, its chat) keeps them. The page
 * handled the keys when it cancelled them or moved focus while they were down; our step then does nothing, so
 * the reader's focus and keystrokes stay where the page put them.
 */

/** How long after the keys a step may still be their command's. */
const COMMAND_WINDOW_MS = 1500;

/** Does the key event carry this browser shortcut ("Alt+Shift+J", "Ctrl+Shift+1", "Command+Shift+K")? */
export function matchesShortcut(event: KeyboardEvent, shortcut: string): boolean {
  const parts = shortcut.split('+').map((part) => part.trim().toLowerCase());
  const key = parts.pop();
  if (!key) return false;
  const wants = (name: string) => parts.includes(name);
  const ctrl = wants('ctrl') || wants('macctrl');
  if (event.altKey !== wants('alt') || event.shiftKey !== wants('shift')) return false;
  if (event.ctrlKey !== ctrl || event.metaKey !== wants('command')) return false;
  const code = event.code.toLowerCase();
  return code === `key${key}` || code === `digit${key}` || code === key || event.key.toLowerCase() === key;
}

export class PageKeys {
  /** The last key press with a modifier, and when focus last moved. */
  private lastKey: KeyboardEvent | null = null;
  private focusMovedAt = Number.NEGATIVE_INFINITY;

  /** Listens from the start of each key's dispatch; returns the function that stops listening. */
  attach(win: Window = window): () => void {
    const options = { capture: true, passive: true } as const;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) this.lastKey = event;
    };
    const onFocus = (event: FocusEvent) => {
      this.focusMovedAt = event.timeStamp;
    };
    win.addEventListener('keydown', onKey, options);
    win.addEventListener('focusin', onFocus, options);
    return () => {
      win.removeEventListener('keydown', onKey, options);
      win.removeEventListener('focusin', onFocus, options);
    };
  }

  /**
   * Did the page handle `shortcut` itself: cancel its last press, or move focus from the moment it was pressed?
   * (An event's timeStamp is when it was made, before any listener ran, so a page's listener that ran before ours
   * is seen too.)
   */
  handledByPage(shortcut: string | undefined, now = performance.now()): boolean {
    const event = this.lastKey;
    if (!shortcut || !event || now - event.timeStamp > COMMAND_WINDOW_MS) return false;
    if (!matchesShortcut(event, shortcut)) return false;
    return event.defaultPrevented || this.focusMovedAt >= event.timeStamp;
  }
}
