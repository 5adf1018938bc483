/**
 * The side panel and the card as a reader uses them (review items 5, 9, 13, 14, 19): a narrow sidebar, the reveal
 * flash, focus and live regions, a panel opened as a plain tab, and a fact pack reaching an open page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { testPack } from '../extension/background/test-pack.ts';
import { bundledFactBase } from '../shared/factbase/bundle.ts';
import { card, cardName, mentionPoint } from './support/card.ts';
import { openSeed, pageMentions, useExtension } from './support/extension.ts';
import { SCREENSHOTS } from './support/screenshots.ts';
import { openExtensionPage, tabIdOf } from './support/ui.ts';

const env = useExtension();
const SEED = '000_a152b25d463c024e.txt';

describe('the side panel', () => {
  it('fits Firefox’s default sidebar: at 240 and 255 px wide nothing is cut off', async () => {
    const article = await openSeed(env.session, env.server, SEED);
    const tabId = await tabIdOf(env.session, article);
    for (const width of [240, 255]) {
      const panel = await openExtensionPage(env.session, 'sidepanel.html', tabId, { width, height: 800 });
      await expect.poll(() => panel.locator('.ml-entity-row').count()).toBeGreaterThan(3);
      const cut = await panel.evaluate(() => {
        const right = document.documentElement.clientWidth;
        const selectors = ['.ml-open', '.ml-panel-toolbar .ml-button', '.ml-tab', '.ml-count'];
        const outside = selectors.flatMap((selector) =>
          [...document.querySelectorAll(selector)]
            .filter((element) => element.getBoundingClientRect().right > right + 0.5)
            .map((element) => `${selector} ${element.getBoundingClientRect().right}`),
        );
        return { outside, scrolls: document.documentElement.scrollWidth > right };
      });
      expect(cut, `at ${width} px`).toEqual({ outside: [], scrolls: false });
      if (width === 255) await panel.screenshot({ path: `${SCREENSHOTS}sidepanel-narrow.png` });
      await panel.close();
    }
    await article.close();
  });

  it('flashes a revealed mention for the full time after each click, however quick the clicks', async () => {
    const article = await openSeed(env.session, env.server, SEED);
    const tabId = await tabIdOf(env.session, article);
    const panel = await openExtensionPage(env.session, 'sidepanel.html', tabId, { width: 360, height: 900 });
    const row = panel.locator('.ml-entity-row[data-entity="pham-minh-chinh"] .ml-entity-main');
    const active = () => article.evaluate(() => CSS.highlights.get('ml-active')?.size ?? 0);
    await row.click();
    await expect.poll(active).toBe(1);
    await panel.waitForTimeout(1000);
    await row.click();
    const second = Date.now();
    // The first click's timer would end the flash 1.6 s after it, 0.6 s from now: the second click's must hold.
    await panel.waitForTimeout(1200 - (Date.now() - second));
    expect(await active()).toBe(1);
    await expect.poll(active, { timeout: 2000 }).toBe(0);
    await panel.close();
    await article.close();
  });

  it('moves focus to the record it opens and announces the search’s results', async () => {
    const article = await openSeed(env.session, env.server, SEED);
    const tabId = await tabIdOf(env.session, article);
    const panel = await openExtensionPage(env.session, 'sidepanel.html', tabId, { width: 360, height: 900 });
    // Headings in order: h1, then h2s.
    await expect.poll(() => panel.locator('.ml-entity-row').count()).toBeGreaterThan(3);
    const headings = await panel.evaluate(() =>
      [...document.querySelectorAll('h1, h2, h3, h4')]
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .map((element) => Number(element.tagName[1])),
    );
    expect(headings[0]).toBe(1);
    for (const [index, level] of headings.entries()) {
      if (index > 0) expect(level - (headings[index - 1] as number)).toBeLessThanOrEqual(1);
    }
    expect(await panel.getByTestId('page-summary').getAttribute('aria-live')).toBe('polite');

    await panel.getByRole('tab', { name: 'Tra cứu' }).click();
    const box = panel.getByRole('combobox');
    await box.fill('pham minh chinh');
    await expect.poll(() => panel.getByTestId('search-count').innerText()).toMatch(/^\d+ kết quả$/);
    expect(await panel.getByTestId('search-count').getAttribute('aria-live')).toBe('polite');
    await box.press('Enter');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.textContent)).toBe('Phạm Minh Chính');
    expect(await panel.evaluate(() => document.activeElement?.tagName)).toBe('H2');
    await panel.close();
    await article.close();
  });

  it('opened as a plain tab, without a page beside it, says so instead of loading for ever', async () => {
    const panel = await openExtensionPage(env.session, 'sidepanel.html', undefined, { width: 360, height: 700 });
    await expect.poll(() => panel.getByTestId('page-summary').innerText()).toContain('thẻ riêng');
    await panel.close();
  });
});

describe('an invalid fact pack', () => {
  it('says everything that is wrong with it at once, in the options page', async () => {
    const options = await openExtensionPage(env.session, 'options.html', undefined, { width: 760, height: 1400 });
    // The first start seeds the database (a few seconds on a busy machine); a pack is imported after that.
    await expect.poll(() => options.getByTestId('db-state').innerText(), { timeout: 30_000 }).toBe('sẵn sàng');
    const seed = bundledFactBase.seeds[0] as (typeof bundledFactBase.seeds)[number];
    const pack = {
      name: 'Gói sai nhiều chỗ',
      seeds: [],
      metrics: [],
      entities: [
        { id: 'sai-loai', kind: 'weapon', name: 'Một thứ sai loại', aliases: [], summary: 'Sai loại.' },
        { id: 'to-lam', kind: 'person', name: 'Một Tô Lâm khác', aliases: [], summary: 'Trùng mã.' },
      ],
      facts: [
        {
          id: 'nhac-toi-khong-ai',
          about: ['khong-ai-ca'],
          text: 'Một dữ kiện về ai đó không có.',
          sources: [{ seed: seed.file, quote: 'Phạm Minh Chính', date: seed.date }],
        },
      ],
    };
    await options.getByTestId('import-pack').setInputFiles({
      name: 'goi-sai.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    const report = options.locator('.ml-report-error');
    await expect.poll(() => report.innerText().catch(() => '')).toContain('entities.0.kind');
    const text = await report.innerText();
    expect(text).toContain('entities.1.id');
    expect(text).toContain('facts.0.about.0');
    await options.close();
  });
});

describe('a fact pack imported or removed while a page is open', () => {
  /** Imports (or removes) the test pack from the options page, as a reader does. */
  async function withPack(options: Page, add: boolean): Promise<void> {
    if (add) {
      const pack = testPack();
      await expect.poll(() => options.getByTestId('db-state').innerText(), { timeout: 30_000 }).toBe('sẵn sàng');
      await options.getByTestId('import-pack').setInputFiles({
        name: 'goi.json',
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(pack)),
      });
      await expect.poll(() => options.locator('.ml-report-ok').count()).toBe(1);
    } else {
      await options.getByRole('button', { name: 'Gỡ gói Gói thử' }).click();
      await expect.poll(() => options.getByText('Chưa nhập gói nào').count()).toBe(1);
    }
  }

  it('reaches an open page without a reload: the pack’s project is highlighted with its card, and goes with it', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/pack-mention.html'));
    // Set in the page's own world: still there at the end, the page was never reloaded.
    await page.evaluate(() => Object.assign(window, { notReloaded: true }));
    const ids = () =>
      pageMentions(env.session, page)
        .then((answer) => answer.mentions.map((mention) => mention.entity.id))
        .catch((): string[] => []);
    const projectRanges = () =>
      page.evaluate(
        () =>
          [...((CSS.highlights.get('ml-project') ?? new Set()) as Set<Range>)].filter((range) =>
            range.toString().includes('Sê Pôn'),
          ).length,
      );
    await expect.poll(ids).toContain('pham-minh-chinh');
    expect(await ids()).not.toContain('du-an-thu-nghiem');
    expect(await projectRanges()).toBe(0);

    const options = await openExtensionPage(env.session, 'options.html', undefined, { width: 760, height: 1400 });
    await withPack(options, true);
    await page.bringToFront();
    await expect.poll(projectRanges).toBe(2);
    expect(await ids()).toEqual(expect.arrayContaining(['du-an-thu-nghiem', 'pham-minh-chinh']));
    const project = await mentionPoint(page, 'project', 'Sê Pôn');
    await page.mouse.move(project.x, project.y);
    await expect.poll(() => cardName(page)).toBe('Dự án thử nghiệm Sê Pôn');
    await page.keyboard.press('Escape');

    // The pack goes: its project's highlights and card go with it; the bundle's names stay.
    await withPack(options, false);
    await page.bringToFront();
    await expect.poll(projectRanges).toBe(0);
    await expect.poll(ids).toContain('pham-minh-chinh');
    expect(await ids()).not.toContain('du-an-thu-nghiem');
    await page.mouse.move(project.x, project.y);
    await page.mouse.move(project.x + 1, project.y);
    expect(await card(page).count()).toBe(0);
    expect(await page.evaluate(() => (window as { notReloaded?: boolean }).notReloaded)).toBe(true);
    await page.close();
    await options.close();
  });
});
