/**
 * What the shared text engine finds in a seed article laid out as a news page, computed in Node with the
 * same engine and the same bundle the extension ships — the reference the browser's highlights must match.
 */
import { bundledFactBase } from '../../shared/factbase/bundle.ts';
import { createAnnotator, type FrameContext, type Mention, resolveEvidence } from '../../shared/text/annotate.ts';
import { buildMatchTable } from '../../shared/text/match-table.ts';
import { readSeed } from './news-page.ts';

const annotator = createAnnotator(buildMatchTable(bundledFactBase), { accentless: true });

/**
 * What the content script tells the frame reader about each block's figures (extension/content/figure-context.ts):
 * the page's subject (the countries its opening names most) and the text before the block.
 */
export function blockContexts(blocks: readonly string[], subjectOf = annotator.subjectOf): FrameContext[] {
  const subject = subjectOf(blocks.join('\n').slice(0, 6000));
  return blocks.map((_, k) => ({ subject, before: () => blocks.slice(0, k).join('\n').slice(-1500) }));
}

/**
 * Mentions in the given blocks of text, each annotated on its own as the content script does, with the page's
 * context for figures; weak spellings only where the page (all the blocks) supports them.
 */
export function mentionsInBlocks(blocks: readonly string[]): Mention[] {
  const contexts = blockContexts(blocks);
  return resolveEvidence(blocks.flatMap((text, k) => annotator.annotate(text, contexts[k])));
}

/** Mentions per line of the seed: the news page puts each non-empty line in its own block. */
export function expectedMentions(seedFile: string): Mention[] {
  return mentionsInBlocks(
    readSeed(seedFile)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => line.trim()),
  );
}
