/**
 * A page annotator over the whole test document (every text a reader reads; the article region has its own
 * tests), drawing into a fresh highlight layer, run until its first pass is done.
 */
import { MENTION_KINDS } from '../../shared/factbase/kinds.ts';
import { everywhere } from '../content/article-region.ts';
import { HighlightLayer } from '../content/highlights.ts';
import { PageAnnotator, type PageAnnotatorOptions } from '../content/page-annotator.ts';

/** A page annotator over the whole test document, every mention drawn, not started. */
export function wholePageAnnotator(
  annotate: PageAnnotatorOptions['annotate'],
  kinds: PageAnnotatorOptions['kinds'] = new Set(MENTION_KINDS),
): { pageAnnotator: PageAnnotator; layer: HighlightLayer } {
  const layer = new HighlightLayer();
  const pageAnnotator = new PageAnnotator({
    annotate,
    layer,
    root: document.body,
    findRegion: () => everywhere(document),
    kinds,
    mode: 'all',
  });
  return { pageAnnotator, layer };
}

export async function annotateWholePage(
  annotate: PageAnnotatorOptions['annotate'],
): Promise<{ pageAnnotator: PageAnnotator; layer: HighlightLayer }> {
  const { pageAnnotator, layer } = wholePageAnnotator(annotate);
  pageAnnotator.start();
  await pageAnnotator.whenIdle();
  return { pageAnnotator, layer };
}
