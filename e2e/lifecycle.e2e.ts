/**
 * The content script's lifecycle: an open page's annotator outlives its extension when the extension is reloaded
 * or updated (Chrome leaves the script running, orphaned). It must then take its highlights and listeners away,
 * not leave marks whose cards can never open. Its own file: reloading the extension ends this browser's use.
 */
import { describe, expect, it } from 'vitest';
import { openSeed, useExtension } from './support/extension.ts';
import { openExtensionPage } from './support/ui.ts';

const env = useExtension();
const SEED = '000_a152b25d463c024e.txt';

/** How many ranges our highlights hold on the page (the registry is the document's, seen from the page too). */
const ourRanges = (page: import('playwright-core').Page) =>
  page.evaluate(() => {
    let count = 0;
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('ml-')) count += highlight.size;
    });
    return count;
  });

describe('an extension reloaded under an open page', () => {
  it('leaves no highlights behind once the reader points at the page again', async () => {
    const page = await openSeed(env.session, env.server, SEED);
    await expect.poll(() => ourRanges(page)).toBeGreaterThan(5);
    const options = await openExtensionPage(env.session, 'options.html', undefined, { width: 800, height: 600 });
    await options.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.bringToFront();
    await page.mouse.move(200, 200);
    await page.mouse.move(220, 240);
    await expect.poll(() => ourRanges(page)).toBe(0);
    await page.close();
  });
});
