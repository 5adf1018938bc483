/**
 * The content script's annotation pipeline (text runs, matcher, highlight layer, slicing), bundled to run in a
 * plain page so that `bench/browser.bench.ts` can measure it with a fact base of any size — the built extension
 * always carries the curated one. Same code as the extension, not a copy.
 */

import { HighlightLayer } from '../../extension/content/highlights.ts';
import { PageAnnotator } from '../../extension/content/page-annotator.ts';
import { MENTION_KINDS } from '../../shared/factbase/kinds.ts';
import { createAnnotator } from '../../shared/text/annotate.ts';
import type { MatchTable } from '../../shared/text/match-table.ts';

async function annotatePage(table: MatchTable) {
  const start = performance.now();
  const annotator = createAnnotator(table);
  const compiled = performance.now();
  let firstDraw = Number.NaN;
  const pageAnnotator = new PageAnnotator({
    annotate: (text) => annotator.annotate(text),
    layer: new HighlightLayer(),
    root: document.body,
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
    compileMs: compiled - start,
    firstHighlightMs: firstDraw - compiled,
    totalMs: end - compiled,
    mentions: pageAnnotator.mentions().length,
  };
}

(window as unknown as { mekongLensBench: unknown }).mekongLensBench = { annotatePage };
