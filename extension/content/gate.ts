/**
 * The first content script, on every page a person opens: it only decides whether the page is Vietnamese
 * (page-context.ts) and, if it is, asks the background to inject the annotator (the rest of the content script:
 * matcher, highlights, cards, styles) into this frame. On any other page it runs about 3 ms (traced on the bench's
 * English page, medians of 9: 1.1 of it the first touch of the DOM from the new world, which any script pays) and
 * loads nothing else.
 *
 * A page can become Vietnamese later (review 2026-11 defect 9): a client-rendered article arriving after load, a
 * router setting `lang="vi"`. A change of `lang` is looked at at once; other changes of the page only mark it as
 * changed, and it is looked at again after a pause that doubles each time it is still not Vietnamese, so a
 * page that never stops changing costs a bounded few checks a minute.
 */
import { extensionApi } from '../messaging/extension-api.ts';
import { sendToBackground } from '../messaging/protocol.ts';
import { STORED } from '../settings/settings.ts';
import { pageLanguage } from './page-context.ts';
import { onStoredChange } from './stored-changes.ts';

const FIRST_RECHECK_MS = 1000;
const MAX_RECHECK_MS = 60_000;

export function supportsHighlights(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Decides now and, until the page is Vietnamese, whenever it changes enough to look again. Returns a stop. */
export function startGate(): () => void {
  let loading = false;
  let observer: MutationObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let wait = FIRST_RECHECK_MS;
  let changed = false;

  const load = () => {
    loading = true;
    observer?.disconnect();
    clearTimeout(timer);
    // Asked only of a Vietnamese page: on any other, the highlight interfaces are never touched.
    if (!supportsHighlights()) return;
    sendToBackground({ type: 'load-annotator', hostname: location.hostname }).then(
      (answer) => {
        if (!answer?.loaded) waitForSwitchOn(load);
      },
      (error: unknown) => console.warn('[Mekong Lens] could not load the annotator', error),
    );
  };
  const decide = (): boolean => {
    if (loading) return true;
    if (document.body && pageLanguage(document) === 'vi') {
      load();
      return true;
    }
    return false;
  };
  const recheck = () => {
    timer = undefined;
    if (!changed) return;
    changed = false;
    if (!decide()) {
      wait = Math.min(wait * 2, MAX_RECHECK_MS);
      schedule();
    }
  };
  const schedule = () => {
    timer ??= setTimeout(recheck, wait);
  };

  const stop = () => {
    observer?.disconnect();
    clearTimeout(timer);
  };
  if (decide()) return stop;
  observer = new MutationObserver((records) => {
    if (records.some((record) => record.type === 'attributes')) {
      changed = true;
      clearTimeout(timer);
      timer = undefined;
      recheck();
      return;
    }
    changed = true;
    schedule();
  });
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  observer.observe(document, { childList: true, subtree: true });
  return stop;
}

/**
 * The site is switched off: nothing is loaded until the reader switches it on. Each change of the settings or the
 * site choices asks the background again (it judges the site). Meanwhile the top frame answers `page-mentions`
 * for the page, as the annotator would on a switched-off site: a Vietnamese page that mentions nothing.
 */
function waitForSwitchOn(load: () => void): void {
  const listener = (message: unknown, _sender: unknown, respond: (answer: unknown) => void) => {
    const request = message as { type?: unknown } | null;
    if (request?.type === 'page-mentions' && window === window.top)
      respond({ url: location.href, lang: 'vi', hostname: location.hostname, mentions: [] });
    return false;
  };
  extensionApi().runtime.onMessage.addListener(listener);
  const stop = onStoredChange([STORED.settings, STORED.sites], () => {
    stop();
    extensionApi().runtime.onMessage.removeListener(listener);
    load();
  });
}
