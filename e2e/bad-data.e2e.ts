/**
 * Bad data, as a reader meets it: fact packs that are not JSON, have the wrong shape or are too large are refused
 * in the options page with a clear message and the database unchanged; a pack with markup or script in every
 * string is shown as inert text in the options page, the popup, the side panel and a page's card; and a database
 * that cannot be upgraded leaves the extension working from the bundle, with every page of it saying so.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundledFactBase } from '../shared/factbase/bundle.ts';
import { databaseSnapshot, holdOldDatabase } from './support/database.ts';
import { askBackground, type ExtensionSession, launchWithExtension, pageMentions } from './support/extension.ts';
import { HOSTILE, hostileNewsPage, hostilePack, PAYLOADS } from './support/hostile-pack.ts';
import { startServer, type TestServer } from './support/server.ts';
import { openExtensionPage, tabIdOf } from './support/ui.ts';

const OPTIONS = { width: 760, height: 1500 };
const PANEL = { width: 420, height: 1100 };

let session: ExtensionSession;
let server: TestServer;
const dialogs: string[] = [];

beforeAll(async () => {
  server = await startServer();
  session = await launchWithExtension();
  session.context.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await session.context.route(server.url('/hostile.html'), (route) =>
    route.fulfill({ contentType: 'text/html; charset=utf-8', body: hostileNewsPage() }),
  );
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

/**
 * What markup made it into the DOM under `selector` (a shadow host's root when `shadow`): elements that can load or
 * run something, event-handler attributes, `javascript:` values. Empty when everything is text.
 */
function liveMarkup(page: Page, selector: string, shadow = false): Promise<string[]> {
  return page.evaluate(
    ([selector, shadow]) => {
      const host = document.querySelector(selector as string);
      const root = shadow ? host?.shadowRoot : host;
      if (!root) throw new Error(`nothing at ${selector}`);
      const found: string[] = [];
      for (const element of root.querySelectorAll('*')) {
        if (['img', 'script', 'iframe', 'object', 'embed', 'frame', 'link', 'meta', 'base'].includes(element.localName))
          found.push(`<${element.localName}>`);
        if (element.localName === 'svg' && !element.classList.contains('ml-chart')) found.push('<svg>');
        for (const attribute of element.attributes) {
          if (attribute.name.startsWith('on')) found.push(`${element.localName}[${attribute.name}]`);
          if (/^\s*javascript:/i.test(attribute.value))
            found.push(`${element.localName}[${attribute.name}=javascript:]`);
        }
      }
      return found;
    },
    [selector, shadow] as const,
  );
}

async function upload(options: Page, name: string, content: string | Buffer): Promise<void> {
  await options.getByTestId('import-pack').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof content === 'string' ? Buffer.from(content) : content,
  });
}

const reportText = (options: Page) => options.locator('.ml-report').innerText();

describe('fact packs that are not usable', () => {
  it('are refused with a message that says what is wrong, and leave the database as it was', async () => {
    const options = await openExtensionPage(session, 'options.html', undefined, OPTIONS);
    // The options page reads the database's state when it opens: wait for the database, then reload.
    await expect
      .poll(() => askBackground(options, { type: 'status' }), { timeout: 20_000 })
      .toMatchObject({ database: 'ready' });
    await options.reload();
    await expect.poll(() => options.getByTestId('db-state').innerText()).toBe('sẵn sàng');
    const status = await askBackground(options, { type: 'status' });
    const before = await databaseSnapshot(options);
    expect(before.packs).toEqual([]);

    // (a) not JSON
    await upload(options, 'hong.json', '{"seeds": [');
    await expect.poll(() => reportText(options)).toMatch(/^Tệp không phải JSON: /);

    // (b) the wrong shape: every problem with its place in the file
    await upload(options, 'sai.json', JSON.stringify({ entities: [{ id: 'Not A Slug', kind: 'planet' }] }));
    await expect.poll(() => reportText(options)).toContain('Tệp không hợp lệ, không có gì thay đổi');
    const problems = await options.locator('.ml-report-error li code').allInnerTexts();
    expect(problems).toEqual(expect.arrayContaining(['seeds', 'metrics', 'facts', 'entities.0.id', 'entities.0.kind']));

    // (c) too large: refused by its size before it is read, so the size is the message even for a file that is
    // not JSON at all; and the background refuses a pack too large that reaches it by message.
    await upload(options, 'lon.json', Buffer.alloc(6 * 1024 * 1024, 'x'));
    await expect
      .poll(() => reportText(options))
      .toBe('Tệp nặng 6 MB, quá giới hạn 5 MB của một gói dữ kiện: tệp không được đọc, không có gì thay đổi.');
    const bySize = await askBackground(options, {
      type: 'import-fact-pack',
      data: {
        seeds: [],
        metrics: [],
        facts: [],
        entities: [
          { id: 'qua-lon', kind: 'place', name: 'Quá lớn', aliases: [], summary: 'x'.repeat(6 * 1024 * 1024) },
        ],
      },
    });
    expect(bySize).toEqual({
      ok: false,
      errors: [{ path: '', message: 'Gói nặng 6 MB, quá giới hạn 5 MB; gói không được kiểm tra tiếp.' }],
    });

    // (d) markup in a refused pack comes back in the message as text
    const citing = hostilePack();
    (citing.facts[0]?.sources[0] as { seed: string }).seed = PAYLOADS.img;
    await upload(options, 'doc.json', JSON.stringify(citing));
    await expect.poll(() => reportText(options)).toContain(`Không có bài "${PAYLOADS.img}" trong danh sách bài nguồn.`);
    expect(await liveMarkup(options, '#app')).toEqual([]);

    expect(await askBackground(options, { type: 'status' })).toEqual(status);
    expect(await databaseSnapshot(options)).toEqual(before);
    expect(dialogs).toEqual([]);
    await options.close();
  });
});

describe('a fact pack with markup or script in every string', () => {
  it('is imported, and its strings show as text in the options page and the popup', async () => {
    const options = await openExtensionPage(session, 'options.html', undefined, OPTIONS);
    await expect.poll(() => options.getByTestId('db-state').innerText()).toBe('sẵn sàng');
    await upload(options, 'goi-doc.json', JSON.stringify(hostilePack()));
    await expect
      .poll(() => options.locator('.ml-report-ok').innerText())
      .toContain(`Đã thêm gói “${HOSTILE.packName}”: 2 thực thể, 2 dữ kiện, 1 chỉ số.`);
    await expect.poll(() => options.locator('.ml-sites li').first().innerText()).toContain(HOSTILE.packName);
    expect(await liveMarkup(options, '#app')).toEqual([]);
    await options.close();

    const popup = await openExtensionPage(session, 'popup.html', undefined, { width: 380, height: 520 });
    await popup.getByRole('combobox').fill('cau thu nghiem se pon');
    const first = popup.getByRole('option').first();
    await expect.poll(() => first.getAttribute('data-entity')).toBe(HOSTILE.project.id);
    expect(await first.locator('.ml-option-name').innerText()).toBe(HOSTILE.project.name);
    expect(await liveMarkup(popup, '#app')).toEqual([]);
    await popup.close();
    expect(dialogs).toEqual([]);
  });

  it('shows as text on a page’s card and in the side panel’s record, and nothing runs', async () => {
    const page = await session.context.newPage();
    await page.goto(server.url('/hostile.html'));
    await expect
      .poll(() => pageMentions(session, page).then((answer) => answer.mentions.map((mention) => mention.entity.id)))
      .toEqual(expect.arrayContaining([HOSTILE.project.id, HOSTILE.person.id, 'pham-minh-chinh']));
    const { mentions } = await pageMentions(session, page);
    expect(mentions.find((mention) => mention.entity.id === HOSTILE.project.id)?.entity.name).toBe(
      HOSTILE.project.name,
    );

    const card = page.locator('mekong-lens-card .ml-card');
    for (const [kind, name] of [
      ['project', HOSTILE.project.name],
      ['person', HOSTILE.person.name],
    ] as const) {
      const point = await page.evaluate((kind) => {
        const range = [...((CSS.highlights.get(`ml-${kind}`) ?? new Set()) as Set<Range>)][0] as Range;
        const rect = range.getClientRects()[0] as DOMRect;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }, kind);
      await page.mouse.move(point.x, point.y);
      await expect.poll(() => card.locator('.ml-name').innerText()).toBe(name);
      expect(await liveMarkup(page, 'mekong-lens-card', true)).toEqual([]);
      if (kind === 'person') expect(await card.locator('.ml-role').innerText()).toContain(`Giám đốc ${PAYLOADS.img}`);
      else expect(await card.locator('.ml-summary').innerText()).toContain(PAYLOADS.img);
      await page.keyboard.press('Escape');
      await expect.poll(() => card.count()).toBe(0);
    }
    // The page itself gained nothing but the card's host.
    expect(await page.evaluate(() => document.querySelectorAll('img, script, iframe, svg').length)).toBe(0);

    const tabId = await tabIdOf(session, page);
    for (const { id, name } of [HOSTILE.project, HOSTILE.person]) {
      const panel = await openExtensionPage(session, 'sidepanel.html', tabId, PANEL);
      await expect.poll(() => panel.locator(`.ml-entity-row[data-entity="${id}"]`).innerText()).toContain(name);
      await panel.locator(`.ml-entity-row[data-entity="${id}"] .ml-open`).click();
      await expect.poll(() => panel.locator('.ml-record .ml-name').innerText()).toBe(name);
      expect(await liveMarkup(panel, '#app')).toEqual([]);
      await panel.close();
    }
    const panel = await openExtensionPage(session, 'sidepanel.html', tabId, PANEL);
    await panel.getByRole('tab', { name: 'Tra cứu' }).click();
    await panel.getByRole('combobox').fill('cau thu nghiem se pon');
    await expect.poll(() => panel.getByRole('option').first().getAttribute('data-entity')).toBe(HOSTILE.project.id);
    await panel.getByRole('combobox').press('Enter');
    const record = panel.locator('.ml-record');
    await expect.poll(() => record.locator('.ml-name').innerText()).toBe(HOSTILE.project.name);
    const text = await record.innerText();
    for (const shown of [
      `Cầu được khởi công ${PAYLOADS.img} ${PAYLOADS.iframe}`,
      `Vốn của cầu ${PAYLOADS.script}`,
      PAYLOADS.entity,
      PAYLOADS.url,
    ]) {
      expect(text).toContain(shown);
    }
    expect(await liveMarkup(panel, '#app')).toEqual([]);
    await panel.close();
    await page.close();
    expect(dialogs).toEqual([]);
  });
});

describe('a database that cannot be upgraded', () => {
  let broken: ExtensionSession;

  beforeAll(async () => {
    broken = await launchWithExtension();
  });
  afterAll(async () => {
    await broken?.close();
  });

  it('leaves the extension working from the bundle, and the popup, side panel and options page say so', async () => {
    // Let the first start seed the database; then, from an extension page that sends no more messages, stop the
    // service worker and put an old version of the database in its place, held open.
    const holder = await openExtensionPage(broken, 'options.html', undefined, OPTIONS);
    await expect
      .poll(() => askBackground(holder, { type: 'status' }), { timeout: 20_000 })
      .toMatchObject({ database: 'ready' });
    const cdp = await broken.context.newCDPSession(holder);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await holdOldDatabase(holder);
    expect((await holder.evaluate(() => indexedDB.databases())).find((db) => db.name === 'mekong-lens')).toEqual({
      name: 'mekong-lens',
      version: 10,
    });

    const notice =
      /^Không mở được cơ sở dữ liệu của trình duyệt: ghi chú và cài đặt sẽ mất khi đóng trình duyệt\. \(.*upgrade blocked.*\)$/;
    const popup = await openExtensionPage(broken, 'popup.html', undefined, { width: 380, height: 520 });
    await expect.poll(() => popup.locator('.ml-notice').innerText(), { timeout: 20_000 }).toMatch(notice);
    await popup.getByRole('combobox').fill('pham minh chinh');
    await expect.poll(() => popup.getByRole('option').first().getAttribute('data-entity')).toBe('pham-minh-chinh');
    await popup.close();

    const article = await broken.context.newPage();
    await article.goto(server.url(`/seed/${bundledFactBase.seeds[0]?.file}.html`));
    await expect
      .poll(() =>
        pageMentions(broken, article)
          .then((answer) => answer.mentions.length)
          .catch(() => 0),
      )
      .toBeGreaterThan(0);

    const panel = await openExtensionPage(broken, 'sidepanel.html', await tabIdOf(broken, article), PANEL);
    await expect.poll(() => panel.locator('.ml-notice').innerText()).toMatch(notice);
    await expect.poll(() => panel.locator('.ml-entity-row').count()).toBeGreaterThan(0);
    await panel.close();

    const options = await openExtensionPage(broken, 'options.html', undefined, OPTIONS);
    await expect.poll(() => options.locator('.ml-notice').innerText()).toMatch(notice);
    expect(await options.getByTestId('db-state').innerText()).toMatch(/^không dùng được \(/);
    await options.close();
    await article.close();
    await holder.close();
  });
});

describe('packs and files that once broke things (reviews/2026-11-hostile.md, 3 and 4)', () => {
  /** The test pack of the unit tests, its project renamed: any id, name and aliases. */
  const packWith = (id: string, name: string, aliases: string[]) => {
    const seed = bundledFactBase.seeds[0] as { file: string; date: string };
    return {
      name: `Gói ${id}`,
      seeds: [],
      metrics: [],
      entities: [{ id, kind: 'project', name, aliases, summary: 'Một dự án chỉ có trong gói thử.' }],
      facts: [
        {
          id: `${id}-fact`,
          about: [id, 'pham-minh-chinh'],
          text: 'Dự án được nhắc tới trong bài.',
          sources: [{ seed: seed.file, quote: 'Phạm Minh Chính', date: seed.date }],
        },
      ],
    };
  };

  it('takes an entity "constructor" with an alias "Constructor": the database stays ready, its card and record work, on a page too', async () => {
    const options = await openExtensionPage(session, 'options.html', undefined, OPTIONS);
    await expect.poll(() => options.getByTestId('db-state').innerText(), { timeout: 20_000 }).toBe('sẵn sàng');
    await upload(
      options,
      'constructor.json',
      JSON.stringify(packWith('constructor', 'Dự án Constructor', ['Constructor'])),
    );
    await expect.poll(() => options.locator('.ml-report-ok').innerText()).toContain('Đã thêm gói');
    await expect.poll(() => askBackground(options, { type: 'status' })).toMatchObject({ database: 'ready' });
    const status = await askBackground(options, { type: 'status' });
    expect(status.message).toBeUndefined();
    expect(await askBackground(options, { type: 'lookup', id: 'constructor' })).toMatchObject({
      entity: { name: 'Dự án Constructor' },
    });

    await session.context.route(server.url('/constructor.html'), (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: '<!doctype html><html lang="vi"><body><article><p>Thủ tướng Phạm Minh Chính thăm dự án Constructor ở Viêng Chăn, nơi nhà thầu Constructor đang làm việc.</p></article></body></html>',
      }),
    );
    const page = await session.context.newPage();
    await page.goto(server.url('/constructor.html'));
    await expect
      .poll(() =>
        pageMentions(session, page)
          .then((answer) => answer.mentions.map((mention) => mention.entity.id))
          .catch(() => []),
      )
      .toContain('constructor');
    const point = await page.evaluate(() => {
      const range = [...((CSS.highlights.get('ml-project') ?? new Set()) as Set<Range>)][0] as Range;
      const rect = range.getClientRects()[0] as DOMRect;
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.move(point.x, point.y);
    await expect.poll(() => page.locator('mekong-lens-card .ml-name').innerText()).toBe('Dự án Constructor');
    await page.close();

    // Removed again: the base and its status are the bundle's, with no message left over.
    await options.reload();
    await options.locator('.ml-sites li', { hasText: 'Gói constructor' }).getByRole('button').click();
    const statusNow = () => askBackground(options, { type: 'status' });
    await expect
      .poll(async () => (await statusNow()).packs.map((pack: { name: string }) => pack.name))
      .not.toContain('Gói constructor');
    await expect.poll(async () => (await statusNow()).database, { timeout: 20_000 }).toBe('ready');
    expect((await statusNow()).message).toBeUndefined();
    await options.close();
  });

  it('refuses aliases the bundled base may not have — function words, half a country’s name, punctuation — saying why', async () => {
    const options = await openExtensionPage(session, 'options.html', undefined, OPTIONS);
    await expect.poll(() => options.getByTestId('db-state').innerText(), { timeout: 20_000 }).toBe('sẵn sàng');
    const before = await databaseSnapshot(options);
    await upload(
      options,
      'tu-thuong.json',
      JSON.stringify(packWith('du-an-tu', 'Dự án Từ', ['và', 'của', 'Nam', ',', '.'])),
    );
    await expect.poll(() => reportText(options)).toContain('Tệp không hợp lệ, không có gì thay đổi');
    const problems = await options.locator('.ml-report-error li').allInnerTexts();
    expect(problems).toEqual([
      expect.stringMatching(/^entities\.0\.aliases\.0 Tên "và" là chức danh, từ thông dụng/),
      expect.stringMatching(/^entities\.0\.aliases\.1 Tên "của" là chức danh, từ thông dụng/),
      expect.stringMatching(/^entities\.0\.aliases\.2 Tên "Nam" là chức danh, từ thông dụng hoặc nửa tên một nước/),
      expect.stringMatching(/^entities\.0\.aliases\.3 Tên "," quá ngắn/),
      expect.stringMatching(/^entities\.0\.aliases\.4 Tên "\." quá ngắn/),
    ]);
    expect(await databaseSnapshot(options)).toEqual(before);
    await options.close();
  });

  it('refuses a pack nested 5,000 deep and a notes file too large for a message, with a report within a second', async () => {
    const options = await openExtensionPage(session, 'options.html', undefined, OPTIONS);
    await expect.poll(() => options.getByTestId('db-state').innerText(), { timeout: 20_000 }).toBe('sẵn sàng');
    const deep = `{"seeds":[],"metrics":[],"facts":[],"entities":[${'['.repeat(5000)}${']'.repeat(5000)}]}`;
    expect(deep.length).toBeLessThan(11_000);
    await upload(options, 'sau.json', deep);
    await expect
      .poll(() => reportText(options), { timeout: 1000, interval: 50 })
      .toMatch(/^Tệp lồng sâu \d+\+ tầng, quá giới hạn 32: không có gì thay đổi\.$/);

    const notes = Buffer.alloc(33 * 1024 * 1024, ' ');
    await options
      .getByTestId('import-notes')
      .setInputFiles({ name: 'ghi-chu.json', mimeType: 'application/json', buffer: notes });
    await expect
      .poll(() => options.locator('.ml-report', { hasText: 'tệp ghi chú' }).innerText(), {
        timeout: 1000,
        interval: 50,
      })
      .toBe('Tệp nặng 33 MB, quá giới hạn 32 MB của một tệp ghi chú: tệp không được đọc, không có gì thay đổi.');
    expect(dialogs).toEqual([]);
    await options.close();
  });
});
