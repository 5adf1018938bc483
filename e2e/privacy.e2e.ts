/**
 * Privacy: nothing leaves the machine. The browser runs behind a recording proxy (every HTTP request and every
 * tunnel of every page, frame and worker, loopback included) while Playwright records every request the context
 * reports, the extension's service worker's included. A control step first proves both recorders catch a
 * deliberate request from the service worker, from an extension page and from a web page; then the extension is
 * used the way a reader uses it, and every request must have stayed on 127.0.0.1 or inside the browser.
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFactBase } from '../shared/factbase/bundle.ts';
import {
  EXTENSION_DIR,
  type ExtensionSession,
  launchWithExtension,
  openSeed as openSeedPage,
} from './support/extension.ts';
import {
  isChromiumHousekeeping,
  proxyHost,
  type RecordingProxy,
  type RequestRecord,
  recordRequests,
  startRecordingProxy,
  staysOnTheMachine,
} from './support/network-log.ts';
import { SEEDS } from './support/news-page.ts';
import { startServer, type TestServer } from './support/server.ts';
import { openExtensionPage, tabIdOf } from './support/ui.ts';

let session: ExtensionSession;
let server: TestServer;
let proxy: RecordingProxy;
let requests: RequestRecord[];

beforeAll(async () => {
  server = await startServer();
  proxy = await startRecordingProxy();
  session = await launchWithExtension({ proxy: { server: proxy.server } });
  requests = recordRequests(session.context);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
  await proxy?.close();
});

/**
 * Requests (either recorder's) that went anywhere but this machine, except Chromium's own housekeeping: requests
 * that reached the proxy without any page or worker having made them, to Chromium's own services.
 */
function leaks(): string[] {
  const fromContext = requests.filter((request) => !staysOnTheMachine(request.url));
  const contextHosts = new Set(fromContext.map((request) => new URL(request.url).hostname));
  const fromProxy = proxy.records.filter(
    (record) =>
      (record.method === 'CONNECT' || new URL(record.url).origin !== server.origin) &&
      (contextHosts.has(proxyHost(record)) || !isChromiumHousekeeping(record, session.extensionId)),
  );
  return [
    ...fromContext.map((request) => `${request.url} (from ${request.from})`),
    ...fromProxy.map((record) => `${record.method} ${record.url} (through the proxy)`),
  ].sort();
}

const openSeed = (file: string): Promise<Page> => openSeedPage(session, server, file);

/** Moves the pointer onto the first highlighted `kind` mention and waits for its card. */
async function hoverFirst(page: Page, kind: string): Promise<void> {
  const point = await page.evaluate((kind) => {
    const range = [...((CSS.highlights.get(`ml-${kind}`) ?? new Set()) as Set<Range>)][0];
    if (!range) throw new Error(`no ${kind} highlight`);
    (range.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
    const rect = range.getClientRects()[0] as DOMRect;
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, kind);
  await page.mouse.move(point.x, point.y);
  // The first card of a session waits for the background to open the database: give it a few seconds.
  await expect.poll(() => page.locator('mekong-lens-card .ml-card').count(), { timeout: 5000 }).toBe(1);
  // Away, and wait for the card to close: a card still open over the next mention would keep the pointer.
  await page.mouse.move(1, 1);
  await expect.poll(() => page.locator('mekong-lens-card .ml-card').count()).toBe(0);
}

describe('privacy', () => {
  it('asks for the least permissions: storage, scripting and sidePanel, web pages for the content scripts only', () => {
    const manifest = JSON.parse(readFileSync(`${EXTENSION_DIR}/manifest.json`, 'utf8'));
    expect(manifest.permissions).toEqual(['storage', 'scripting', 'sidePanel']);
    // The annotator is injected (scripting) into the pages the first content script may run on, and no others.
    expect(manifest.host_permissions).toEqual(['http://*/*', 'https://*/*']);
    for (const key of [
      'optional_permissions',
      'optional_host_permissions',
      'externally_connectable',
      'web_accessible_resources',
      'content_security_policy',
      'update_url',
    ]) {
      expect(manifest[key], key).toBeUndefined();
    }
    expect(manifest.content_scripts).toHaveLength(1);
    expect(manifest.content_scripts[0].matches).toEqual(['http://*/*', 'https://*/*']);
  });

  it('catches a deliberate request from the service worker, an extension page and a web page (control)', async () => {
    const local = server.url('/control-from-worker');
    expect(await session.worker.evaluate((url) => fetch(url).then((answer) => answer.status), local)).toBe(404);
    const outside = ['http://leak.mekong-lens.invalid/from-worker', 'https://leak.mekong-lens.invalid/from-worker-tls'];
    for (const url of outside) await session.worker.evaluate((url) => fetch(url).catch(() => 'refused'), url);
    const options = await openExtensionPage(session, 'options.html', undefined, { width: 760, height: 900 });
    await options.evaluate(() => fetch('http://leak.mekong-lens.invalid/from-extension-page').catch(() => 'refused'));
    await options.close();
    const page = await session.context.newPage();
    await page.goto(server.url('/english.html'));
    await page.evaluate(() => fetch('http://leak.mekong-lens.invalid/from-web-page').catch(() => 'refused'));
    await page.close();

    await expect
      .poll(() => requests.filter((request) => request.from.startsWith('service worker')).map((r) => r.url))
      .toEqual(expect.arrayContaining([local, ...outside]));
    expect(requests.map((request) => request.url)).toEqual(
      expect.arrayContaining([
        'http://leak.mekong-lens.invalid/from-extension-page',
        'http://leak.mekong-lens.invalid/from-web-page',
      ]),
    );
    expect(proxy.records).toEqual(
      expect.arrayContaining([
        { method: 'GET', url: local },
        { method: 'GET', url: outside[0] },
        { method: 'CONNECT', url: 'leak.mekong-lens.invalid:443' },
        { method: 'GET', url: 'http://leak.mekong-lens.invalid/from-extension-page' },
        { method: 'GET', url: 'http://leak.mekong-lens.invalid/from-web-page' },
      ]),
    );
    const worker = `service worker ${session.worker.url()}`;
    expect(leaks()).toEqual(
      [
        `http://leak.mekong-lens.invalid/from-worker (from ${worker})`,
        `https://leak.mekong-lens.invalid/from-worker-tls (from ${worker})`,
        `http://leak.mekong-lens.invalid/from-extension-page (from page ${session.extensionUrl('options.html')})`,
        `http://leak.mekong-lens.invalid/from-web-page (from page ${server.url('/english.html')})`,
        'GET http://leak.mekong-lens.invalid/from-worker (through the proxy)',
        'CONNECT leak.mekong-lens.invalid:443 (through the proxy)',
        'GET http://leak.mekong-lens.invalid/from-extension-page (through the proxy)',
        'GET http://leak.mekong-lens.invalid/from-web-page (through the proxy)',
      ].sort(),
    );
    requests.length = 0;
    proxy.records.length = 0;
  });

  it('sends nothing off the machine while annotating pages and being used from every page of its own', async () => {
    // Every seed article, annotated; cards of a person, a place and a figure opened by hovering.
    const pages: Page[] = [];
    for (const file of SEEDS) pages.push(await openSeed(file));
    const [first, second] = pages as [Page, Page];
    await first.bringToFront();
    await hoverFirst(first, 'person');
    await hoverFirst(first, 'organization');
    await second.bringToFront();
    await hoverFirst(second, 'figure');
    const tabId = await tabIdOf(session, first);

    // The popup: search, and the page's state.
    const popup = await openExtensionPage(session, 'popup.html', tabId, { width: 380, height: 520 });
    await popup.getByRole('combobox').fill('pham minh chinh');
    await expect.poll(() => popup.getByRole('option').first().getAttribute('data-entity')).toBe('pham-minh-chinh');
    await expect.poll(() => popup.getByTestId('page-count').count()).toBe(1);
    await popup.close();

    // The side panel: the page's mentions, a lookup, a record, a note and a pin.
    const panel = await openExtensionPage(session, 'sidepanel.html', tabId, { width: 420, height: 1100 });
    await expect.poll(() => panel.locator('.ml-entity-row').count()).toBeGreaterThan(0);
    await panel.getByRole('tab', { name: 'Tra cứu' }).click();
    await panel.getByRole('combobox').fill('vung ang');
    await expect.poll(() => panel.getByRole('option').first().getAttribute('data-entity')).toBe('vung-ang');
    await panel.getByRole('combobox').press('Enter');
    await expect.poll(() => panel.locator('.ml-record').count()).toBe(1);
    await panel.getByLabel('Ghi chú của bạn').fill('Cảng nước sâu.');
    await panel.getByLabel('Ghi chú của bạn').blur();
    await expect.poll(() => panel.locator('.ml-note-state').innerText()).toBe('Đã lưu');
    await panel.close();

    // The options page: a setting, the notes exported, a fact pack imported.
    const options = await openExtensionPage(session, 'options.html', undefined, { width: 760, height: 1500 });
    await options.getByRole('radio', { name: /tối/i }).check();
    const download = options.waitForEvent('download');
    await options.getByRole('button', { name: 'Xuất ra tệp JSON' }).click();
    await download;
    const seed = bundledFactBase.seeds[0] as (typeof bundledFactBase.seeds)[number];
    const pack = {
      name: 'Gói riêng tư',
      seeds: [],
      metrics: [],
      entities: [
        { id: 'du-an-rieng-tu', kind: 'project', name: 'Dự án riêng tư Nậm Mô', aliases: [], summary: 'Thử.' },
      ],
      facts: [
        {
          id: 'du-an-rieng-tu-nhac-toi',
          about: ['du-an-rieng-tu'],
          text: 'Dự án được nhắc tới.',
          sources: [{ seed: seed.file, quote: 'Phạm Minh Chính', date: seed.date }],
        },
      ],
    };
    await options.getByTestId('import-pack').setInputFiles({
      name: 'goi.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(pack)),
    });
    await expect.poll(() => options.locator('.ml-report-ok').innerText()).toContain('Gói riêng tư');
    await options.close();

    // A page opened after the import is annotated with the new base; its card opens.
    const after = await openSeed(SEEDS[4]);
    await hoverFirst(after, 'person');
    for (const page of [...pages, after]) await page.close();

    // The recorders were on: they saw the articles and the extension's pages.
    const seen = requests.map((request) => request.url);
    for (const expected of [
      ...SEEDS.map((file) => server.url(`/seed/${file}.html`)),
      session.extensionUrl('popup.html'),
      session.extensionUrl('sidepanel.html'),
      session.extensionUrl('options.html'),
    ]) {
      expect(
        seen.some((url) => url.startsWith(expected)),
        expected,
      ).toBe(true);
    }
    expect(proxy.records.length).toBeGreaterThanOrEqual(SEEDS.length + 1);
    expect(leaks()).toEqual([]);
  });
});
