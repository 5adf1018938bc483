import { startGate } from '../content/gate.ts';

/**
 * The only script the manifest puts on every page: it decides, and loads the annotator (entrypoints/annotator.content.ts)
 * through the background only where the page is Vietnamese. Whatever happens here must never reach the page.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Each frame annotates its own document, including same-origin frames written by the page (about:blank, srcdoc).
  allFrames: true,
  matchAboutBlank: true,
  main() {
    try {
      startGate();
    } catch (error) {
      console.warn('[Mekong Lens] content script stopped', error);
    }
  },
});
