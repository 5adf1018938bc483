import { startGate } from '../content/gate.ts';

/**
 * The only script on every page a person opens (put in the manifest by wxt.config.ts, as `gate.js`): it decides,
 * and has the background inject the annotator (entrypoints/annotator.ts) only where the page is Vietnamese.
 * An unlisted script rather than a WXT content script: WXT's content-script wrapper posts a message into the page
 * and sets up its own listeners on every page, which this script has no use for.
 */
export default defineUnlistedScript(() => {
  // Whatever happens here must never reach the page.
  try {
    startGate();
  } catch (error) {
    console.warn('[Mekong Lens] content script stopped', error);
  }
});
