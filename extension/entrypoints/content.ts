import { isVietnameseTag, isVietnameseText } from '../../shared/text/language.ts';
import { handleRequests } from '../messaging/protocol.ts';

const LANGUAGE_SAMPLE_CHARS = 4000;
const SKIPPED = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'CODE', 'PRE']);

/** The page's language as the reader sees it: its declared `lang`, else guessed from a sample of its text. */
function pageLanguage(doc: Document): string {
  const declared = doc.documentElement.lang;
  if (isVietnameseTag(declared)) return 'vi';
  if (!doc.body) return declared || 'und';
  const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (SKIPPED.has(node.parentElement?.tagName ?? '') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let sample = '';
  while (sample.length < LANGUAGE_SAMPLE_CHARS && walker.nextNode()) sample += `${walker.currentNode.nodeValue} `;
  return isVietnameseText(sample) ? 'vi' : declared || 'und';
}

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main() {
    // The content script runs on every page a person opens: whatever happens here must never reach the page.
    try {
      const lang = pageLanguage(document);
      if (lang !== 'vi') return;
      handleRequests({
        'page-mentions': () => ({ url: location.href, lang, mentions: [] }),
      });
    } catch (error) {
      console.warn('[Mekong Lens] content script stopped', error);
    }
  },
});
