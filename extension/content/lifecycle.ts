/**
 * The annotator's end. WXT's content-script context ends this script when a newer copy starts in the same page
 * (it says so with an event), but notices that the extension was updated, reloaded or removed — `runtime.id` gone,
 * the script orphaned — only when asked. It is asked when the reader comes back to the tab or points at the page,
 * so an orphan's highlights and listeners go before a reader hovers a name whose card could no longer open.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export function noticeOrphaning(ctx: ContentScriptContext): void {
  const ask = () => void ctx.isValid;
  ctx.addEventListener(document, 'visibilitychange', ask);
  ctx.addEventListener(window, 'focus', ask);
  ctx.addEventListener(document, 'pointermove', ask, { capture: true, passive: true });
}
