/**
 * The content script's annotation pipeline (text runs, matcher, highlight layer, slicing), bundled to run in a
 * plain page so that `bench/browser.bench.ts` can measure it with a fact base of any size — the built extension
 * always carries the curated one. Same code as the extension, not a copy.
 */

import { findArticleRegion } from '../../extension/content/article-region.ts';
import { HighlightLayer } from '../../extension/content/highlights.ts';
import { PageAnnotator } from '../../extension/content/page-annotator.ts';
import { MENTION_KINDS } from '../../shared/factbase/kinds.ts';
import { decodeAnnotatorState, restoreAnnotator } from '../../shared/text/annotate.ts';

/** Annotates the page from an encoded annotator state, as the content script does with the background's. */
async function annotatePage(encodedState: string) {
  const start = performance.now();
  const annotator = restoreAnnotator(decodeAnnotatorState(encodedState), { accentless: true });
  const compiled = performance.now();
  let firstDraw = Number.NaN;
  const pageAnnotator = new PageAnnotator({
    annotate: (text) => annotator.annotate(text),
    layer: new HighlightLayer(),
    root: document.body,
    findRegion: () => findArticleRegion(document),
    kinds: new Set(MENTION_KINDS),
    mode: 'all',
    onDraw: () => {
      if (Number.isNaN(firstDraw)) firstDraw = performance.now();
    },
  });
  pageAnnotator.start();
  await pageAnnotator.whenIdle();
  const end = performance.now();
  return {
    startedAt: start,
    restoreMs: compiled - start,
    firstHighlightMs: firstDraw - compiled,
    totalMs: end - compiled,
    mentions: pageAnnotator.mentions().length,
  };
}

(window as unknown as { mekongLensBench: unknown }).mekongLensBench = { annotatePage };
