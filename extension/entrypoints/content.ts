import '../content/highlights.css';
import { runContentScript } from '../content/main.tsx';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  cssInjectionMode: 'manifest',
  main() {
    // The content script runs on every page a person opens: whatever happens here must never reach the page.
    runContentScript().catch((error: unknown) => console.warn('[Mekong Lens] content script stopped', error));
  },
});
