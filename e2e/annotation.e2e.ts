import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectedMentions } from './support/expected.ts';
import { pageMentions, storeSettings, useExtension } from './support/extension.ts';
import { SEEDS } from './support/news-page.ts';

const env = useExtension();

const countBy = <T>(items: T[], key: (item: T) => string) =>
  items.reduce<Record<string, number>>((counts, item) => {
    counts[key(item)] = (counts[key(item)] ?? 0) + 1;
    return counts;
  }, {});

async function openSeed(file: string) {
  const page = await env.session.context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // Before any extension code runs, remember the page's DOM.
  await page.addInitScript(() => {
    document.addEventListener('DOMContentLoaded', () => {
      (window as unknown as { __before: string }).__before = document.documentElement.outerHTML;
    });
  });
  await page.goto(env.server.url(`/seed/${file}.html`));
  const answer = await expect.poll(() => pageMentions(env.session, page).catch(() => undefined)).toBeDefined();
  void answer;
  return { page, errors };
}

describe.each(SEEDS)('seed article %s in Chromium', (file) => {
  it('highlights every fact-base mention the text engine finds, by kind, leaving the DOM untouched', async () => {
    const { page, errors } = await openSeed(file);
    const { mentions } = await pageMentions(env.session, page);
    const expected = expectedMentions(file);
    expect(expected.length).toBeGreaterThan(0);
    expect(mentions.map((mention) => [mention.kind, mention.entity.id, mention.text])).toEqual(
      expected.map((mention) => [mention.kind, mention.entity.id, mention.text]),
    );
    const sizes = await page.evaluate(() =>
      Object.fromEntries(
        [...CSS.highlights.keys()]
          .filter((name) => name !== 'ml-active')
          .map((name) => [name, CSS.highlights.get(name)?.size ?? 0])
          .filter(([, size]) => size),
      ),
    );
    expect(sizes).toEqual(Object.fromEntries(Object.entries(countBy(mentions, (mention) => `ml-${mention.kind}`))));
    const [before, after] = await page.evaluate(() => [
      (window as unknown as { __before: string }).__before,
      document.documentElement.outerHTML,
    ]);
    expect(after).toBe(before);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe('the highlights’ look in Chromium', () => {
  const nextFrames = (page: Page) =>
    page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  /** The first person's box, scrolled to the middle of the viewport, with room below the line for an underline. */
  const firstPersonBox = (page: Page) =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('ml-person') ?? [])][0] as Range;
      range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
      const rect = range.getClientRects()[0] as DOMRect;
      return { x: rect.left, y: rect.top - 4, width: rect.width, height: rect.height + 10 };
    });

  it('paints a mention with its kind’s style, from the stylesheet the manifest puts on the root', async () => {
    const { page } = await openSeed(SEEDS[0] as string);
    const box = await firstPersonBox(page);
    await nextFrames(page);
    const drawn = await page.screenshot({ clip: box });
    await page.evaluate(() => {
      const windowWithPerson = window as unknown as { __person?: Highlight };
      windowWithPerson.__person = CSS.highlights.get('ml-person');
      CSS.highlights.delete('ml-person');
    });
    await nextFrames(page);
    const plain = await page.screenshot({ clip: box });
    expect(drawn.equals(plain)).toBe(false);
    await page.close();
  });

  it('underlines each kind in its own style only when the reader asks for it', async () => {
    const options = await env.session.context.newPage();
    await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    const plainPage = (await openSeed(SEEDS[0] as string)).page;
    expect(await plainPage.evaluate(() => CSS.highlights.has('ml-person-underline'))).toBe(false);
    await plainPage.close();

    await storeSettings(options, { underline: true });
    const { page } = await openSeed(SEEDS[0] as string);
    await expect
      .poll(() => page.evaluate(() => CSS.highlights.get('ml-person-underline') === CSS.highlights.get('ml-person')))
      .toBe(true);
    const box = await firstPersonBox(page);
    await nextFrames(page);
    const underlined = await page.screenshot({ clip: box });
    // Without its underline name the same mention keeps its tint only: the pixels under the text change.
    await page.evaluate(() => CSS.highlights.delete('ml-person-underline'));
    await nextFrames(page);
    const tinted = await page.screenshot({ clip: box });
    expect(underlined.equals(tinted)).toBe(false);
    await storeSettings(options, { underline: false });
    await page.close();
    await options.close();
  });
});
