/**
 * The annotator's end. Its context is WXT's content-script context: a newer copy starting in the same page (the
 * extension reloaded or updated under it) ends it with an event on the document, and it notices that the extension
 * was updated, reloaded or removed — `runtime.id` gone, the script orphaned — only when asked. It is asked when the
 * reader comes back to the tab or points at the page, so an orphan's highlights and listeners go before a reader
 * hovers a name whose card could no longer open.
 */
import { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What WXT's context keeps to itself, read here to send its "started" event as it does. */
interface ContextInternals {
  id: string;
  contentScriptName: string;
}

/**
 * WXT's context, announcing itself with the document event alone. WXT also posts the same announcement to the
 * window: the page sees that message, and in Chromium 156 posting it from the isolated world took 7–27 ms of the
 * annotator's start on an article (measured with performance marks around it). The document event is what the
 * older copy listens for.
 */
export class AnnotatorContext extends ContentScriptContext {
  override stopOldScripts(): void {
    const started = (ContentScriptContext as unknown as { SCRIPT_STARTED_MESSAGE_TYPE: string })
      .SCRIPT_STARTED_MESSAGE_TYPE;
    const { id, contentScriptName } = this as unknown as ContextInternals;
    document.dispatchEvent(new CustomEvent(started, { detail: { contentScriptName, messageId: id } }));
  }
}

export function noticeOrphaning(ctx: ContentScriptContext): void {
  const ask = () => void ctx.isValid;
  ctx.addEventListener(document, 'visibilitychange', ask);
  ctx.addEventListener(window, 'focus', ask);
  ctx.addEventListener(document, 'pointermove', ask, { capture: true, passive: true });
}
