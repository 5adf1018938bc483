import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { bundledFactBase } from '../../shared/factbase/bundle.ts';
import type { FigureCard } from '../../shared/lookup/card.ts';
import type { ReadFigure } from '../../shared/notebook/readings.ts';
import { DatabaseOpenError, type MekongDatabase } from '../db/database.ts';
import { allEntries } from '../db/notebook.ts';
import { freshDatabase } from '../db/test-support.ts';
import type { RequestOf, Sender } from '../messaging/protocol.ts';
import { parseRequest } from '../messaging/schemas.ts';
import { listSites, saveSettings, setSiteEnabled } from '../settings/storage.ts';
import { senderPage } from './notebook.ts';
import { Store } from './store.ts';

const TRADE = 'thuong-mai-viet-nam-lao';
let db: MekongDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
  fakeBrowser.reset();
});

function started(): Store {
  db = freshDatabase();
  const database = db;
  return new Store({ bundle: bundledFactBase, open: () => database.open().then(() => database) });
}

const tab = (url: string, frameId = 0): Sender & { url: string } => ({ tab: { id: 3 }, frameId, url });
const figure = (value: number, extra: Partial<ReadFigure> = {}): ReadFigure => ({
  text: `${value / 1e9} tỷ USD`,
  sentence: `Năm 2024, kim ngạch thương mại Việt - Lào đạt ${value / 1e9} tỷ USD.`,
  value,
  unit: 'USD',
  metric: TRADE,
  period: '2024',
  role: 'result',
  ...extra,
});
const report = (figures: ReadFigure[], title = 'Bài'): RequestOf<'notebook-record'> => ({
  type: 'notebook-record',
  title,
  date: '2025-02-10',
  figures,
});

describe('senderPage', () => {
  it("takes a tab's top frame's address, without its fragment", () => {
    expect(senderPage(tab('https://vnexpress.net/a?x=1#binh-luan'))?.href).toBe('https://vnexpress.net/a?x=1');
    expect(senderPage({ tab: { id: 1, url: 'https://a.vn/b' }, frameId: 0 })?.href).toBe('https://a.vn/b');
  });

  it('refuses a subframe, an extension page, and anything not http(s)', () => {
    expect(senderPage(tab('https://a.vn/b', 2))).toBeUndefined();
    expect(senderPage({ frameId: 0, url: 'https://a.vn/b' })).toBeUndefined();
    expect(senderPage(tab('file:///etc/passwd'))).toBeUndefined();
    expect(senderPage(tab('chrome-extension://abc/sidepanel.html'))).toBeUndefined();
  });
});

describe('recording', () => {
  it("takes no address from the message: a page's report names none", () => {
    const request = parseRequest({ ...report([figure(2e9)]), url: 'https://elsewhere.vn/' });
    expect(request).toBeDefined();
    expect(request && 'url' in request).toBe(false);
    expect(parseRequest({ ...report([figure(2e9, { value: Number.POSITIVE_INFINITY })]) })).toBeUndefined();
  });

  it("stores a page's figures under the sender's address, once however often the page is read", async () => {
    const store = started();
    expect(await store.notebook.record(report([figure(2.2e9)]), tab('https://vnexpress.net/a#top'))).toEqual({
      ok: true,
      added: 1,
    });
    expect(await store.notebook.record(report([figure(2.2e9)]), tab('https://vnexpress.net/a'))).toEqual({
      ok: true,
      added: 0,
    });
    expect(await allEntries(db as MekongDatabase)).toMatchObject([
      { url: 'https://vnexpress.net/a', host: 'vnexpress.net', title: 'Bài', date: '2025-02-10', value: 2.2e9 },
    ]);
  });

  it('keeps only metrics of the fact base', async () => {
    const store = started();
    await store.notebook.record(report([figure(1e9, { metric: 'made-up' }), figure(2e9)]), tab('https://a.vn/x'));
    expect((await allEntries(db as MekongDatabase)).map((entry) => entry.metric)).toEqual([TRADE]);
  });

  it('records nothing from a subframe, while paused, or on a site switched off', async () => {
    const store = started();
    expect((await store.notebook.record(report([figure(2e9)]), tab('https://a.vn/x', 1))).ok).toBe(false);
    await saveSettings({ notebookPaused: true });
    expect((await store.pageConfig('a.vn')).notebook).toBe(false);
    expect((await store.notebook.record(report([figure(2e9)]), tab('https://a.vn/x'))).ok).toBe(false);
    await saveSettings({ notebookPaused: false });
    expect((await store.pageConfig('a.vn')).notebook).toBe(true);
    await setSiteEnabled('a.vn', false);
    expect((await store.notebook.record(report([figure(2e9)]), tab('https://a.vn/x'))).ok).toBe(false);
    expect(await allEntries(db as MekongDatabase)).toEqual([]);
  });
});

describe("a figure's card", () => {
  const cardFor = async (store: Store, value: number, url: string) => {
    const card = await store.card(
      {
        type: 'card',
        entityId: TRADE,
        kind: 'figure',
        figure: { text: '2,2 tỷ USD', value, unit: 'USD', metric: TRADE, period: '2024', role: 'result', facts: [] },
      },
      tab(url),
    );
    return card?.type === 'figure' ? card.figure : undefined;
  };

  it('shows what other articles said for the same metric and period, the ones that disagree marked', async () => {
    const store = started();
    await store.notebook.record(report([figure(2.2e9)], 'A'), tab('https://vnexpress.net/a'));
    await store.notebook.record(report([figure(1.74e9, { qualifier: 'about' })], 'B'), tab('https://nhandan.vn/b'));
    await store.notebook.record(report([figure(1.7e9, { period: '2022' })], 'C'), tab('https://nhandan.vn/c'));
    await store.notebook.record(report([figure(2.2e9, { role: 'target' })], 'D'), tab('https://nhandan.vn/d'));
    const card = (await cardFor(store, 2.2e9, 'https://vnexpress.net/a')) as FigureCard;
    expect(card.read?.disagree).toBe(true);
    expect(card.read?.readings.map((reading) => [reading.title, reading.host, reading.disagrees])).toEqual([
      ['B', 'nhandan.vn', true],
    ]);
  });

  it('says nothing of the notebook when no other article gave that figure', async () => {
    const store = started();
    await store.notebook.record(report([figure(2.2e9)]), tab('https://vnexpress.net/a'));
    expect((await cardFor(store, 2.2e9, 'https://vnexpress.net/a'))?.read).toBeUndefined();
  });

  it('marks no disagreement when the other articles agree', async () => {
    const store = started();
    await store.notebook.record(report([figure(2.2e9, { qualifier: 'about' })]), tab('https://a.vn/1'));
    const card = await cardFor(store, 2.2e9, 'https://b.vn/2');
    expect(card?.read).toMatchObject({ disagree: false, readings: [{ host: 'a.vn', disagrees: false }] });
  });
});

describe("a metric's page", () => {
  it('puts the base beside the readings, groups where sources disagree first', async () => {
    const store = started();
    await store.notebook.record(
      report([figure(1.7e9, { period: '2022', qualifier: 'more-than' })]),
      tab('https://a.vn/1'),
    );
    await store.notebook.record(report([figure(2.2e9)]), tab('https://a.vn/2'));
    await store.notebook.record(report([figure(1.74e9, { qualifier: 'about' })]), tab('https://b.vn/3'));
    const page = await store.notebook.metricPage(TRADE);
    expect(page?.series.length).toBeGreaterThan(0);
    expect(page?.groups.map((group) => [group.period, group.disagree, group.readings.length])).toEqual([
      ['2024', true, 2],
      ['2022', false, 1],
    ]);
    const base2022 = page?.groups[1]?.facts ?? [];
    expect(base2022.length).toBeGreaterThan(0);
    expect(base2022.every((fact) => !fact.disagrees)).toBe(true);
    expect(await store.notebook.metricPage('made-up')).toBeNull();
  });
});

describe('the notebook view and its files', () => {
  it('exports, clears and imports back the same entries', async () => {
    const store = started();
    await store.notebook.record(report([figure(2.2e9), figure(1.74e9)]), tab('https://a.vn/1'));
    const before = await allEntries(db as MekongDatabase);
    const file = await store.notebook.export('json');
    expect(file.mime).toBe('application/json');
    const csv = await store.notebook.export('csv');
    expect(csv.text.split('\r\n').filter(Boolean)).toHaveLength(3);
    expect(await store.notebook.clear()).toEqual({ ok: true });
    expect((await store.notebook.list({})).count).toBe(0);
    expect(await store.notebook.import(JSON.parse(file.text))).toEqual({ ok: true, added: { entries: 2 } });
    expect(await allEntries(db as MekongDatabase)).toEqual(before);
  });

  it('refuses a bad file and changes nothing', async () => {
    const store = started();
    await store.notebook.record(report([figure(2.2e9)]), tab('https://a.vn/1'));
    const answer = await store.notebook.import({ format: 'mekong-lens-notebook', version: 1, entries: [{}] });
    expect(answer.ok).toBe(false);
    expect((await store.notebook.list({})).count).toBe(1);
  });

  it('lists entries with the metrics they are of, searched and filtered, and removes some', async () => {
    const store = started();
    await store.notebook.record(report([figure(2.2e9)], 'Kỷ lục thương mại'), tab('https://a.vn/1'));
    await store.notebook.record(report([figure(1.7e9, { period: '2022' })], 'Khác'), tab('https://b.vn/2'));
    const list = await store.notebook.list({ query: 'ky luc' });
    expect(list).toMatchObject({ available: true, paused: false, total: 1, count: 2 });
    expect(list.metrics).toEqual([
      { id: TRADE, name: expect.stringContaining('thương mại'), periods: ['2024', '2022'], count: 2 },
    ]);
    await store.notebook.remove(list.entries.map((entry) => entry.id));
    expect((await store.notebook.list({ metric: TRADE, period: '2022' })).entries.map((e) => e.host)).toEqual(['b.vn']);
  });
});

describe('without a database', () => {
  it('records nothing, says so, and still answers cards and metric pages from the base', async () => {
    const store = new Store({
      bundle: bundledFactBase,
      open: async () => {
        throw new DatabaseOpenError('cannot open the database "mekong-lens" (QuotaExceededError)');
      },
    });
    expect(await store.notebook.record(report([figure(2e9)]), tab('https://a.vn/x'))).toEqual({ ok: false, added: 0 });
    expect(await store.notebook.list({})).toMatchObject({ available: false, count: 0, entries: [] });
    expect((await store.notebook.metricPage(TRADE))?.series.length).toBeGreaterThan(0);
    expect((await store.notebook.import({ format: 'mekong-lens-notebook', version: 1, entries: [] })).ok).toBe(false);
  });
});
