/** What the content script reads of the page itself: its language and its date. */
import { findDate } from '../../shared/text/dates.ts';
import { isVietnameseTag, isVietnameseText } from '../../shared/text/language.ts';

const SAMPLE_CHARS = 4000;
const NOT_PROSE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'CODE', 'PRE']);

function textSample(doc: Document, limit: number): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      NOT_PROSE.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
  });
  let sample = '';
  while (sample.length < limit && walker.nextNode()) sample += `${walker.currentNode.nodeValue} `;
  return sample;
}

/** 'vi' when the page is Vietnamese: declared so, or its text reads so. Otherwise its declared tag, or 'und'. */
export function pageLanguage(doc: Document): string {
  const declared = doc.documentElement.lang;
  if (isVietnameseTag(declared)) return 'vi';
  return isVietnameseText(textSample(doc, SAMPLE_CHARS)) ? 'vi' : declared || 'und';
}

const DATE_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="date"]',
  'time[datetime]',
];

/** The article's publication date, `YYYY-MM-DD`: from its metadata, else the first date printed near the top. */
export function pageDate(doc: Document): string | undefined {
  for (const selector of DATE_SELECTORS) {
    const element = doc.querySelector(selector);
    const value = element?.getAttribute('content') ?? element?.getAttribute('datetime');
    const found = value ? findDate(value) : undefined;
    if (found) return found;
  }
  return findDate(textSample(doc, 1500));
}
