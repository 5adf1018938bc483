/**
 * Which tab the popup and the side panel are about, and opening the side panel.
 *
 * Normally the active tab of the current window. A page opened with `?tab=<id>` is about that tab instead: the
 * end-to-end tests open popup.html and sidepanel.html as ordinary tabs (where the active tab would be the page
 * itself) and name the article's tab this way. The id is only used to message that tab's content script.
 */
import type { SearchResult } from '../../shared/search/search-index.ts';
import { sendToBackground } from '../messaging/protocol.ts';

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
  return tab?.id === undefined ? undefined : { id: tab.id, windowId: tab.windowId };
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
