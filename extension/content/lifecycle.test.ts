import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { AnnotatorContext, noticeOrphaning } from './lifecycle.ts';

const contexts: ContentScriptContext[] = [];
const started = () => {
  const ctx = new AnnotatorContext('annotator');
  contexts.push(ctx);
  noticeOrphaning(ctx);
  return ctx;
};
afterEach(() => {
  for (const ctx of contexts.splice(0)) ctx.abort();
  vi.restoreAllMocks();
});

describe('the annotator’s end', () => {
  it('comes when the extension is gone and the reader points at the page, not before', () => {
    const ctx = started();
    const ended = vi.fn();
    ctx.onInvalidated(ended);
    document.dispatchEvent(new Event('pointermove'));
    expect(ended).not.toHaveBeenCalled();
    // An orphaned script: the browser took the extension's runtime away (updated, reloaded or removed).
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    document.dispatchEvent(new Event('pointermove'));
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('comes when the reader returns to the tab', () => {
    const ctx = started();
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(ctx.signal.aborted).toBe(true);
  });

  it('comes when a newer copy starts in the page, which posts nothing to the page', () => {
    const posted = vi.spyOn(window, 'postMessage');
    const older = started();
    started();
    expect(older.signal.aborted).toBe(true);
    expect(posted).not.toHaveBeenCalled();
  });
});
