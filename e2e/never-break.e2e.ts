/**
 * Never break a page, in real Chromium: random pages (e2e/support/random-dom.ts, served as `/random/<seed>.html`)
 * with names split across inline elements and hidden in attributes, scripts, fields, code, editable regions,
 * shadow roots and srcdoc frames, 100 KB text nodes and 1,000+ levels of nesting. The extension must find exactly
 * what the engine finds in the text a reader reads, draw it, and leave the page's DOM and scripts as they were.
 */

import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { pageMentions, useExtension } from './support/extension.ts';
import { hostileChanges, pageViolations, watchPage } from './support/law.ts';
import type { NodeModel } from './support/random-dom.ts';
import { expectedMentions, frames, randomPage } from './support/random-dom.ts';
import { setSettings } from './support/ui.ts';

const env = useExtension();

// Random pages are not articles: what is checked here is every read text of the page, so the reader's option to
// highlight the whole page is on (the article region has its own tests).
beforeAll(() => setSettings(env.session, { scope: 'page' }));

const SEEDS = Array.from({ length: 15 }, (_, index) => 101 + index);

/** Scripts the page runs itself: each one counts itself in `window.__pageScripts`. */
function pageScripts(nodes: readonly NodeModel[]): number {
  let count = 0;
  for (const node of nodes) {
    if (node.type !== 'element') continue;
    if (node.tag === 'script' && node.attrs.length === 0) count++;
    count += pageScripts(node.children);
  }
  return count;
}

async function open(path: string): Promise<{ page: Page; errors: string[]; warnings: string[] }> {
  const page = await env.session.context.newPage();
  const errors: string[] = [];
  const warnings: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.text().includes('Mekong Lens')) warnings.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      queueMicrotask(() => {
        (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
      });
    });
  });
  await page.goto(env.server.url(path));
  return { page, errors, warnings };
}

/** Our ranges in the registry, gathered at each screen of the page from top to bottom (then back at the top). */
const drawnWhileScrolling = (page: Page) =>
  page.evaluate(async () => {
    // No named functions inside evaluate(): tsx would wrap them in a helper the page does not have.
    const seen = new Set<AbstractRange>();
    for (let y = 0; ; y += innerHeight) {
      scrollTo(0, y);
      for (let frame = 0; frame < 3; frame++) await new Promise((done) => requestAnimationFrame(done));
      await new Promise((done) => setTimeout(done, 30));
      for (const [name, highlight] of CSS.highlights) {
        if (name !== 'ml-active') for (const range of highlight) seen.add(range);
      }
      if (y + innerHeight >= document.documentElement.scrollHeight) break;
    }
    scrollTo(0, 0);
    return seen.size;
  });

describe('random hostile pages in Chromium', () => {
  it.each(SEEDS)('page %i: exactly the engine’s mentions of its read text, the page untouched', async (seed) => {
    const model = randomPage(seed);
    const own = expectedMentions(model.body);
    const inFrames = frames(model.body).map((frame) => expectedMentions(frame));
    const shape = (mention: { entity: { id: string }; text: string }) => `${mention.entity.id} ${mention.text}`;
    const expected = [...own, ...inFrames.flat()].map(shape);

    const { page, errors, warnings } = await open(`/random/${seed}.html`);
    // Frames report to the top frame when they are done: wait until every mention is in.
    await expect
      .poll(async () => (await pageMentions(env.session, page).catch(() => undefined))?.mentions.length, {
        timeout: 10_000,
      })
      .toBe(expected.length);
    const { mentions } = await pageMentions(env.session, page);
    // The page's own mentions in document order, then the frames'.
    expect(mentions.map(shape)).toEqual(expected);
    // Every mention is drawn when the reader is near it: a long page draws only the blocks near the viewport
    // (content/live-window.ts), so the ranges drawn are gathered while the page is scrolled from top to bottom.
    expect(await drawnWhileScrolling(page)).toBe(own.length);
    for (const [index, frame] of page.frames().slice(1).entries()) {
      const drawn = await frame.evaluate(() =>
        [...CSS.highlights.entries()].reduce((sum, [name, h]) => sum + (name === 'ml-active' ? 0 : h.size), 0),
      );
      expect(drawn).toBe(inFrames[index]?.length);
    }

    const [before, after, scripts] = await page.evaluate(() => [
      (window as unknown as { __before: string }).__before,
      document.documentElement.outerHTML,
      (window as unknown as { __pageScripts?: number }).__pageScripts ?? 0,
    ]);
    expect(after).toBe(before);
    expect(scripts).toBe(pageScripts(model.body));
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    await page.close();
  });
});

describe('the law after hostile changes (the short run of `npm run soak`)', () => {
  it.each(SEEDS.slice(0, 5))(
    'page %i: names put into its editors, code and hidden text later are not highlighted',
    async (seed) => {
      const page = await env.session.context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await watchPage(page);
      await page.goto(env.server.url(`/random/${seed}.html`));
      await page.waitForFunction(() => performance.getEntriesByName('mekong-lens:annotated').length > 0);
      const pass = () => page.evaluate(() => performance.getEntriesByName('mekong-lens:pass').at(-1)?.startTime ?? 0);
      const before = await pass();
      const changed = await hostileChanges(page, 'Tổng Bí thư Tô Lâm');
      await expect.poll(pass).toBeGreaterThan(before);
      // The plain paragraph the page added is read; nothing it put where no one reads.
      await expect
        .poll(
          async () => (await pageMentions(env.session, page)).mentions.filter((m) => m.entity.id === 'to-lam').length,
        )
        .toBeGreaterThan(0);
      expect(await pageViolations(page)).toEqual({ unreadable: [], focusMoves: 0 });
      expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(changed);
      expect(errors).toEqual([]);
      await page.close();
    },
  );
});
