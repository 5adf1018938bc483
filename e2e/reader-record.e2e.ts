/**
 * An entity's record and the shortcuts as a reader meets them (review items 7, 8, 11, 14): the timeline dates
 * events by their own dates, not by the article that mentions them; a fact quoted twice from one article has one
 * source line, its quotes written out in the side panel; the record speaks the interface's language over
 * Vietnamese data marked `lang="vi"`; the popup and the side panel show the shortcuts as the browser binds them.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledFactBase } from '../shared/factbase/bundle.ts';
import { card, mentionPoint } from './support/card.ts';
import { mentionCount, openNewsSite as openNewsSiteIn, pageMentions, useExtension } from './support/extension.ts';
import { openExtensionPage, setSettings, tabIdOf } from './support/ui.ts';

const env = useExtension();

/** The news-site page: no metadata, the article dated 11/07/2024 by its byline. */
async function openNewsSite(): Promise<Page> {
  const page = await openNewsSiteIn(env.session, env.server);
  expect((await pageMentions(env.session, page)).date).toBe('2024-07-11');
  return page;
}

/** The side panel beside `page`, on the record of `id`, looked up as a reader would. */
async function recordBeside(page: Page, query: string, id: string, tab = 'Tra cứu'): Promise<Page> {
  const panel = await openExtensionPage(env.session, 'sidepanel.html', await tabIdOf(env.session, page), {
    width: 360,
    height: 1000,
  });
  await panel.getByRole('tab', { name: tab }).click();
  const box = panel.getByRole('combobox');
  await box.fill(query);
  await expect.poll(() => panel.getByRole('option').first().getAttribute('data-entity')).toBe(id);
  await box.press('Enter');
  await expect.poll(() => panel.locator('.ml-record').count()).toBe(1);
  return panel;
}

/** The fact quoted twice from the article of 11/07/2024 (seed 004). */
const TWICE_QUOTED = bundledFactBase.facts.find(
  (fact) => fact.id === 'to-lam-hoi-dam-thongloun-sisoulith-2024-07',
) as (typeof bundledFactBase.facts)[number];

afterEach(async () => {
  await setSettings(env.session, { language: 'vi' });
});

describe('an entity’s record', () => {
  it('dates the events on its timeline by their own dates, not by the article that mentions them', async () => {
    const page = await openNewsSite();
    const panel = await recordBeside(page, 'dang nhan dan cach mang lao', 'dang-nhan-dan-cach-mang-lao');
    const timeline = await panel.locator('.ml-record .ml-timeline li').evaluateAll((items) =>
      items.map((item) => ({
        name: item.querySelector('.ml-timeline-name')?.textContent,
        date: item.querySelector('time')?.getAttribute('datetime') ?? null,
        text: (item as HTMLElement).innerText,
      })),
    );
    const congress = (numeral: string) =>
      timeline.find((item) => item.name === `Đại hội lần thứ ${numeral} Đảng Nhân dân Cách mạng Lào`);
    // Đại hội XI met in 1/2021; Đại hội XII, still to come on 11/07/2024, in 1/2026.
    expect(congress('XI')).toMatchObject({ date: '2021-01-13' });
    expect(congress('XI')?.text).toContain('13/01/2021');
    expect(congress('XII')).toMatchObject({ date: '2026-01-06' });
    expect(timeline.filter((item) => item.text.includes('11/07/2024'))).toEqual([]);
    await panel.close();
    await page.close();
  });

  it('gives a fact quoted twice from one article one source line, with both quotes written out', async () => {
    const page = await openNewsSite();
    const panel = await recordBeside(page, 'to lam', 'to-lam');
    const fact = panel.locator('.ml-record .ml-facts li').filter({ hasText: TWICE_QUOTED.text });
    expect(await fact.count()).toBe(1);
    expect(await fact.locator('.ml-source').count()).toBe(1);
    expect(await fact.locator('q.ml-quote').allInnerTexts()).toEqual(TWICE_QUOTED.sources.map((s) => s.quote));
    // On the page's card, where there is no room for quotes, the one line carries both in its tooltip.
    await page.bringToFront();
    const point = await mentionPoint(page, 'person', 'Tô Lâm');
    await page.mouse.move(point.x, point.y);
    const onCard = card(page).locator('.ml-facts li').filter({ hasText: TWICE_QUOTED.text });
    await expect.poll(() => onCard.count()).toBe(1);
    expect(await onCard.locator('.ml-source').count()).toBe(1);
    const tooltip = (await onCard.locator('.ml-source').getAttribute('title')) ?? '';
    for (const source of TWICE_QUOTED.sources) expect(tooltip).toContain(source.quote);
    await panel.close();
    await page.close();
  });

  it('speaks the interface’s language, its Vietnamese data marked lang="vi"', async () => {
    await setSettings(env.session, { language: 'en' });
    const page = await openNewsSite();
    const panel = await recordBeside(page, 'to lam', 'to-lam', 'Look up');
    const record = panel.locator('.ml-record');
    expect(await panel.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => record.locator('.ml-role').innerText()).toContain('as of the article, 11/07/2024');
    expect(await record.locator('.ml-facts .ml-source').first().innerText()).toMatch(/^Source: /);
    const words = await record.innerText();
    expect(words).not.toContain('Nguồn:');
    expect(words).not.toContain('theo bài');
    // Every piece of the base's Vietnamese text is marked so, for a screen reader's Vietnamese voice (a chart is
    // an image read by its label; its words are in the table beside it).
    const unmarked = await record.evaluate((root) => {
      const vietnamese = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/i;
      const missing: string[] = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        const parent = node.parentElement as Element;
        if (parent.closest('svg[role="img"]')) continue;
        if (vietnamese.test(text) && parent.closest('[lang]')?.getAttribute('lang') !== 'vi')
          missing.push(text.trim().slice(0, 60));
      }
      return missing;
    });
    expect(unmarked).toEqual([]);
    await panel.close();
    await page.close();
  });
});

describe('a figure’s card in English', () => {
  it('marks the base’s metric and the page’s period Vietnamese, and its own words not', async () => {
    await setSettings(env.session, { language: 'en' });
    const page = await env.session.context.newPage();
    await page.goto(env.server.url('/wrong-figure.html'));
    await expect.poll(() => mentionCount(env.session, page)).toBe(2);
    const point = await mentionPoint(page, 'figure', '2,1 tỷ USD');
    await page.mouse.move(point.x, point.y);
    const frame = card(page).locator('.ml-frame');
    await expect
      .poll(() => frame.innerText().catch(() => ''))
      .toBe('Kim ngạch thương mại Việt Nam - Lào · năm 2022 · as this page says');
    expect(await frame.locator('[lang="vi"]').allInnerTexts()).toEqual([
      'Kim ngạch thương mại Việt Nam - Lào',
      'năm 2022',
    ]);
    expect(await page.locator('mekong-lens-card .ml-panel').getAttribute('lang')).toBe('en');
    await page.close();
  });
});

describe('the shortcuts', () => {
  it('are shown in the popup and the side panel as the browser binds them, with a way to change them', async () => {
    const page = await openNewsSite();
    const tabId = await tabIdOf(env.session, page);
    for (const [name, viewport] of [
      ['popup.html', { width: 400, height: 600 }],
      ['sidepanel.html', { width: 360, height: 900 }],
    ] as const) {
      const view = await openExtensionPage(env.session, name, tabId, viewport);
      const shortcuts = view.getByTestId('shortcuts');
      await expect.poll(() => shortcuts.locator('kbd').allInnerTexts()).toEqual(['Alt+Shift+J', 'Alt+Shift+K']);
      expect(await shortcuts.innerText(), name).toContain('lần nhắc sau / trước');
      expect(await shortcuts.getByRole('button', { name: 'Đổi phím tắt' }).count(), name).toBe(1);
      await view.close();
    }
    await page.close();
  });
});
