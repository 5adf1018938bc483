/**
 * Annotating a page's text in batches, away from the page (the background does it for content scripts: a page's
 * main thread never holds the matcher, its tables or its state). A figure's frame may want what only the page
 * knows — the article's date, the text its subject is read from, the text before a block (frames.ts,
 * `FrameContext`) — and reading those costs the page DOM work, so a piece is first sent without them: the pieces
 * whose figures asked are answered in `retry`, and the page sends just those again with their context.
 */
import type { CompiledAnnotator, FrameContext, Mention } from './annotate.ts';

/** What the page knows around a piece (content/figure-context.ts reads it). */
export interface PieceContext {
  /** The article's date, `YYYY-MM-DD`, if the page gives one. */
  date?: string;
  /** The page's title and opening, where its subject (the countries it is about) is read from. */
  subjectText?: string;
  /** The text just before the piece's block. */
  before?: string;
}

export interface BatchPiece {
  text: string;
  /** Absent on a first request: a figure that needs it sends the piece back in `retry`. */
  context?: PieceContext;
}

export interface BatchAnswer {
  /** The mentions of each piece, in order; empty for a piece in `retry`. */
  mentions: Mention[][];
  /** Indexes of pieces sent without context whose figures need it: to be sent again with it. */
  retry: number[];
}

export function annotateBatch(annotator: CompiledAnnotator, pieces: readonly BatchPiece[]): BatchAnswer {
  // The page's subject is the same text for every piece of a page: read once per batch.
  const subjects = new Map<string, string[]>();
  const subjectOf = (text: string) => {
    let subject = subjects.get(text);
    if (!subject) {
      subject = annotator.subjectOf(text);
      subjects.set(text, subject);
    }
    return subject;
  };
  const mentions: Mention[][] = [];
  const retry: number[] = [];
  for (const [index, piece] of pieces.entries()) {
    const given = piece.context;
    let wanted = false;
    const context: FrameContext = given
      ? {
          ...(given.date !== undefined ? { date: given.date } : {}),
          ...(given.subjectText !== undefined ? { subject: subjectOf(given.subjectText) } : {}),
          before: () => given.before ?? '',
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
