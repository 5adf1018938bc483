/**
 * Annotating a page's text in batches, away from the page (the background does it for content scripts: a page's
 * main thread never holds the matcher, its tables or its state). A figure's frame may want what only the page
 * knows — the article's date, the text its subject is read from, the text before a block (frames.ts,
 * `FrameContext`) — and reading those costs the page DOM work, so a piece is first sent without them: the pieces
 * whose figures asked are answered in `retry`, and the page sends just those again with their context.
 */
import type { CompiledAnnotator, FrameContext, Mention } from './annotate.ts';

/**
 * What the page knows around its pieces (content/figure-context.ts reads it), sent once with a request of pieces
 * sent again: the same for each of them.
 */
export interface PageContext {
  /** The article's date, `YYYY-MM-DD`, if the page gives one. */
  date?: string;
  /** The page's title and opening, where its subject (the countries it is about) is read from. */
  subjectText?: string;
}

export interface BatchPiece {
  text: string;
  /** The text just before the piece, sent with the page's context. */
  before?: string;
}

export interface BatchAnswer {
  /** The mentions of each piece, in order; empty for a piece in `retry`. */
  mentions: Mention[][];
  /** Indexes of pieces sent without context whose figures need it: to be sent again with it. */
  retry: number[];
}

/**
 * The mentions of each piece. Without `page` (a first request), the pieces whose figures want the page's context
 * come back in `retry`; with it, every piece is read with it.
 */
export function annotateBatch(
  annotator: CompiledAnnotator,
  pieces: readonly BatchPiece[],
  page?: PageContext,
): BatchAnswer {
  // The page's subject is the same for every piece: read once per request.
  const subject = page?.subjectText !== undefined ? annotator.subjectOf(page.subjectText) : undefined;
  const mentions: Mention[][] = [];
  const retry: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    let wanted = false;
    const context: FrameContext = page
      ? {
          ...(page.date !== undefined ? { date: page.date } : {}),
          ...(subject !== undefined ? { subject } : {}),
          before: () => piece.before ?? '',
        }
      : {
          get date() {
            wanted = true;
            return undefined;
          },
          get subject() {
            wanted = true;
            return undefined;
          },
          before: () => {
            wanted = true;
            return '';
          },
        };
    const found = annotator.annotate(piece.text, context);
    if (wanted) {
      retry.push(index);
      mentions.push([]);
    } else mentions.push(found);
  }
  return { mentions, retry };
}
