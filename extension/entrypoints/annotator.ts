import { AnnotatorContext, noticeOrphaning } from '../content/lifecycle.ts';
import { runContentScript } from '../content/main.tsx';

/**
 * The annotator, injected by the background (as `annotator.js`) into a frame whose first content script
 * (entrypoints/gate.ts) found a Vietnamese page. Runs in the same isolated world as that script; injected once per
 * document. Its stylesheet (entrypoints/highlights.css) is already there: the manifest puts it beside the first
 * script. An unlisted script rather than a WXT content script, so that it makes its own context
 * (content/lifecycle.ts says why).
 */
export default defineUnlistedScript(() => {
  const world = globalThis as { mekongLensAnnotator?: boolean };
  if (world.mekongLensAnnotator) return;
  try {
    // Ends an older copy still in the page (the extension was reloaded or updated under it).
    const ctx = new AnnotatorContext('annotator');
    world.mekongLensAnnotator = true;
    // An ended copy leaves the world free for the one that replaces it.
    ctx.onInvalidated(() => {
      world.mekongLensAnnotator = false;
    });
    noticeOrphaning(ctx);
    // The content script runs on pages a person reads: whatever happens here must never reach the page.
    runContentScript(ctx).catch((error: unknown) => console.warn('[Mekong Lens] content script stopped', error));
  } catch (error) {
    console.warn('[Mekong Lens] content script stopped', error);
  }
});
