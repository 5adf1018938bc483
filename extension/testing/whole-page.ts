/**
 * A page annotator over the whole test document (every text a reader reads; the article region has its own
 * tests), drawing into a fresh highlight layer, run until its first pass is done.
 */
import { MENTION_KINDS } from '../../shared/factbase/kinds.ts';
import { everywhere } from '../content/article-region.ts';
import { HighlightLayer } from '../content/highlights.ts';
import { PageAnnotator, type PageAnnotatorOptions } from '../content/page-annotator.ts';

export async function annotateWholePage(
  annotate: PageAnnotatorOptions['annotate'],
): Promise<{ pageAnnotator: PageAnnotator; layer: HighlightLayer }> {
  const layer = new HighlightLayer();
  const pageAnnotator = new PageAnnotator({
    annotate,
    layer,
    root: document.body,
    findRegion: () => everywhere(document),
    kinds: new Set(MENTION_KINDS),
    mode: 'all',
  });
  pageAnnotator.start();
  await pageAnnotator.whenIdle();
  return { pageAnnotator, layer };
}
