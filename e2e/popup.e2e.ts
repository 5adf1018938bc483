import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { askBackground, openSeed as openSeedPage, pageMentions, useExtension } from './support/extension.ts';
import { SCREENSHOTS } from './support/screenshots.ts';
import { highlightSizes, openExtensionPage, tabIdOf, total } from './support/ui.ts';

const POPUP = { width: 380, height: 520 };

const env = useExtension();

const openSeed = (file: string): Promise<Page> => openSeedPage(env.session, env.server, file);

const options = (popup: Page) => popup.getByRole('option');
const activeOption = (popup: Page) =>
  popup.evaluate(() => {
    const input = document.querySelector('[role="combobox"]');
    const id = input?.getAttribute('aria-activedescendant');
    return id ? document.getElementById(id)?.dataset.entity : undefined;
  });

describe('the popup', () => {
  it('finds Phạm Minh Chính typed without diacritics, first, as a person with his role', async () => {
    const popup = await openExtensionPage(env.session, 'popup.html', undefined, POPUP);
    const box = popup.getByRole('combobox');
    await expect.poll(() => box.isVisible()).toBe(true);
    await box.fill('pham minh chinh');
    await expect.poll(() => options(popup).first().getAttribute('data-entity')).toBe('pham-minh-chinh');
    const first = options(popup).first();
    expect(await first.locator('.ml-option-name').innerText()).toBe('Phạm Minh Chính');
    expect(await first.locator('.ml-option-desc').innerText()).toMatch(/Thủ tướng/);
    expect(await popup.locator('.ml-group-title').first().innerText()).toMatch(/nhân vật/i);
    expect(await activeOption(popup)).toBe('pham-minh-chinh');
    await popup.close();
  });

  it('tolerates a typo', async () => {
    const popup = await openExtensionPage(env.session, 'popup.html', undefined, POPUP);
    await popup.getByRole('combobox').fill('pham min chinh');
    await expect.poll(() => options(popup).first().getAttribute('data-entity')).toBe('pham-minh-chinh');
    await popup.close();
  });

  it('finds Vũng Áng, the deep-sea port, first, and the port project first among the projects', async () => {
    const popup = await openExtensionPage(env.session, 'popup.html', undefined, POPUP);
    await popup.getByRole('combobox').fill('vung ang');
    await expect.poll(() => options(popup).first().getAttribute('data-entity')).toBe('vung-ang');
    expect(await options(popup).first().locator('.ml-option-desc').innerText()).toMatch(/cảng biển/);
    const projects = popup.getByRole('group', { name: 'Dự án' }).getByRole('option');
    expect(await projects.first().getAttribute('data-entity')).toBe('cang-vung-ang');
    expect(await projects.first().locator('.ml-option-desc').innerText()).toMatch(/bến cảng/);
    await popup.close();
  });

  it('moves through the results with the arrow keys and opens the chosen one in the side panel with Enter', async () => {
    const popup = await openExtensionPage(env.session, 'popup.html', 0, POPUP);
    const box = popup.getByRole('combobox');
    await box.fill('vung ang');
    await expect.poll(() => activeOption(popup)).toBe('vung-ang');
    const ids = await options(popup).evaluateAll((nodes) => nodes.map((node) => (node as HTMLElement).dataset.entity));
    await box.press('ArrowDown');
    expect(await activeOption(popup)).toBe(ids[1]);
    expect(await options(popup).nth(1).getAttribute('aria-selected')).toBe('true');
    await box.press('ArrowUp');
    expect(await activeOption(popup)).toBe(ids[0]);
    await box.press('ArrowUp');
    expect(await activeOption(popup)).toBe(ids[ids.length - 1]);
    await box.press('ArrowDown');
    for (let i = 0; i < ids.indexOf('cang-vung-ang'); i++) await box.press('ArrowDown');
    expect(await activeOption(popup)).toBe('cang-vung-ang');
    await box.press('Enter');
    // The side panel, when it opens, shows what the background was told.
    await expect.poll(() => askBackground(popup, { type: 'side-panel-target' })).toEqual({ entityId: 'cang-vung-ang' });
    await box.press('Escape');
    expect(await box.inputValue()).toBe('');
    await popup.close();
  });

  it('shows the current tab’s mentions and switches highlighting off and on for its site, at once', async () => {
    const article = await openSeed('000_a152b25d463c024e.txt');
    const { mentions } = await pageMentions(env.session, article);
    const before = await highlightSizes(article);
    expect(total(before)).toBeGreaterThan(0);
    const tabId = await tabIdOf(env.session, article);

    const popup = await openExtensionPage(env.session, 'popup.html', tabId, POPUP);
    const entities = new Set(mentions.map((mention) => mention.entity.id)).size;
    await expect
      .poll(() => popup.getByTestId('page-count').innerText())
      .toBe(`${mentions.length} lần nhắc tới, ${entities} thực thể`);
    const toggle = popup.getByRole('switch');
    expect(await toggle.isChecked()).toBe(true);
    expect(await popup.locator('.ml-switch').innerText()).toContain('127.0.0.1');
    await popup.getByRole('combobox').fill('pham minh chinh');
    await expect.poll(() => options(popup).count()).toBeGreaterThan(0);
    await popup.screenshot({ path: `${SCREENSHOTS}popup.png` });

    await toggle.click();
    await expect.poll(async () => total(await highlightSizes(article))).toBe(0);
    expect(await toggle.isChecked()).toBe(false);
    // It says highlighting is off here, not that the page mentions nothing.
    await expect.poll(() => popup.getByTestId('page-count').innerText()).toBe('Đang tắt làm nổi bật trên 127.0.0.1.');

    await toggle.click();
    await expect.poll(() => highlightSizes(article)).toEqual(before);
    expect(await toggle.isChecked()).toBe(true);

    // A reload keeps the choice: switched off, the page comes up without highlights.
    await toggle.click();
    await expect.poll(async () => total(await highlightSizes(article))).toBe(0);
    await article.reload();
    await expect.poll(() => pageMentions(env.session, article).catch(() => undefined)).toMatchObject({ mentions: [] });
    expect(total(await highlightSizes(article))).toBe(0);
    await toggle.click();
    await expect.poll(async () => total(await highlightSizes(article))).toBeGreaterThan(0);
    await popup.close();
    await article.close();
  });

  it('says when the extension does not run on the current tab', async () => {
    const english = await env.session.context.newPage();
    await english.goto(env.server.url('/english.html'));
    const tabId = await tabIdOf(env.session, english);
    const popup = await openExtensionPage(env.session, 'popup.html', tabId, POPUP);
    await expect.poll(() => popup.locator('.ml-page-state').innerText()).toMatch(/không chạy trên trang này/);
    await popup.close();
    await english.close();
  });
});
