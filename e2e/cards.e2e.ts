import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { card, mentionPoint, stepMention } from './support/card.ts';
import { openSeed as openSeedPage, pageMentions, useExtension } from './support/extension.ts';
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
    await expect
      .poll(() =>
        pageMentions(env.session, page)
          .then((answer) => answer.mentions.length)
          .catch(() => 0),
      )
      .toBe(2);
    const wrong = await mentionPoint(page, 'figure', '2,1 tỷ USD');
    await page.mouse.move(wrong.x, wrong.y);
    await expect.poll(() => card(page).count()).toBe(1);
    const warning = card(page).locator('.ml-warning');
    expect(await warning.innerText()).toContain('1,7 tỷ USD');
    expect(await warning.innerText()).toContain('2022');
    expect(await card(page).locator('.ml-role').innerText()).toBe('Kim ngạch thương mại Việt Nam - Lào');
    await page.screenshot({ path: `${SCREENSHOTS}figure-warning.png` });
    await page.keyboard.press('Escape');
    const right = await mentionPoint(page, 'figure', '1,7 tỷ USD');
    await page.mouse.move(right.x, right.y);
    await expect.poll(() => card(page).locator('.ml-facts li').count()).toBeGreaterThan(0);
    expect(await card(page).locator('.ml-warning').count()).toBe(0);
    await page.close();
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
