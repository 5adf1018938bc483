/**
 * The reading notebook end to end (issue 15): three local articles from three "outlets" give different values for
 * Vietnam–Laos trade in 2024; the last one's figure card lists the other two beside its own with the disagreement
 * marked, and the side panel's metric page shows all three, the disagreeing group first. Then export, clear and
 * re-import give back the same notebook, and a paused notebook records nothing.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { NotebookList } from '../extension/messaging/protocol.ts';
import { card, mentionPoint } from './support/card.ts';
import { askBackground, pageMentions, useExtension } from './support/extension.ts';
import { SCREENSHOTS } from './support/screenshots.ts';
import { openExtensionPage, tabIdOf } from './support/ui.ts';

const OUTLETS = ['vnexpress.test', 'nhandan.test', 'baodautu.test'];
const env = useExtension({ loopbackHosts: OUTLETS });
const TRADE = 'thuong-mai-viet-nam-lao';

/** The article `name` as outlet `host` serves it. */
const address = (host: string, name: string) => {
  const url = new URL(env.server.url(`/${name}.html`));
  url.hostname = host;
  return url.href;
};

async function read(host: string, name: string): Promise<Page> {
  const page = await env.session.context.newPage();
  await page.goto(address(host, name));
  await expect
    .poll(() =>
      pageMentions(env.session, page)
        .then((answer) => answer.mentions.filter((mention) => mention.kind === 'figure').length)
        .catch(() => 0),
    )
    .toBeGreaterThan(0);
  return page;
}

async function notebook(panel: Page, filter: Record<string, unknown> = {}): Promise<NotebookList> {
  return askBackground(panel, { type: 'notebook-list', ...filter });
}

describe('the reading notebook in Chromium', () => {
  it('records what three articles say, and compares them in the card and on the metric page', async () => {
    const a = await read(OUTLETS[0] as string, 'notebook-a');
    const b = await read(OUTLETS[1] as string, 'notebook-b');
    const panelProbe = await openExtensionPage(env.session, 'options.html', undefined, { width: 600, height: 400 });
    // Two figures on each of the first two pages (trade and its growth): recorded after the pass, in idle time.
    await expect.poll(async () => (await notebook(panelProbe)).count).toBe(4);
    // A revisit records nothing new.
    await a.reload();
    await expect
      .poll(() =>
        pageMentions(env.session, a)
          .then((answer) => answer.mentions.length)
          .catch(() => 0),
      )
      .toBeGreaterThan(0);
    const c = await read(OUTLETS[2] as string, 'notebook-c');
    await expect.poll(async () => (await notebook(panelProbe)).count).toBe(5);
    const recorded = await notebook(panelProbe, { metric: TRADE, period: '2024' });
    expect(recorded.entries.map((entry) => [entry.host, entry.value, entry.date]).sort()).toEqual([
      ['baodautu.test', 1.95e9, '2025-03-03'],
      ['nhandan.test', 1.74e9, '2025-02-14'],
      ['vnexpress.test', 2.2e9, '2025-01-20'],
    ]);
    expect(recorded.entries.find((entry) => entry.host === 'nhandan.test')).toMatchObject({
      url: address(OUTLETS[1] as string, 'notebook-b'),
      title: 'Hợp tác kinh tế Việt - Lào: còn nhiều dư địa',
      qualifier: 'about',
      sentence:
        'Năm 2024, kim ngạch thương mại song phương Việt Nam - Lào đạt khoảng 1,74 tỷ USD, tăng 5% so với năm trước.',
    });
    await a.close();
    await b.close();

    // The card on the third article: the two others' values, outlets and dates, marked as disagreeing.
    await c.bringToFront();
    const point = await mentionPoint(c, 'figure', '1,95 tỷ USD');
    await c.mouse.move(point.x, point.y);
    await expect.poll(() => card(c).locator('.ml-reading').count()).toBe(2);
    const readings = await card(c).locator('.ml-reading').allInnerTexts();
    expect(readings.join('\n')).toContain('2,2 tỷ USD');
    expect(readings.join('\n')).toContain('vnexpress.test, 20/01/2025');
    expect(readings.join('\n')).toContain('khoảng 1,74 tỷ USD');
    expect(readings.join('\n')).toContain('nhandan.test, 14/02/2025');
    expect(await card(c).locator('.ml-reading.ml-disagrees').count()).toBe(2);
    expect(await card(c).locator('.ml-read-disagree').innerText()).toContain('Trang này: 1,95 tỷ USD');
    await card(c).locator('.ml-read').scrollIntoViewIfNeeded();
    await c.screenshot({ path: `${SCREENSHOTS}notebook-card.png` });
    await c.keyboard.press('Escape');

    // The side panel: the notebook view, then the metric's page with all three, the disagreement first.
    const tabId = await tabIdOf(env.session, c);
    const panel = await openExtensionPage(env.session, 'sidepanel.html', tabId, { width: 400, height: 900 });
    await panel.locator('#ml-tab-notebook').click();
    await expect.poll(() => panel.locator('.ml-notebook-entry').count()).toBe(5);
    expect(await panel.locator('.ml-notebook-count').innerText()).toBe('5 / 5 mục');
    await panel.getByRole('searchbox', { name: 'Tìm trong sổ' }).fill('du dia');
    await expect.poll(() => panel.locator('.ml-notebook-entry').count()).toBe(2);
    await panel.getByRole('searchbox', { name: 'Tìm trong sổ' }).fill('');
    await panel.locator('select.ml-notebook-metric').selectOption(TRADE);
    await expect.poll(() => panel.locator('.ml-notebook-entry').count()).toBe(3);
    await panel.screenshot({ path: `${SCREENSHOTS}notebook.png` });
    await panel.locator('.ml-open-metric').click();
    await expect.poll(() => panel.locator('.ml-metric-group').count()).toBeGreaterThan(1);
    const first = panel.locator('.ml-metric-group').first();
    expect(await first.locator('.ml-metric-period').innerText()).toContain('năm 2024');
    expect(await first.locator('.ml-metric-period').innerText()).toContain('Các nguồn không khớp');
    expect(await first.locator('.ml-reading').count()).toBe(3);
    expect(await first.locator('.ml-reading.ml-disagrees').count()).toBe(3);
    expect(await panel.locator('.ml-metric-chart circle').count()).toBe(3);
    expect(await panel.locator('.ml-metric-chart rect').count()).toBeGreaterThan(0);
    await panel.screenshot({ path: `${SCREENSHOTS}notebook-metric.png`, fullPage: true });
    await panel.locator('.ml-back').click();

    // Export, clear, import: the same notebook back.
    const before = (await notebook(panel, { limit: 100 })).entries;
    const [download] = await Promise.all([
      panel.waitForEvent('download'),
      panel.getByTestId('notebook-export-json').click(),
    ]);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'mekong-lens-notebook', version: 1 });
    expect(exported.entries).toHaveLength(5);
    const [csv] = await Promise.all([panel.waitForEvent('download'), panel.getByTestId('notebook-export-csv').click()]);
    const rows = readFileSync(await csv.path(), 'utf8')
      .trim()
      .split('\r\n');
    expect(rows).toHaveLength(6);
    expect(rows.some((row) => row.includes(address(OUTLETS[1] as string, 'notebook-b')))).toBe(true);
    panel.once('dialog', (dialog) => void dialog.accept());
    await panel.locator('.ml-notebook-clear').click();
    await expect.poll(async () => (await notebook(panel)).count).toBe(0);
    await expect.poll(() => panel.locator('.ml-notebook-entry').count()).toBe(0);
    await panel.getByTestId('notebook-import').setInputFiles(file);
    await expect.poll(() => panel.locator('.ml-report').innerText()).toBe('Đã nhập 5 mục.');
    const after = (await notebook(panel, { limit: 100 })).entries;
    expect(after).toEqual(before);

    // A bad file changes nothing and says why.
    await panel.getByTestId('notebook-import').setInputFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'mekong-lens-notebook', version: 1, entries: [{ url: 'x' }] })),
    });
    await expect.poll(() => panel.locator('.ml-report').innerText()).toContain('entries.0');
    expect((await notebook(panel)).count).toBe(5);

    // Paused, the notebook records nothing; the panel says so.
    await panel.locator('.ml-notebook-pause').click();
    await expect.poll(() => panel.locator('.ml-notebook-paused').count()).toBe(1);
    const figures = await env.session.context.newPage();
    await figures.goto(env.server.url('/figures.html'));
    await expect
      .poll(() =>
        pageMentions(env.session, figures)
          .then((answer) => answer.mentions.length)
          .catch(() => 0),
      )
      .toBeGreaterThan(0);
    await figures.waitForTimeout(1500);
    expect((await notebook(panel)).count).toBe(5);
    await panel.locator('.ml-notebook-pause').click();
    await expect.poll(() => panel.locator('.ml-notebook-paused').count()).toBe(0);
    await figures.reload();
    await expect.poll(async () => (await notebook(panel)).count).toBeGreaterThan(5);
    await figures.close();
    await panel.close();
    await panelProbe.close();
    await c.close();
  });
});
