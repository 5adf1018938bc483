/**
 * A reader's page (review items 4, 5, 6, 8, 12–15, 17): on a page laid out like a Vietnamese news site — sticky
 * masthead printing today's date, menu, "Xem nhiều" column, related stories, captions with photo credits, tags,
 * comments, cookie banner, footer, and the article's date only in its byline — the extension highlights the
 * article and nothing of the site around it, dates it by its byline, says so on the card, lets the side panel
 * correct the date, and speaks the reader's language in the reader's theme.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { card, mentionPoint, stepMention } from './support/card.ts';
import { openNewsSite as openNewsSiteIn, pageMentions, storeSettings, useExtension } from './support/extension.ts';
import { SCREENSHOTS } from './support/screenshots.ts';
import { openExtensionPage, tabIdOf } from './support/ui.ts';

const env = useExtension();

/** The site's furniture: nothing in it is the article's. */
const FURNITURE = ['.site-header', '.menu', '.most-read', '.related', '.comments', '.site-footer', '.cookie-banner'];

const openNewsSite = (): Promise<Page> => openNewsSiteIn(env.session, env.server);

/** Where each drawn highlight is: the closest of the given containers around it, or 'elsewhere'. */
function highlightPlaces(page: Page, containers: string[]): Promise<Array<{ text: string; place: string }>> {
  return page.evaluate((containers) => {
    const places: Array<{ text: string; place: string }> = [];
    for (const [name, highlight] of CSS.highlights as unknown as Map<string, Set<Range>>) {
      if (name === 'ml-active') continue;
      for (const range of highlight) {
        const element = range.startContainer.parentElement as Element;
        const place = containers.find((selector) => element.closest(selector)) ?? 'elsewhere';
        places.push({ text: range.toString(), place });
      }
    }
    return places;
  }, containers);
}

const setSettings = (page: Page, patch: Record<string, unknown>) => storeSettings(page, patch);

let settingsPage: Page | undefined;
/** An extension page to change settings from, as the options page does. */
async function extensionPage(): Promise<Page> {
  settingsPage ??= await openExtensionPage(env.session, 'options.html', undefined, { width: 760, height: 900 });
  return settingsPage;
}

afterEach(async () => {
  if (settingsPage) await setSettings(settingsPage, { scope: 'article', language: 'vi', theme: 'auto' });
});

describe('the article, not the site', () => {
  it('highlights the headline, lead, body, captions and tags, and nothing of the furniture', async () => {
    const page = await openNewsSite();
    const { mentions, scope } = await pageMentions(env.session, page);
    expect(scope).toBe('article');
    const places = await highlightPlaces(page, ['article.article-detail', ...FURNITURE]);
    expect(places.length).toBe(mentions.length);
    expect(places.filter((place) => place.place !== 'article.article-detail')).toEqual([]);
    // The headline and the lead are the article's too.
    const inHeadline = await page.evaluate(() =>
      [...(CSS.highlights.get('ml-person') as unknown as Set<Range>)].some((range) =>
        (range.startContainer.parentElement as Element).closest('h1'),
      ),
    );
    expect(inHeadline).toBe(true);
    // Tags written <a>…</a><a>…</a> with no space between: two names, two highlights.
    const tags = await page.evaluate(() =>
      [...(CSS.highlights.get('ml-person') as unknown as Set<Range>)]
        .filter((range) => (range.startContainer.parentElement as Element).closest('.tags'))
        .map((range) => range.toString()),
    );
    expect(tags).toEqual(['Chủ tịch nước Tô Lâm', 'Thongloun Sisoulith']);
    // Names only the furniture has are not on the page's list.
    expect(mentions.some((mention) => mention.entity.id === 'pham-minh-chinh')).toBe(false);
    expect(mentions.some((mention) => mention.kind === 'figure')).toBe(false);
    // The article's own furniture: the photo credits in its captions and the site's dateline before its lead.
    const inCreditsOrLead = (await highlightPlaces(page, ['.credit', '.post-des'])).filter(
      (place) => place.place !== 'elsewhere',
    );
    expect(inCreditsOrLead).toEqual([{ text: 'Chủ tịch nước Tô Lâm', place: '.post-des' }]);
    const ids = new Set(mentions.map((mention) => mention.entity.id));
    for (const agency of ['thong-tan-xa-viet-nam', 'cong-thong-tin-dien-tu-chinh-phu', 'bao-cong-thuong'])
      expect(ids.has(agency), agency).toBe(false);
    await page.close();
  });

  it('lists only the article’s entities in the side panel, and steps back from the top into the article, not the footer', async () => {
    const page = await openNewsSite();
    const tabId = await tabIdOf(env.session, page);
    const panel = await openExtensionPage(env.session, 'sidepanel.html', tabId, { width: 360, height: 900 });
    await expect.poll(() => panel.locator('.ml-entity-row').count()).toBeGreaterThan(5);
    expect(await panel.locator('.ml-entity-row[data-entity="pham-minh-chinh"]').count()).toBe(0);
    await panel.close();

    await page.evaluate(() => window.scrollTo(0, 0));
    expect(await stepMention(env.session, page, -1)).toBe(true);
    const active = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('ml-active') as unknown as Set<Range>)][0] as Range;
      return { text: range.toString(), inTags: !!(range.startContainer.parentElement as Element).closest('.tags') };
    });
    expect(active).toEqual({ text: 'Thongloun Sisoulith', inTags: true });
    await page.close();
  });

  it('highlights the whole page when the reader asks for it', async () => {
    await setSettings(await extensionPage(), { scope: 'page' });
    const page = await openNewsSite();
    const places = await highlightPlaces(page, ['article.article-detail', ...FURNITURE]);
    const around = new Set(places.filter((place) => place.place !== 'article.article-detail').map((p) => p.place));
    expect([...around]).toEqual(expect.arrayContaining(['.comments', '.most-read', '.related', '.site-footer']));
    const { mentions, scope } = await pageMentions(env.session, page);
    expect(scope).toBe('page');
    // Other stories' numbers ("Thương mại Việt Nam - Trung Quốc … 10 tỷ USD", pork prices, rice exports) measure
    // nothing the base holds for Vietnam and Laos: read over the whole page, they are still not drawn.
    expect(mentions.filter((mention) => mention.kind === 'figure').map((mention) => mention.text)).toEqual([]);
    await page.close();
  });
});

describe('the language gate', () => {
  it('keeps an English page with a Vietnamese menu, comment and footer quiet', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/english-vi-furniture.html'));
    // Give the content script its time, then ask: no answer means it stopped at the language check.
    await page.waitForTimeout(1000);
    await expect(pageMentions(env.session, page)).rejects.toThrow();
    expect(await page.evaluate(() => [...CSS.highlights.keys()])).toEqual([]);
    await page.close();
  });
});

describe('the article’s date', () => {
  it('is read from the byline, never the masthead’s “today”, and the card says which date it used', async () => {
    const page = await openNewsSite();
    const answer = await pageMentions(env.session, page);
    expect({ date: answer.date, source: answer.dateSource }).toEqual({ date: '2024-07-11', source: 'byline' });
    const point = await mentionPoint(page, 'person', 'Tô Lâm');
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(() =>
        card(page)
          .locator('.ml-role')
          .innerText()
          .catch(() => ''),
      )
      .toContain('Chủ tịch nước');
    expect(await card(page).locator('.ml-role').innerText()).toContain('theo bài 11/07/2024');
    expect(await card(page).locator('.ml-role').innerText()).not.toContain('Tổng Bí thư');
    await page.close();
  });

  it('can be corrected in the side panel, and the page’s cards follow', async () => {
    const page = await openNewsSite();
    const tabId = await tabIdOf(env.session, page);
    const panel = await openExtensionPage(env.session, 'sidepanel.html', tabId, { width: 360, height: 900 });
    const row = panel.getByTestId('article-date');
    await expect.poll(() => row.innerText()).toContain('11/07/2024');
    expect(await row.innerText()).toContain('dòng tác giả');
    await row.getByRole('button', { name: 'Sửa' }).click();
    await row.getByLabel('Ngày của bài').fill('2024-12-01');
    await row.getByRole('button', { name: 'Dùng ngày này' }).click();
    await expect.poll(() => row.innerText()).toContain('01/12/2024');
    expect(await row.innerText()).toContain('do bạn sửa');
    await panel.screenshot({ path: `${SCREENSHOTS}sidepanel-date.png` });

    await page.bringToFront();
    const point = await mentionPoint(page, 'person', 'Tô Lâm');
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(() =>
        card(page)
          .locator('.ml-role')
          .innerText()
          .catch(() => ''),
      )
      .toContain('Tổng Bí thư');
    expect(await card(page).locator('.ml-role').innerText()).toContain('theo bài 01/12/2024');

    await row.getByRole('button', { name: 'Sửa' }).click();
    await row.getByRole('button', { name: 'Dùng ngày của trang' }).click();
    await expect.poll(() => row.innerText()).toContain('11/07/2024');
    expect((await pageMentions(env.session, page)).dateSource).toBe('byline');
    await panel.close();
    await page.close();
  });
});

describe('cards on the news page', () => {
  it('every highlight opens its own card, and the marked mention is always the card’s', async () => {
    const page = await openNewsSite();
    const count = (await pageMentions(env.session, page)).mentions.length;
    for (let index = 0; index < count; index++) {
      const target = await page.evaluate((index) => {
        const ranges = [...(CSS.highlights as unknown as Map<string, Set<Range>>)]
          .filter(([name]) => name !== 'ml-active')
          .flatMap(([, highlight]) => [...highlight])
          .sort((a, b) => a.compareBoundaryPoints(Range.START_TO_START, b));
        const range = ranges[index] as Range;
        (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
        const rect = range.getClientRects()[0] as DOMRect;
        return { x: rect.x + Math.min(rect.width, 16) / 2, y: rect.y + rect.height / 2, text: range.toString() };
      }, index);
      await page.mouse.move(target.x, target.y);
      await expect
        .poll(() => page.evaluate(() => [...(CSS.highlights.get('ml-active') ?? [])][0]?.toString()))
        .toBe(target.text);
      await expect.poll(() => card(page).count()).toBe(1);
      await page.keyboard.press('Escape');
      await page.mouse.move(1, 300);
      await expect.poll(() => card(page).count()).toBe(0);
      expect(await page.evaluate(() => CSS.highlights.get('ml-active')?.size)).toBe(0);
    }
    await page.close();
  });

  it('is a dialog named after its entity, and goes back after following a related entity', async () => {
    const page = await openNewsSite();
    const point = await mentionPoint(page, 'person', 'Tô Lâm');
    await page.mouse.move(point.x, point.y);
    const dialog = page.locator('mekong-lens-card [role="dialog"]');
    await expect.poll(() => dialog.getAttribute('aria-label')).toBe('Tô Lâm');
    expect(await card(page).locator('.ml-name').getAttribute('lang')).toBe('vi');
    const related = card(page).locator('.ml-related button').first();
    const relatedName = await related.innerText();
    await related.click();
    await expect.poll(() => card(page).locator('.ml-name').innerText()).toBe(relatedName);
    expect(await dialog.getAttribute('aria-label')).toBe(relatedName);
    await card(page)
      .getByRole('button', { name: /Quay lại/ })
      .click();
    await expect.poll(() => card(page).locator('.ml-name').innerText()).toBe('Tô Lâm');
    await page.close();
  });

  it('speaks the interface’s language and wears the chosen theme', async () => {
    await setSettings(await extensionPage(), { language: 'en', theme: 'dark' });
    const page = await openNewsSite();
    await page.emulateMedia({ colorScheme: 'light' });
    const point = await mentionPoint(page, 'person', 'Tô Lâm');
    await page.mouse.move(point.x, point.y);
    await expect
      .poll(() =>
        card(page)
          .locator('.ml-kind')
          .innerText()
          .catch(() => ''),
      )
      .toMatch(/^person$/i);
    expect(await card(page).locator('.ml-role').innerText()).toContain('as of the article, 11/07/2024');
    expect(await card(page).getByRole('button', { name: 'Open in the side panel' }).count()).toBe(1);
    expect(await card(page).locator('.ml-source').first().innerText()).toMatch(/^Source: /);
    expect(await page.locator('mekong-lens-card .ml-panel').getAttribute('lang')).toBe('en');
    expect(await card(page).locator('.ml-summary [lang]').first().getAttribute('lang')).toBe('vi');
    const background = await card(page).evaluate((element) => getComputedStyle(element).backgroundColor);
    expect(background).toBe('rgb(29, 33, 39)');
    await page.screenshot({ path: `${SCREENSHOTS}card-english-dark.png` });
    await page.close();
  });
});
