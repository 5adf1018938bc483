/**
 * Helpers for the tests of the extension's own pages (popup, side panel, options), which open them as ordinary
 * tabs: the tab id of a page (to pass as `?tab=<id>`, see extension/ui/tabs.ts), the extension's pages opened on
 * it, and what a page's highlight registry holds.
 */
import type { Page } from 'playwright-core';
import { type ExtensionSession, storeSettings } from './extension.ts';

/** The id of the tab showing `page` (it is brought to the front: the extension sees only the active tab). */
export async function tabIdOf(session: ExtensionSession, page: Page): Promise<number> {
  await page.bringToFront();
  return session.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    if (tab?.id === undefined) throw new Error('no active tab');
    return tab.id;
  });
}

/** Opens an extension page (`popup.html`, `sidepanel.html`) about the tab `tabId`, at the given size. */
export async function openExtensionPage(
  session: ExtensionSession,
  name: string,
  tabId: number | undefined,
  viewport: { width: number; height: number },
): Promise<Page> {
  const page = await session.context.newPage();
  await page.setViewportSize(viewport);
  await page.goto(session.extensionUrl(tabId === undefined ? name : `${name}?tab=${tabId}`));
  return page;
}

/** How many ranges each of our highlights holds on `page` (`ml-person`: 12, …), the active one left out. */
export async function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, { size: number }>) {
      if (name.startsWith('ml-') && name !== 'ml-active') sizes[name] = highlight.size;
    }
    return sizes;
  });
}

export const total = (sizes: Record<string, number>) => Object.values(sizes).reduce((sum, n) => sum + n, 0);

/** Changes the reader's settings the way the options page does: in `storage.local`, which every tab follows. */
export async function setSettings(session: ExtensionSession, patch: Record<string, unknown>): Promise<void> {
  const options = await openExtensionPage(session, 'options.html', undefined, { width: 800, height: 600 });
  await storeSettings(options, patch);
  await options.close();
}
