/** Helpers for tests of the in-page card: where a mention is, and the card's box. */
import type { Page } from 'playwright-core';
import type { ExtensionSession } from './extension.ts';

export interface Point {
  x: number;
  y: number;
}

/**
 * The centre of the first highlighted range of `kind` whose text ends with `text` (a title may precede a name),
 * scrolled so that it sits at `at` (`center`, `start`, `end`, `nearest`) of the window.
 */
export async function mentionPoint(
  page: Page,
  kind: string,
  text: string,
  at: ScrollLogicalPosition = 'center',
): Promise<Point> {
  return page.evaluate(
    ([kind, text, at]) => {
      const highlight = CSS.highlights.get(`ml-${kind}`);
      for (const range of (highlight ?? new Set()) as Set<Range>) {
        if (range.toString().endsWith(text)) {
          (range.startContainer.parentElement as Element).scrollIntoView({ block: at as ScrollLogicalPosition });
          const rect = range.getClientRects()[0] as DOMRect;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      throw new Error(`no ${kind} highlight ends with ${text}`);
    },
    [kind, text, at] as const,
  );
}

/** The open card (inside our host's shadow root). */
export const card = (page: Page) => page.locator('mekong-lens-card .ml-card');

/** The name on the open card, or '' when none is open. */
export const cardName = (page: Page): Promise<string> =>
  card(page)
    .locator('.ml-name')
    .innerText()
    .catch(() => '');

/** The card's box in the window, or null when no card is shown. */
export async function cardBox(page: Page) {
  return page.locator('mekong-lens-card .ml-panel').boundingBox();
}

/**
 * The reader's "next/previous mention" shortcut, as the background delivers it on the manifest command (the
 * browser, not the page, owns the keys: key presses sent over the DevTools protocol never reach it).
 */
export async function stepMention(session: ExtensionSession, page: Page, direction: 1 | -1): Promise<boolean> {
  await page.bringToFront();
  const answer = await session.worker.evaluate(async (direction) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return chrome.tabs.sendMessage(tab.id, { type: 'step-mention', direction }, { frameId: 0 });
  }, direction);
  return (answer as { ok: boolean }).ok;
}
