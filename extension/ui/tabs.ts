/**
 * Which tab the popup and the side panel are about, asking it what it mentions, and opening the side panel.
 *
 * Normally the active tab of the current window. A page opened with `?tab=<id>` is about that tab instead: the
 * end-to-end tests open popup.html and sidepanel.html as ordinary tabs (where the active tab would be the page
 * itself) and name the article's tab this way. The id is only used to message that tab's content script.
 * Opened as a tab without `?tab`, a page is about no tab, and says so.
 */
import type { SearchResult } from '../../shared/search/search-index.ts';
import { type PageMentions, sendToBackground, sendToTab } from '../messaging/protocol.ts';

/** A tab that does not answer in this time has no content script that will (Firefox may never answer at all). */
const TAB_ANSWER_MS = 4000;

export function pinnedTabId(): number | undefined {
  const value = new URLSearchParams(location.search).get('tab');
  return value && /^\d+$/.test(value) ? Number(value) : undefined;
}

export interface TargetTab {
  id: number;
  windowId?: number;
}

export async function targetTab(): Promise<TargetTab | undefined> {
  const pinned = pinnedTabId();
  if (pinned !== undefined) return { id: pinned };
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return undefined;
  // This page is itself the active tab (opened as a tab, not as the panel or the popup): it is about no article.
  const own = await browser.tabs.getCurrent?.().catch(() => undefined);
  if (own?.id === tab.id) return undefined;
  return { id: tab.id, windowId: tab.windowId };
}

/** Is this page open as a tab of its own, about no article? */
export async function openAsTab(): Promise<boolean> {
  if (pinnedTabId() !== undefined) return false;
  return (await browser.tabs.getCurrent?.().catch(() => undefined)) !== undefined;
}

/** What the tab's page mentions; rejects when no content script answers there (soon, never hanging). */
export function pageMentionsOf(tabId: number): Promise<PageMentions> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the tab does not answer')), TAB_ANSWER_MS);
    sendToTab(tabId, { type: 'page-mentions' }).then(
      (answer) => {
        clearTimeout(timer);
        if (answer) resolve(answer);
        else reject(new Error('no content script in the tab'));
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

/**
 * Opens the side panel (Firefox: the sidebar), on `entity` if given. Must be called from the click or key
 * handler itself: both browsers open it only in answer to a user gesture, so the call is made before any await.
 */
export function openSidePanel(windowId: number | undefined, entity?: Pick<SearchResult, 'id'>): Promise<void> {
  let opening: Promise<unknown> = Promise.resolve();
  try {
    if (import.meta.env.FIREFOX) {
      opening = (browser as unknown as { sidebarAction: { open(): Promise<void> } }).sidebarAction.open();
    } else if (windowId !== undefined) {
      opening = browser.sidePanel.open({ windowId });
    }
  } catch (error) {
    opening = Promise.reject(error);
  }
  const told = entity ? sendToBackground({ type: 'open-side-panel', entityId: entity.id }) : Promise.resolve();
  return Promise.all([opening.catch((error) => console.warn('[Mekong Lens] side panel', error)), told]).then(
    () => undefined,
  );
}
