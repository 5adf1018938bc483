import '../content/highlights.css';
import { runContentScript } from '../content/main.tsx';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // Each frame annotates its own document, including same-origin frames written by the page (about:blank, srcdoc).
  allFrames: true,
  matchAboutBlank: true,
  cssInjectionMode: 'manifest',
  main() {
    // The content script runs on every page a person opens: whatever happens here must never reach the page.
    runContentScript().catch((error: unknown) => console.warn('[Mekong Lens] content script stopped', error));
  },
});
