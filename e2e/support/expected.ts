/**
 * What the shared text engine finds in a seed article laid out as a news page, computed in Node with the
 * same engine and the same bundle the extension ships — the reference the browser's highlights must match.
 */
import { bundledFactBase } from '../../shared/factbase/bundle.ts';
import { createAnnotator, type Mention, resolveEvidence } from '../../shared/text/annotate.ts';
import { buildMatchTable } from '../../shared/text/match-table.ts';
import { readSeed } from './news-page.ts';

const annotator = createAnnotator(buildMatchTable(bundledFactBase), { accentless: true });

/**
 * Mentions in the given blocks of text, each annotated on its own as the content script does; weak spellings
 * only where the page (all the blocks) supports them.
 */
export function mentionsInBlocks(blocks: readonly string[]): Mention[] {
  // The page's subject and the text before each block, as the content script gives them to figures' frames.
  const subject = annotator.subjectOf(blocks.join('\n'));
  return resolveEvidence(
    blocks.flatMap((text, index) =>
      annotator.annotate(text, { subject, before: () => blocks.slice(Math.max(0, index - 3), index).join('\n') }),
    ),
  );
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
