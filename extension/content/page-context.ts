/**
 * Is this page Vietnamese? Read from what the page declares and what its prose says: a page declared
 * Vietnamese is; a page declared in another language is only when its paragraphs are plainly Vietnamese prose
 * (an English article with a Vietnamese menu, footer or comment is English); an undeclared page goes by its
 * paragraphs too. A page with too few paragraphs to judge goes by a sample of its text (outside its header, menus
 * and footer when it declares another language).
 */
import { NOT_PROSE_TAGS } from '../../shared/not-prose.ts';
import { isVietnameseTag, isVietnameseText } from '../../shared/text/language.ts';
import { tagOf } from './text-runs.ts';

const SAMPLE_CHARS = 4000;
/** How much paragraph text is read to decide; enough prose to judge, little enough to cost nothing. */
const PROSE_CHARS = 3000;
/** Below this, the paragraphs are too few to say anything. */
const MIN_PROSE_CHARS = 200;
/** The share of the prose, by length, that must be Vietnamese paragraphs. */
const PROSE_SHARE = 0.6;
/** Where a site's menus, footers and comments live: not the page's prose. */
const NOT_ARTICLE = 'header, nav, footer, aside, form, [role="navigation"], [role="contentinfo"], [role="banner"]';

/**
 * The page's first text, leaving out what is not prose (scripts, styles, code, at any depth: a rejected element's
 * whole subtree is skipped) — and, for `outsideFurniture`, menus and footers.
 */
function textSample(doc: Document, limit: number, outsideFurniture = false): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => {
      if (node.nodeType === Node.TEXT_NODE) return NodeFilter.FILTER_ACCEPT;
      const element = node as Element;
      if (NOT_PROSE_TAGS.has(tagOf(element))) return NodeFilter.FILTER_REJECT;
      if (outsideFurniture && element.matches(NOT_ARTICLE)) return NodeFilter.FILTER_REJECT;
      return NodeFilter.FILTER_SKIP;
    },
  });
  let sample = '';
  while (sample.length < limit && walker.nextNode()) sample += `${walker.currentNode.nodeValue} `;
  return sample;
}

/**
 * Whether the page's paragraphs are Vietnamese prose: true or false when it has enough of them to say, undefined
 * when it has too few.
 */
function proseIsVietnamese(doc: Document): boolean | undefined {
  let total = 0;
  let vietnamese = 0;
  for (const paragraph of doc.querySelectorAll('p')) {
    if (paragraph.closest(NOT_ARTICLE)) continue;
    const text = paragraph.textContent ?? '';
    if (text.trim().length < 20) continue;
    total += text.length;
    if (isVietnameseText(text)) vietnamese += text.length;
    if (total >= PROSE_CHARS) break;
  }
  if (total < MIN_PROSE_CHARS) return undefined;
  return vietnamese / total >= PROSE_SHARE;
}

/** 'vi' when the page is Vietnamese (see above). Otherwise its declared tag, or 'und'. */
export function pageLanguage(doc: Document): string {
  if (!doc.documentElement) return 'und';
  const declared = doc.documentElement.lang?.trim() ?? '';
  if (isVietnameseTag(declared)) return 'vi';
  const prose = proseIsVietnamese(doc);
  if (prose !== undefined) return prose ? 'vi' : declared || 'und';
  // Few paragraphs: the text itself, without the furniture when the page says it is in another language.
  if (isVietnameseText(textSample(doc, SAMPLE_CHARS, declared !== ''))) return 'vi';
  return declared || 'und';
}

/** How long a blank frame is watched for the content its page writes into it. */
const BLANK_FRAME_WAIT_MS = 60_000;
/** How long a blank frame's page must stop writing before the frame's language is judged. */
const BLANK_FRAME_SETTLE_MS = 150;

/**
 * A frame whose document its page fills itself (about:blank, then `document.write` or inserted nodes): the content
 * script runs once, on the empty document, so the frame is watched until its content says it is Vietnamese (true)
 * or for a minute (false). Anything else is judged as it is, now.
 */
export function whenVietnamese(doc: Document, win: Window = window): Promise<boolean> {
  if (pageLanguage(doc) === 'vi') return Promise.resolve(true);
  if (win === win.top || doc.location?.href !== 'about:blank') return Promise.resolve(false);
  return new Promise((resolve) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const done = (answer: boolean) => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(giveUp);
      resolve(answer);
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (pageLanguage(doc) === 'vi') done(true);
      }, BLANK_FRAME_SETTLE_MS);
    });
    observer.observe(doc, { childList: true, characterData: true, subtree: true });
    const giveUp = setTimeout(() => done(false), BLANK_FRAME_WAIT_MS);
  });
}
