/**
 * What a page tells the frame reader about its figures (shared/text/frames.ts, `FrameContext`): the article's
 * date (for "năm nay", "tính đến nay", a "6 tháng đầu năm" without its year), its subject (the countries its
 * headline and first paragraphs name most: "hai nước" on a page about Cambodia is Vietnam and Cambodia) and, for a
 * block that names no country, the text just before it. Each is read only when a figure needs it, once a page
 * (the date, the subject) or once a block (the text before).
 */
import type { FrameContext } from '../../shared/text/annotate.ts';
import { isSkipped } from './text-runs.ts';

/** How much of the page's opening the subject is read from, and how much text before a block is looked at. */
const SUBJECT_CHARS = 6000;
const BEFORE_CHARS = 1500;

export interface PageFrames {
  /** The context for figures in one block of the page (`preceding`: the block's text before a piece of it). */
  context(block: Element, preceding?: string): FrameContext;
}

/**
 * `date` reads the article's date (lazily, as the content script does for cards); `subjectOf` is the annotator's
 * (the countries a text names, most named first); `roots` are where the article's text is (its headline, lead and
 * body, which many sites print apart), in document order.
 */
export function pageFrames(
  doc: Document,
  date: () => string | undefined,
  subjectOf: (text: string) => string[],
  roots: () => Element[],
): PageFrames {
  let subject: string[] | undefined;
  const readSubject = () => {
    subject ??= subjectOf(`${doc.title}\n${textFrom(roots(), SUBJECT_CHARS)}`);
    return subject;
  };
  return {
    context: (block, preceding) => ({
      get date() {
        return date();
      },
      get subject() {
        return readSubject();
      },
      before: () =>
        preceding === undefined
          ? textBefore(block, BEFORE_CHARS)
          : `${textBefore(block, BEFORE_CHARS)}\n${preceding}`.slice(-BEFORE_CHARS),
    }),
  };
}

/**
 * The first `limit` characters of the text a reader reads in the elements, one after the other (no scripts,
 * styles, code, fields).
 */
function textFrom(roots: Element[], limit: number): string {
  let text = '';
  for (const root of roots) {
    if (isSkipped(root)) continue;
    const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
      acceptNode: (node) =>
        node.nodeType === 3
          ? NodeFilter.FILTER_ACCEPT
          : isSkipped(node as Element)
            ? NodeFilter.FILTER_REJECT
            : NodeFilter.FILTER_SKIP,
    });
    while (text.length < limit && walker.nextNode()) text += `${walker.currentNode.nodeValue ?? ''} `;
    if (text.length >= limit) break;
    text += '\n';
  }
  return text.slice(0, limit);
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
      const text = sibling.textContent ?? '';
      parts.unshift(text);
      length += text.length;
    }
  }
  const text = parts.join('\n');
  return text.slice(Math.max(0, text.length - limit));
}
