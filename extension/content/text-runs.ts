/**
 * The page's readable text, as runs: maximal stretches of text inside one block, joined across inline
 * elements, so that "<b>Phạm</b> Minh Chính" is one run "Phạm Minh Chính" whose offsets map back to the text
 * nodes it came from. A run never crosses a block boundary or a <br>, and never enters what a reader does not
 * read as article text (scripts, styles, code, form fields, editable regions, hidden elements, our own UI).
 *
 * Block or inline is decided by tag name, not computed style: it costs nothing per element, and pages that turn
 * a <span> into a block rarely split a name that way.
 */

import { NOT_PROSE_TAGS } from '../../shared/not-prose.ts';

/** Elements that flow inside a line: text on either side of them belongs to the same run. */
const INLINE_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'b',
  'bdi',
  'bdo',
  'big',
  'cite',
  'data',
  'del',
  'dfn',
  'em',
  'font',
  'i',
  'ins',
  'label',
  'mark',
  'nobr',
  'q',
  'ruby',
  's',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'sup',
  'time',
  'tt',
  'u',
  'wbr',
  'output',
  'meter',
  'progress',
]);

/**
 * An element's tag in lower case, whatever the document: `tagName` is upper case in HTML documents but as written
 * in XHTML ones, where the same rules must hold.
 */
export function tagOf(element: Element): string {
  return element.localName.toLowerCase();
}

export interface TextRun {
  /** The nearest block-level ancestor: the unit we re-annotate when the page changes. */
  block: Element;
  text: string;
  nodes: Text[];
  /** `starts[i]` is where `nodes[i]`'s text begins in `text`. */
  starts: number[];
}

export interface CollectOptions {
  /** Our own UI host: never annotated. */
  exclude?: Element | null;
  /**
   * Boxes that are not the text to annotate (the site's furniture around an article): not entered. Asked of block
   * elements only — furniture is boxes, and a page has far more inline elements than blocks.
   */
  skip?: (element: Element) => boolean;
}

export function isInline(element: Element): boolean {
  return isInlineTag(tagOf(element));
}

function isInlineTag(tag: string): boolean {
  // Custom elements are inline unless styled otherwise, like <span>.
  return INLINE_TAGS.has(tag) || tag.includes('-');
}

/** Makes its content editable: `contenteditable` present and not "false" (in any case). */
function isEditable(element: Element): boolean {
  const editable = element.getAttribute('contenteditable');
  return editable !== null && editable.trim().toLowerCase() !== 'false';
}

export function isSkipped(element: Element, options: CollectOptions = {}, tag = tagOf(element)): boolean {
  return NOT_PROSE_TAGS.has(tag) || element === options.exclude || (element.hasAttributes() && isEditable(element));
}

/** A `<details>` whose content is folded away: only its `<summary>` is on screen. */
function isClosedDetails(element: Element): boolean {
  return isClosedDetailsTag(element, tagOf(element));
}

function isClosedDetailsTag(element: Element, tag: string): boolean {
  return tag === 'details' && !element.hasAttribute('open');
}

/**
 * Whether text under `root` may be read at all, judged by what lies around it: a root the page changed is queued
 * on its own, and the editor, code block, button, closed `<details>` or hidden box it sits in must keep it out as
 * they keep out their content on the first pass. A document in `designMode` is all editable.
 */
export function isReadableRoot(root: Element, options: CollectOptions = {}): boolean {
  const doc = root.ownerDocument;
  if (doc.designMode?.toLowerCase() === 'on') return false;
  if (isHidden(root)) return false;
  let child: Element | null = null;
  for (let at: Element | null = root; at; child = at, at = at.parentElement) {
    if (isSkipped(at, options)) return false;
    if (child && isClosedDetails(at) && tagOf(child) !== 'summary') return false;
  }
  return true;
}

/** A link, or an inline element that is only a link ("<span class=tag><a>…</a></span>"). */
function isLinkOnly(element: Element): boolean {
  for (let at: Element | null = element; at; at = at.firstElementChild) {
    if (tagOf(at) === 'a') return true;
    if (at.childNodes.length !== 1 || !isInline(at)) return false;
  }
  return false;
}

/**
 * Two links side by side with nothing between them are two names, even without a space: tag lists and
 * "related" rows are written `<a>Phạm Minh Chính</a><a>Sonexay Siphandone</a>`, and a reader sees separate
 * words (the site spaces them with CSS). One name is never split across two links.
 */
function isSecondOfTwoLinks(element: Element): boolean {
  let previous = element.previousSibling;
  while (previous && previous.nodeType === 8) previous = previous.previousSibling;
  return previous?.nodeType === 1 && isLinkOnly(previous as Element) && isLinkOnly(element);
}

const VISIBILITY = { visibilityProperty: true, checkVisibilityCSS: true };

/**
 * Not rendered, or rendered invisible: `display: none` on it or around it, `visibility: hidden`, content
 * hidden by `content-visibility`. Asked of every block entered, and of inline elements that could hide themselves
 * (mayHideItself: "Bộ trưởng Phet<span style=display:none> Phomphiphak</span>" reads "Bộ trưởng Phet"). An invisible element's visible descendants
 * are left out with it: never a highlight on text a reader cannot see.
 */
function isHidden(element: Element): boolean {
  // checkVisibility() is missing in old engines and in happy-dom; treat unknown as visible.
  const check = (element as Element & { checkVisibility?: (options?: object) => boolean }).checkVisibility;
  if (typeof check !== 'function' || check.call(element, VISIBILITY)) return false;
  // A `display: contents` wrapper has no box of its own, so it "fails" the check, yet its content shows.
  return element.ownerDocument.defaultView?.getComputedStyle(element).display !== 'contents';
}

/**
 * Whether an inline element could be hidden where its block is not: only by an attribute of its own (a class,
 * an id, `style`, `hidden`). An inline element with none — most `<b>`, `<em>`, `<span>` and bare links in an
 * article — is styled only by rules on its tag, which hide inline text on hardly any page, and asking the
 * browser (checkVisibility) for each of them was a third of the walk's time on an article.
 */
function mayHideItself(element: Element): boolean {
  if (!element.hasAttributes()) return false;
  const attributes = element.attributes;
  return attributes.length > 1 || attributes[0]?.name !== 'href';
}

interface Frame {
  next: ChildNode | null;
  block: Element;
  summaryOnly: boolean;
}

/**
 * The runs under `root` (included) in document order, lazily: the caller can stop between runs and resume
 * later, which is how a huge page is annotated in slices. The walk keeps its own stack, so deep nesting cannot
 * overflow the call stack. `root` itself may be inline: its runs are then attributed to `root` as their block.
 */
export function* textRuns(root: Element, options: CollectOptions = {}): Generator<TextRun> {
  // The caller chose the root: its own `skip` applies to what is inside it, the rest to it and around it.
  if (!isReadableRoot(root, options)) return;
  let current: TextRun | null = null;
  // Each frame: the next child to visit, the block its runs belong to, and whether only a <summary> is read.
  const stack: Frame[] = [{ next: root.firstChild, block: root, summaryOnly: isClosedDetails(root) }];
  while (stack.length > 0) {
    const frame = stack[stack.length - 1] as Frame;
    const child = frame.next;
    if (!child) {
      stack.pop();
      // Leaving a block ends its run; leaving an inline element does not.
      const parent = stack[stack.length - 1];
      if (parent && parent.block !== frame.block) {
        if (current && /\S/.test(current.text)) yield current;
        current = null;
      }
      continue;
    }
    frame.next = child.nextSibling;
    if (frame.summaryOnly && (child.nodeType !== 1 || tagOf(child as Element) !== 'summary')) continue;
    if (child.nodeType === 3) {
      const value = (child as Text).data;
      if (value.length === 0) continue;
      if (!current) current = { block: frame.block, text: '', nodes: [], starts: [] };
      current.starts.push(current.text.length);
      current.nodes.push(child as Text);
      current.text += value;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const element = child as Element;
    // The tag is read once per element: this loop visits every element of the article.
    const tag = tagOf(element);
    const inline = isInlineTag(tag);
    const br = tag === 'br';
    const skipped = isSkipped(element, options, tag) || (!inline && options.skip?.(element) === true);
    // A block, a <br>, or a skipped element (an <input> mid-sentence) separates the words around it.
    if (!inline || br || skipped) {
      if (current && /\S/.test(current.text)) yield current;
      current = null;
      if (inline || br || skipped || isHidden(element)) continue;
      stack.push({ next: element.firstChild, block: element, summaryOnly: isClosedDetailsTag(element, tag) });
    } else if (mayHideItself(element) && isHidden(element)) {
      // Hidden inline text ends the run: the visible words on either side are not one name.
      if (current && /\S/.test(current.text)) yield current;
      current = null;
    } else {
      if (current && isSecondOfTwoLinks(element)) {
        if (/\S/.test(current.text)) yield current;
        current = null;
      }
      stack.push({ next: element.firstChild, block: frame.block, summaryOnly: false });
    }
  }
  if (current && /\S/.test((current as TextRun).text)) yield current;
}

/** Every run under `root`, at once. */
export function collectTextRuns(root: Element, options: CollectOptions = {}): TextRun[] {
  return [...textRuns(root, options)];
}

/** Maps `[start, end)` in a run's text to a live DOM Range over the text nodes it came from. */
export function rangeForRun(run: TextRun, start: number, end: number, doc: Document = document): Range {
  const first = nodeIndexAt(run.starts, start);
  const last = nodeIndexAt(run.starts, end - 1);
  const range = doc.createRange();
  range.setStart(run.nodes[first] as Text, start - (run.starts[first] as number));
  range.setEnd(run.nodes[last] as Text, end - (run.starts[last] as number));
  return range;
}

/** The index of the node whose text holds offset `at` (binary search over the start offsets). */
function nodeIndexAt(starts: number[], at: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] as number) <= at) low = middle;
    else high = middle - 1;
  }
  return low;
}
