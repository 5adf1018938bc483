import '../content/highlights.css';
import { noticeOrphaning } from '../content/lifecycle.ts';
import { runContentScript } from '../content/main.tsx';

/**
 * The annotator, injected by the background into a frame whose first content script (entrypoints/gate.ts)
 * found a Vietnamese page. Runs in the same isolated world as that script; injected once per document.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  registration: 'runtime',
  // The background inserts the stylesheet beside the script (scripting.insertCSS).
  cssInjectionMode: 'manual',
  main(ctx) {
    const world = globalThis as { mekongLensAnnotator?: boolean };
    if (world.mekongLensAnnotator) return;
    world.mekongLensAnnotator = true;
    // An ended copy leaves the world free for the one that replaces it.
    ctx.onInvalidated(() => {
      world.mekongLensAnnotator = false;
    });
    noticeOrphaning(ctx);
    // The content script runs on pages a person reads: whatever happens here must never reach the page.
    runContentScript(ctx).catch((error: unknown) => console.warn('[Mekong Lens] content script stopped', error));
  },
});
