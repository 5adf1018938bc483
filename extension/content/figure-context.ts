/**
 * What a page tells the frame reader about its figures (shared/text/frames.ts, `FrameContext`): the article's
 * date (for "năm nay", "tính đến nay", a "6 tháng đầu năm" without its year), the text its subject is read from
 * (its title and opening: "hai nước" on a page about Cambodia is Vietnam and Cambodia) and, for a block that names
 * no country, the text just before it. The matcher runs in the background (shared/text/batch.ts): a piece goes
 * there without context first, and only the pieces whose figures ask for it are sent again with it, so a page
 * reads its date and the text around a block only when a figure needs them.
 */
import type { Mention } from '../../shared/text/annotate.ts';
import type { BatchAnswer, BatchPiece, PageContext } from '../../shared/text/batch.ts';
import { type AnnotationPiece, BEFORE_CHARS } from './page-annotator.ts';
import { textRuns } from './text-runs.ts';

/** How much of the page's opening the subject is read from, and how much text before a block is looked at. */
const SUBJECT_CHARS = 6000;
const TITLE_CHARS = 1000;

export interface PageFrames {
  /** The page's context for figures: its date and subject; `opening` is the start of the article's text as read. */
  page(opening: string): PageContext;
  /** The text just before a piece. */
  before(piece: AnnotationPiece): string;
}

/** `date` reads the article's date (lazily, as the content script does for cards). */
export function pageFrames(doc: Document, date: () => string | undefined): PageFrames {
  return {
    page: (opening) => {
      const day = date();
      return { ...(day ? { date: day } : {}), subjectText: `${doc.title.slice(0, TITLE_CHARS)}\n${opening}` };
    },
    // The pass carries the text it read before a piece; only a pass's first piece looks in the document.
    before: ({ block, preceding, before }) =>
      before?.() ??
      (preceding === undefined
        ? textBefore(block, BEFORE_CHARS)
        : `${textBefore(block, BEFORE_CHARS)}\n${preceding}`.slice(-BEFORE_CHARS)),
  };
}

/**
 * The page annotator's `annotate`: pieces go to the matcher through `send` (the background); those whose figures
 * want the page's context go again with it, in one more request. The page's subject is read from its title and
 * the first SUBJECT_CHARS of the text the first batch carried: a pass starts at the start of the article, so that
 * is its headline, lead and first paragraphs as a reader reads them, and no second walk of the page is needed.
 */
export function annotateThrough(
  send: (pieces: BatchPiece[], context?: PageContext) => Promise<BatchAnswer>,
  frames: PageFrames,
): (pieces: readonly AnnotationPiece[]) => Promise<Mention[][]> {
  let opening: string | undefined;
  return async (pieces) => {
    opening ??= openingOf(pieces);
    const first = await send(pieces.map((piece) => ({ text: piece.text })));
    if (first.retry.length === 0) return first.mentions;
    const again = await send(
      first.retry.map((index) => {
        const piece = pieces[index] as AnnotationPiece;
        return { text: piece.text, before: frames.before(piece) };
      }),
      frames.page(opening ?? ''),
    );
    const mentions = [...first.mentions];
    first.retry.forEach((index, k) => {
      mentions[index] = again.mentions[k] ?? [];
    });
    return mentions;
  };
}

/** The first SUBJECT_CHARS of the pieces' text, a line each. */
function openingOf(pieces: readonly AnnotationPiece[]): string {
  let text = '';
  for (const piece of pieces) {
    if (text.length >= SUBJECT_CHARS) break;
    text += `${piece.text}\n`;
  }
  return text.slice(0, SUBJECT_CHARS);
}

/** The text a reader reads in `element`: its runs (no code, fields, editable or hidden text), a line each. */
function readableText(element: Element): string {
  let text = '';
  for (const run of textRuns(element)) text += `${run.text}\n`;
  return text;
}

/** About `limit` characters of the text that comes before `block` in the document (its earlier siblings' first). */
export function textBefore(block: Element, limit: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let node: Element | null = block; node && length < limit; node = node.parentElement) {
    for (
      let sibling = node.previousElementSibling;
      sibling && length < limit;
      sibling = sibling.previousElementSibling
    ) {
      const text = readableText(sibling);
      parts.unshift(text);
      length += text.length;
    }
  }
  const text = parts.join('\n');
  return text.slice(Math.max(0, text.length - limit));
}
