import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, mentionPoint, stepMention } from './support/card.ts';
import {
  mentionCount,
  openSeed as openSeedPage,
  pageMentions,
  storeSettings,
  useExtension,
} from './support/extension.ts';
import { SCREENSHOTS } from './support/screenshots.ts';

const env = useExtension();

const openSeed = (file: string): Promise<Page> => openSeedPage(env.session, env.server, file);

describe('the card in Chromium', () => {
  it('opens on hover over a person and shows the role at the article’s date, sourced facts and related entities', async () => {
    const page = await openSeed('004_8af0e2a929b6679e.txt');
    const point = await mentionPoint(page, 'person', 'Tô Lâm');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => card(page).count()).toBe(1);
    await expect.poll(() => card(page).locator('.ml-name').innerText()).toBe('Tô Lâm');
    expect(await card(page).locator('.ml-role').innerText()).toContain('Chủ tịch nước');
    expect(await card(page).locator('.ml-source').count()).toBeGreaterThan(0);
    expect(await card(page).locator('.ml-related button').count()).toBeGreaterThan(0);
    const box = await page.locator('mekong-lens-card').boundingBox();
    expect(box && box.y + 2 > point.y).toBe(true); // below the mention: it does not cover it
    await page.screenshot({ path: `${SCREENSHOTS}person-card.png` });
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });

  it('shows a figure’s metric, the fact it matches and its series', async () => {
    const page = await openSeed('001_5c7b4323a7a94c0f.txt');
    await page.screenshot({ path: `${SCREENSHOTS}article.png` });
    const point = await mentionPoint(page, 'figure', '927,8 triệu USD');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await card(page).locator('.ml-kind').innerText()).toMatch(/số liệu/i);
    expect(await card(page).locator('.ml-series tr').count()).toBeGreaterThan(1);
    expect(await card(page).locator('.ml-facts li').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}figure-card.png` });
    await page.close();
  });

  it('warns when a figure on the page disagrees with the fact base for the same metric and period', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/wrong-figure.html'));
    await expect.poll(() => mentionCount(env.session, page)).toBe(2);
    const wrong = await mentionPoint(page, 'figure', '2,1 tỷ USD');
    await page.mouse.move(wrong.x, wrong.y);
    await expect.poll(() => card(page).count()).toBe(1);
    const warning = card(page).locator('.ml-warning');
    expect(await warning.innerText()).toContain('1,7 tỷ USD');
    expect(await warning.innerText()).toContain('2022');
    expect(await warning.innerText()).toContain('hơn 1,7 tỷ USD'); // the base's value as the base writes it
    expect(await card(page).locator('.ml-frame').innerText()).toBe(
      'Kim ngạch thương mại Việt Nam - Lào · năm 2022 · theo trang này',
    );
    await page.screenshot({ path: `${SCREENSHOTS}figure-warning.png` });
    await page.keyboard.press('Escape');
    const right = await mentionPoint(page, 'figure', '1,7 tỷ USD');
    await page.mouse.move(right.x, right.y);
    await expect.poll(() => card(page).locator('.ml-facts li').count()).toBeGreaterThan(0);
    expect(await card(page).locator('.ml-warning').count()).toBe(0);
    await page.close();
  });

  it('places a figure the base does not hold beside its series, as a new point not in the fact base', async () => {
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/figures.html'));
    // 2,2 tỷ and 12% (trade and its growth, 2024), 346 triệu (exports, Q1 2025) and Cambodia's 10 tỷ (its own
    // series, not the Laos target of the same value) carry a metric; the price of gold carries none: not drawn.
    await expect
      .poll(() =>
        pageMentions(env.session, page)
          .then((answer) => answer.mentions.map((mention) => mention.text))
          .catch(() => []),
      )
      .toEqual(['2,2 tỷ USD', '12%', '346 triệu USD', '10 tỷ USD']);
    const { mentions } = await pageMentions(env.session, page);
    expect(mentions[0]?.figure).toMatchObject({
      metric: 'thuong-mai-viet-nam-lao',
      period: '2024',
      role: 'result',
      facts: [],
    });
    expect(mentions[2]?.figure).toMatchObject({ metric: 'xuat-khau-viet-nam-sang-lao', period: '2025-Q1' });
    expect(mentions[3]?.figure).toMatchObject({ metric: 'thuong-mai-viet-nam-campuchia', period: '2024', facts: [] });
    const point = await mentionPoint(page, 'figure', '2,2 tỷ USD');
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await card(page).locator('.ml-frame').innerText()).toBe(
      'Kim ngạch thương mại Việt Nam - Lào · năm 2024 · theo trang này',
    );
    expect(await card(page).locator('.ml-badge').innerText()).toBe('Không có trong cơ sở dữ kiện');
    expect(await card(page).locator('.ml-chart .ml-chart-page').count()).toBe(1);
    expect(await card(page).locator('.ml-series tr.ml-page-row').innerText()).toContain('2,2 tỷ USD');
    expect(await card(page).locator('.ml-warning').count()).toBe(0);
    await page.screenshot({ path: `${SCREENSHOTS}figure-new-point.png` });
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('draws every number, each with a card, only when the reader asks', async () => {
    const options = await env.session.context.newPage();
    await options.goto(`chrome-extension://${env.session.extensionId}/options.html`);
    const setAllFigures = (on: boolean) => storeSettings(options, { allFigures: on });
    await setAllFigures(true);
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/figures.html'));
    await expect
      .poll(() =>
        pageMentions(env.session, page)
          .then((answer) => answer.mentions.map((mention) => mention.text))
          .catch(() => []),
      )
      .toContain('2 triệu đồng');
    const gold = await mentionPoint(page, 'figure', '2 triệu đồng');
    await page.mouse.move(gold.x, gold.y);
    await expect.poll(() => card(page).count()).toBe(1);
    expect(await card(page).locator('.ml-verdict').innerText()).toBe(
      'Cơ sở dữ kiện không có chỉ số nào khớp với con số này.',
    );
    await setAllFigures(false);
    await expect
      .poll(() =>
        pageMentions(env.session, page)
          .then((answer) => answer.mentions.map((mention) => mention.text))
          .catch(() => []),
      )
      .not.toContain('2 triệu đồng');
    await page.close();
    await options.close();
  });

  it('steps through the mentions from the keyboard and closes on Escape', async () => {
    const page = await openSeed('000_a152b25d463c024e.txt');
    const { mentions } = await pageMentions(env.session, page);
    expect(await stepMention(env.session, page, 1)).toBe(true);
    await expect.poll(() => card(page).count()).toBe(1);
    const first = mentions[0];
    expect(await card(page).locator('.ml-name').innerText()).toBe(
      first?.kind === 'figure' ? first.text : first?.entity.name,
    );
    await page.keyboard.press('Escape');
    await expect.poll(() => card(page).count()).toBe(0);
    await page.close();
  });
});
