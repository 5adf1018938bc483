import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testPack } from '../extension/background/test-pack.ts';
import { bundledFactBase } from '../shared/factbase/bundle.ts';
import { roleAt } from '../shared/lookup/build-card.ts';
import { askBackground, type ExtensionSession, launchWithExtension, pageMentions } from './support/extension.ts';
import { SCREENSHOTS } from './support/screenshots.ts';
import { startServer, type TestServer } from './support/server.ts';
import { openExtensionPage, tabIdOf } from './support/ui.ts';

const PANEL = { width: 420, height: 1100 };
const SEED = '000_a152b25d463c024e.txt';
const NOTE = 'Đọc lại bài phát biểu ở Viêng Chăn, 5/4/2023.';

let session: ExtensionSession;
let server: TestServer;
let article: Page;
let tabId: number;

beforeAll(async () => {
  server = await startServer();
  session = await launchWithExtension();
  article = await session.context.newPage();
  await article.goto(server.url(`/seed/${SEED}.html`));
  await vi.waitFor(async () => expect((await pageMentions(session, article)).mentions.length).toBeGreaterThan(0), {
    timeout: 10_000,
  });
  tabId = await tabIdOf(session, article);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

const panelFor = () => openExtensionPage(session, 'sidepanel.html', tabId, PANEL);

/** Looks an entity up from the panel's search box, as a reader would. */
async function lookUp(panel: Page, query: string, id: string): Promise<void> {
  await panel.getByRole('tab', { name: 'Tra cứu' }).click();
  const box = panel.getByRole('combobox');
  await box.fill(query);
  await expect.poll(() => panel.getByRole('option').first().getAttribute('data-entity')).toBe(id);
  await box.press('Enter');
  await expect.poll(() => panel.locator('.ml-record').count()).toBe(1);
}

/** Stops the extension's service worker, as the browser does when it idles; the next message starts it again. */
async function stopServiceWorkers(page: Page): Promise<void> {
  const cdp = await session.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

describe('the side panel', () => {
  it('lists every entity the page mentions, grouped by kind, with counts, as page-mentions gives them', async () => {
    const { mentions } = await pageMentions(session, article);
    // Each mention counts for its entity, and for each entity written inside it (once per mention).
    const expected: Record<string, number> = {};
    for (const mention of mentions) {
      const keys = new Set([mention, ...(mention.nested ?? [])].map((m) => `${m.kind}/${m.entity.id}`));
      for (const key of keys) expected[key] = (expected[key] ?? 0) + 1;
    }
    expect(mentions.some((mention) => mention.nested?.length)).toBe(true);
    const panel = await panelFor();
    await expect.poll(() => panel.locator('.ml-entity-row').count()).toBe(Object.keys(expected).length);
    const shown = await panel
      .locator('.ml-kind-group')
      .evaluateAll((groups) =>
        Object.fromEntries(
          groups.flatMap((group) =>
            [...group.querySelectorAll<HTMLElement>('.ml-entity-row')].map((row) => [
              `${group.getAttribute('data-kind')}/${row.dataset.entity}`,
              Number(row.querySelector('.ml-count')?.textContent),
            ]),
          ),
        ),
      );
    expect(shown).toEqual(expected);
    expect(await panel.getByTestId('page-summary').innerText()).toContain(`${mentions.length} lần nhắc tới`);
    await panel.setViewportSize({ width: PANEL.width, height: 760 });
    await panel.screenshot({ path: `${SCREENSHOTS}sidepanel-page.png` });
    await panel.close();
  });

  it('scrolls to and flashes a mention when its entity is clicked', async () => {
    const panel = await panelFor();
    const row = panel.locator('.ml-entity-row[data-entity="pham-minh-chinh"] .ml-entity-main');
    await row.click();
    await expect.poll(() => article.evaluate(() => CSS.highlights.get('ml-active')?.size ?? 0)).toBe(1);
    const flashed = await article.evaluate(() => [...(CSS.highlights.get('ml-active') as Highlight)][0]?.toString());
    expect(flashed).toMatch(/Phạm Minh Chính/);
    await panel.close();
  });

  it('opens an entity’s record: roles over time, facts with sources, figures, events, related entities to follow', async () => {
    const panel = await panelFor();
    await panel.locator('.ml-entity-row[data-entity="pham-minh-chinh"] .ml-open').click();
    const record = panel.locator('.ml-record');
    await expect.poll(() => record.locator('.ml-name').innerText()).toBe('Phạm Minh Chính');
    // The role as of the article in the tab (its date comes with page-mentions).
    const seed = bundledFactBase.seeds.find((candidate) => candidate.file === SEED);
    const person = bundledFactBase.entities.find((entity) => entity.id === 'pham-minh-chinh');
    const expectedRole = roleAt(person?.roles ?? [], seed?.date);
    expect(expectedRole).toBeDefined();
    expect(await record.locator('.ml-role').innerText()).toContain(expectedRole?.title);
    expect(await record.locator('.ml-roles li').first().innerText()).toMatch(/Thủ tướng/);
    expect(await record.locator('.ml-facts li').count()).toBeGreaterThan(0);
    expect(await record.locator('.ml-facts .ml-source').first().innerText()).toMatch(/^Nguồn: /);
    expect(await record.locator('.ml-timeline li').count()).toBeGreaterThan(0);
    const related = record.locator('.ml-related button').first();
    const relatedName = await related.innerText();
    await related.click();
    await expect.poll(() => panel.locator('.ml-record .ml-name').innerText()).toBe(relatedName);
    await panel.getByRole('button', { name: 'Quay lại' }).click();
    await expect.poll(() => panel.locator('.ml-record .ml-name').innerText()).toBe('Phạm Minh Chính');
    await panel.close();
  });

  it('shows a metric’s figures as a table and a chart', async () => {
    const panel = await panelFor();
    await lookUp(panel, 'to lam', 'to-lam');
    // The tab's article (5/4/2023) predates every role the base knows for Tô Lâm: no role is claimed for then,
    // where without the article's date his latest (Tổng Bí thư) would show.
    expect(await panel.locator('.ml-record > .ml-role').count()).toBe(0);
    const withFigures = bundledFactBase.facts.some((fact) => fact.figure && fact.about.includes('to-lam'));
    expect(withFigures).toBe(true);
    expect(await panel.locator('.ml-record .ml-series tr').count()).toBeGreaterThan(1);
    expect(await panel.locator('.ml-record svg.ml-chart rect.ml-chart-bar').count()).toBeGreaterThan(1);
    await panel.locator('.ml-chart').first().scrollIntoViewIfNeeded();
    await panel.screenshot({ path: `${SCREENSHOTS}sidepanel-figures.png` });
    await panel.close();
  });

  it('keeps a note and a pin across a reload', async () => {
    let panel = await panelFor();
    await lookUp(panel, 'pham minh chinh', 'pham-minh-chinh');
    await panel.getByLabel('Ghi chú của bạn').fill(NOTE);
    await panel.getByRole('button', { name: /Ghim/ }).click();
    await panel.getByLabel('Ghi chú của bạn').blur();
    await expect.poll(() => panel.locator('.ml-note-state').innerText()).toBe('Đã lưu');
    await expect.poll(() => panel.getByRole('button', { name: /Đã ghim/ }).getAttribute('aria-pressed')).toBe('true');
    await panel.screenshot({ path: `${SCREENSHOTS}sidepanel.png` });

    await panel.reload();
    await lookUp(panel, 'pham minh chinh', 'pham-minh-chinh');
    expect(await panel.getByLabel('Ghi chú của bạn').inputValue()).toBe(NOTE);
    expect(await panel.getByRole('button', { name: /Đã ghim/ }).getAttribute('aria-pressed')).toBe('true');
    await panel.close();

    panel = await panelFor();
    await panel.getByRole('tab', { name: 'Tra cứu' }).click();
    await expect.poll(() => panel.locator('.ml-saved-note').first().innerText()).toBe(NOTE);
    await panel.close();
  });

  it('imports a fact pack from the options page: an invalid one changes nothing and says where; a valid one adds', async () => {
    const options = await openExtensionPage(session, 'options.html', undefined, { width: 760, height: 1500 });
    const upload = (name: string, data: unknown) =>
      options.getByTestId('import-pack').setInputFiles({
        name,
        mimeType: 'application/json',
        buffer: Buffer.from(JSON.stringify(data)),
      });
    // The test pack, with its fact about an entity nobody knows.
    const pack = testPack();
    const fact = pack.facts[0] as (typeof pack.facts)[number];
    pack.facts[0] = { ...fact, about: ['du-an-thu-nghiem', 'khong-ai-ca'] };
    await expect.poll(() => options.getByTestId('db-state').innerText()).toBe('sẵn sàng');
    await upload('goi-sai.json', pack);
    await expect.poll(() => options.locator('.ml-report-error').innerText()).toContain('facts.0.about.1');
    expect(await options.locator('.ml-report-error').innerText()).toContain('Không có thực thể "khong-ai-ca"');
    expect(await options.locator('.ml-options-section').nth(4).innerText()).toContain('Chưa nhập gói nào');
    await options.screenshot({ path: `${SCREENSHOTS}options.png`, fullPage: true });

    pack.facts[0] = { ...fact, about: ['du-an-thu-nghiem', 'to-lam'] };
    await upload('goi-dung.json', pack);
    await expect.poll(() => options.locator('.ml-report-ok').innerText()).toContain('Gói thử');
    const status = await askBackground(options, { type: 'status' });
    expect(status.packs).toHaveLength(1);
    const popup = await openExtensionPage(session, 'popup.html', undefined, { width: 380, height: 520 });
    await popup.getByRole('combobox').fill('du an thu nghiem se pon');
    await expect.poll(() => popup.getByRole('option').first().getAttribute('data-entity')).toBe('du-an-thu-nghiem');
    await popup.close();

    await options.getByRole('button', { name: 'Gỡ gói Gói thử' }).click();
    await expect.poll(() => options.getByText('Chưa nhập gói nào').count()).toBe(1);
    await options.close();
  });

  it('keeps the note when the service worker restarts; the database holds the reader’s data, no copy of the base', async () => {
    const panel = await panelFor();
    await stopServiceWorkers(panel);
    await panel.close();

    const after = await openExtensionPage(session, 'sidepanel.html', undefined, PANEL);
    await expect
      .poll(() => askBackground(after, { type: 'status' }))
      .toMatchObject({ database: 'ready', version: bundledFactBase.version });
    const tables = await after.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const open = indexedDB.open('mekong-lens');
          open.onsuccess = () => {
            const names = [...open.result.objectStoreNames].sort();
            open.result.close();
            resolve(names);
          };
          open.onerror = () => reject(open.error);
        }),
    );
    expect(tables).toEqual(['meta', 'notebookPages', 'notebookPoints', 'notes', 'packs', 'pins']);
    await lookUp(after, 'pham minh chinh', 'pham-minh-chinh');
    expect(await after.getByLabel('Ghi chú của bạn').inputValue()).toBe(NOTE);
    await after.close();
  });
});
