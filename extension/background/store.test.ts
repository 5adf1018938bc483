import 'fake-indexeddb/auto';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { type BundledFactBase, bundledFactBase } from '../../shared/factbase/bundle.ts';
import type { FactBase } from '../../shared/factbase/schema.ts';
import { decodeAnnotatorState, restoreAnnotator } from '../../shared/text/annotate.ts';
import {
  annotatorCache,
  DatabaseOpenError,
  legacySettingsRow,
  type MekongDatabase,
  openDatabase,
} from '../db/database.ts';
import { freshDatabase } from '../db/test-support.ts';
import { listSites, saveSettings, setSiteEnabled } from '../settings/storage.ts';
import { Store } from './store.ts';
import { testPack } from './test-pack.ts';

let db: MekongDatabase | undefined;
afterEach(async () => {
  await db?.delete();
  db = undefined;
  fakeBrowser.reset();
});

/** A store over a fresh database, or (`reuse`) over the last test database, as a restarted background. */
async function started(bundle: BundledFactBase = bundledFactBase, { reuse = false } = {}): Promise<Store> {
  db = reuse ? db : freshDatabase();
  const database = db as MekongDatabase;
  const store = new Store({ bundle, open: () => database.open().then(() => database) });
  await store.opened;
  return store;
}

const pack = testPack;
const SEED = bundledFactBase.seeds[0] as FactBase['seeds'][number];

describe('the store', () => {
  it('opens the database, reports it ready, and answers cards and the annotator from the base in memory', async () => {
    const store = await started();
    expect(await store.status()).toMatchObject({ database: 'ready', version: bundledFactBase.version });
    const card = await store.card({ type: 'card', entityId: 'to-lam', kind: 'person' });
    expect(card?.type).toBe('entity');
    const annotator = restoreAnnotator(decodeAnnotatorState(await store.annotatorState()));
    expect(annotator.annotate('Thủ tướng Phạm Minh Chính').map((mention) => mention.entity.id)).toEqual([
      'pham-minh-chinh',
    ]);
    // A start writes no copy of the base: the compiled annotator's row is all the database gains.
    const database = db as MekongDatabase;
    await expect.poll(() => database.table('meta').toCollection().primaryKeys()).toEqual(['annotator']);
    for (const table of database.tables) if (table.name !== 'meta') expect(await table.count()).toBe(0);
  });

  it('keeps the compiled annotator for the next start of the worker, for its fact base only, until an update', async () => {
    let store = await started();
    const state = await store.annotatorState();
    await expect
      .poll(() => annotatorCache(db as MekongDatabase).get('annotator'))
      .toEqual({
        key: 'annotator',
        version: bundledFactBase.version,
        state,
      });
    // A restarted worker answers from the row: a marked row proves it did not compile again.
    await annotatorCache(db as MekongDatabase).put({
      key: 'annotator',
      version: bundledFactBase.version,
      state: 'kept',
    });
    (db as MekongDatabase).close();
    store = await started(bundledFactBase, { reuse: true });
    expect(await store.annotatorState()).toBe('kept');
    // Another fact base (a pack imported) compiles its own.
    expect(await store.importPack(pack(), 'pack.json')).toMatchObject({ ok: true });
    expect(store.currentBase().version).not.toBe(bundledFactBase.version);
    expect(await store.annotatorState()).not.toBe('kept');
    // An installed or updated extension compiles afresh.
    await annotatorCache(db as MekongDatabase).put({
      key: 'annotator',
      version: store.currentBase().version,
      state: 'old',
    });
    await store.forgetCompiledAnnotator();
    expect(await store.annotatorState()).not.toBe('old');
  });

  it('keeps notes, pins, settings and site choices across a new fact-base version', async () => {
    let store = await started();
    await store.setNote('pham-minh-chinh', 'Gặp Thủ tướng Lào nhiều lần.');
    await store.setPin('pham-minh-chinh', true);
    await saveSettings({ theme: 'dark', kinds: ['person'] });
    await setSiteEnabled('nhandan.vn', false);
    (db as MekongDatabase).close();

    store = await started({ ...bundledFactBase, version: 'next-version' }, { reuse: true });
    expect((await store.status()).version).toBe('next-version');
    const record = await store.lookup('pham-minh-chinh');
    expect(record?.note?.text).toBe('Gặp Thủ tướng Lào nhiều lần.');
    expect(record?.pinned).toBe(true);
    expect(await store.settings()).toMatchObject({ theme: 'dark', kinds: ['person'] });
    expect((await store.pageConfig('nhandan.vn')).enabled).toBe(false);
  });

  it('moves the settings and site choices an older version kept in the database to storage.local, once', async () => {
    db = freshDatabase();
    await db.open();
    // As the upgrade to schema 5 sets them aside (migrations.test.ts shows it does).
    await legacySettingsRow(db).put({
      key: 'legacySettings',
      settings: [
        { key: 'language', value: 'en' },
        { key: 'enabled', value: true },
      ],
      sites: [{ hostname: 'nhandan.vn', enabled: false, updatedAt: 1 }],
    });
    db.close();
    const store = await started(bundledFactBase, { reuse: true });
    expect(await store.settings()).toMatchObject({ language: 'en' });
    expect((await store.pageConfig('nhandan.vn')).enabled).toBe(false);
    expect(await legacySettingsRow(db).get('legacySettings')).toBeUndefined();
  });

  it('falls back to the bundle and memory when the database cannot open, and says so', async () => {
    const store = new Store({
      bundle: bundledFactBase,
      open: async () => {
        throw new DatabaseOpenError('cannot open the database "mekong-lens" (QuotaExceededError)');
      },
    });
    await store.opened;
    expect(await store.status()).toMatchObject({ database: 'unavailable', message: expect.stringMatching(/Quota/) });
    await store.setNote('to-lam', 'ghi chú');
    expect((await store.lookup('to-lam'))?.note?.text).toBe('ghi chú');
    expect((await store.searchEntities()).length).toBe(bundledFactBase.entities.length);
  });
});

describe('page configuration', () => {
  it('highlights everywhere except the sites switched off, and forgets choices that repeat the default', async () => {
    const store = await started();
    expect(await store.pageConfig('vnexpress.net')).toMatchObject({ enabled: true, mode: 'all', accentless: true });
    expect(await setSiteEnabled('vnexpress.net', false)).toMatchObject({ enabled: false, choice: false });
    expect((await store.pageConfig('VNExpress.net')).enabled).toBe(false);
    expect(await setSiteEnabled('vnexpress.net', true)).toMatchObject({ enabled: true });
    expect(await listSites()).toEqual([]);
  });

  it('highlights only the listed sites in only-listed mode, and nowhere when switched off globally', async () => {
    const store = await started();
    await saveSettings({ siteMode: 'only-listed', mode: 'first', accentless: false });
    await setSiteEnabled('nhandan.vn', true);
    expect(await store.pageConfig('nhandan.vn')).toMatchObject({ enabled: true, mode: 'first', accentless: false });
    expect((await store.pageConfig('tuoitre.vn')).enabled).toBe(false);
    await saveSettings({ enabled: false });
    expect((await store.pageConfig('nhandan.vn')).enabled).toBe(false);
  });
});

describe('the side panel record', () => {
  it('gives a person’s roles, every fact with its sources, related entities and the events on a timeline', async () => {
    const store = await started();
    const record = await store.lookup('pham-minh-chinh');
    expect(record?.entity.roles.length).toBeGreaterThan(0);
    expect(record?.entity.facts.every((fact) => fact.sources.length > 0)).toBe(true);
    expect(record?.entity.related.length).toBeGreaterThan(0);
    expect(record?.timeline.length).toBeGreaterThan(0);
    const dates = record?.timeline.map((item) => item.date) ?? [];
    expect(dates).toEqual([...dates].sort());
    expect(record?.pinned).toBe(false);
  });

  it('gives the series of every metric an entity’s figures belong to', async () => {
    const store = await started();
    const withFigure = bundledFactBase.facts.find((fact) => fact.figure)?.about[0] as string;
    const record = await store.lookup(withFigure);
    expect(record?.figures.length).toBeGreaterThan(0);
    expect(record?.figures[0]?.series.length).toBeGreaterThan(0);
  });

  it('knows no record for an unknown id', async () => {
    expect(await (await started()).lookup('khong-co')).toBeNull();
  });
});

describe('fact packs', () => {
  it('refuses a file that is not a fact base, saying where, and changes nothing', async () => {
    const store = await started();
    const report = await store.importPack({ entities: [{ id: 'Not A Slug' }] });
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.errors.map((error) => error.path)).toEqual(expect.arrayContaining(['seeds', 'entities.0.id']));
    expect((await store.status()).packs).toEqual([]);
  });

  it('refuses a pack whose fact names an unknown entity or cites an article at the wrong date', async () => {
    const store = await started();
    const bad = pack();
    bad.facts[0] = {
      ...(bad.facts[0] as FactBase['facts'][number]),
      about: ['du-an-thu-nghiem', 'khong-ai-ca'],
      sources: [{ seed: SEED.file, quote: 'Phạm Minh Chính', date: '1999-01-01' }],
    };
    const report = await store.importPack(bad);
    expect(report).toMatchObject({
      ok: false,
      errors: [
        { path: 'facts.0.about.1', message: 'Không có thực thể "khong-ai-ca".' },
        { path: 'facts.0.sources.0.date' },
      ],
    });
    expect((await store.searchEntities()).some((entity) => entity.id === 'du-an-thu-nghiem')).toBe(false);
  });

  it('refuses a pack that reuses an id or a name already in the base', async () => {
    const store = await started();
    const clash = pack();
    clash.entities.push({ id: 'to-lam', kind: 'person', name: 'Tô Lâm', aliases: [], summary: 'x' });
    const report = await store.importPack(clash);
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.errors.map((error) => error.path)).toContain('entities.1.id');
  });

  it('adds a valid pack: its entities are searched and looked up, also after a restart; it can be removed again', async () => {
    const store = await started();
    const report = await store.importPack(pack(), 'goi.json');
    expect(report).toEqual({ ok: true, added: { entities: 1, facts: 1, metrics: 0 }, name: 'Gói thử' });
    const status = await store.status();
    expect(status.packs).toMatchObject([{ name: 'Gói thử', entities: 1, facts: 1 }]);
    expect(status.version).not.toBe(bundledFactBase.version);
    expect((await store.lookup('pham-minh-chinh'))?.entity.facts.map((fact) => fact.id)).toContain(
      'du-an-thu-nghiem-khoi-cong',
    );
    expect(await store.importPack(pack())).toMatchObject({ ok: false });
    // A restarted worker reads the pack back from the database and lays it over the bundle again.
    const restarted = new Store({ bundle: bundledFactBase, open: async () => db as MekongDatabase });
    expect((await restarted.status()).version).toBe(status.version);
    expect((await restarted.searchEntities()).some((entity) => entity.id === 'du-an-thu-nghiem')).toBe(true);

    expect(await store.removePack(status.packs[0]?.id as string)).toBe(true);
    expect((await store.status()).version).toBe(bundledFactBase.version);
    expect(await (db as MekongDatabase).packs.count()).toBe(0);
    expect((await store.searchEntities()).some((entity) => entity.id === 'du-an-thu-nghiem')).toBe(false);
  });
});

describe('notes files', () => {
  it('exports notes and pins, and imports them into another profile', async () => {
    const first = await started();
    await first.setNote('to-lam', 'Tổng Bí thư từ 8/2024.');
    await first.setPin('cang-vung-ang', true);
    const file = await first.exportNotes();
    expect(file).toMatchObject({ format: 'mekong-lens-notes', version: 1, pins: [{ entityId: 'cang-vung-ang' }] });
    await db?.delete();

    const second = await started();
    expect(await second.importNotes(JSON.parse(JSON.stringify(file)))).toEqual({
      ok: true,
      added: { notes: 1, updated: 0, unchanged: 0, pins: 1 },
    });
    expect((await second.lookup('to-lam'))?.note?.text).toBe('Tổng Bí thư từ 8/2024.');
    expect(await second.importNotes(file)).toMatchObject({ added: { notes: 0, unchanged: 1, pins: 0 } });
  });

  it('refuses a file that is not a notes file, saying where, and changes nothing', async () => {
    const store = await started();
    const report = await store.importNotes({
      format: 'mekong-lens-notes',
      version: 1,
      notes: [{ entityId: 'to-lam' }],
    });
    expect(report.ok).toBe(false);
    if (report.ok) return;
    expect(report.errors.map((error) => error.path)).toContain('notes.0.text');
    expect((await store.lookup('to-lam'))?.note).toBeUndefined();
  });
});

/** An IndexedDB whose every open fails with the given DOMException, as Chromium reports quota or corruption. */
function failingIndexedDB(name: string, message: string): IDBFactory {
  return {
    open() {
      const request = { error: new DOMException(message, name) } as Record<string, unknown>;
      setTimeout(() => {
        const onerror = request.onerror as ((event: unknown) => void) | undefined;
        onerror?.({ target: request, type: 'error', preventDefault() {}, stopPropagation() {} });
      });
      return request;
    },
  } as unknown as IDBFactory;
}

/** A raw connection to `name` at the first schema version that ignores requests to close: upgrades wait for it. */
async function holdOldVersion(name: string): Promise<IDBDatabase> {
  const old = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name, 10); // Dexie's version 1 is IndexedDB's 10
    request.onupgradeneeded = () => request.result.createObjectStore('notes', { keyPath: 'entityId' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  old.onversionchange = () => undefined;
  held.push(old);
  return old;
}

const held: IDBDatabase[] = [];
afterAll(() => {
  for (const connection of held) connection.close();
});

describe('a database that fails', () => {
  const FAILURES: Array<[string, () => Promise<MekongDatabase>, RegExp]> = [
    [
      'to open: the disk is full (QuotaExceededError)',
      () => openDatabase({ name: 'quota', indexedDB: failingIndexedDB('QuotaExceededError', 'quota'), IDBKeyRange }),
      /QuotaExceededError/,
    ],
    [
      'to open: an unknown version on disk (VersionError)',
      () => openDatabase({ name: 'version', indexedDB: failingIndexedDB('VersionError', 'bad version'), IDBKeyRange }),
      /VersionError/,
    ],
    [
      'to open: its files are corrupted (UnknownError)',
      () =>
        openDatabase({
          name: 'corrupt',
          indexedDB: failingIndexedDB('UnknownError', 'Internal error opening backing store'),
          IDBKeyRange,
        }),
      /UnknownError: Internal error opening backing store/,
    ],
    [
      'to upgrade: another connection holds the old version and will not close',
      async () => {
        await holdOldVersion('mekong-lens-blocked');
        return openDatabase({ name: 'mekong-lens-blocked' });
      },
      /no answer after 0.3 s: an upgrade blocked/,
    ],
    [
      'to read once open: a record cannot be read (DataError)',
      async () => {
        const database = freshDatabase();
        await database.open();
        database.packs.toArray = (() =>
          Promise.reject(
            new DOMException('cannot read the record', 'DataError'),
          )) as unknown as typeof database.packs.toArray;
        return database;
      },
      /cannot read the record/,
    ],
  ];

  it.each(FAILURES)('%s: the store serves the bundle from memory and says why', async (_, open, reason) => {
    const store = new Store({ bundle: bundledFactBase, open, openTimeoutMs: 300 });
    await store.opened;
    expect(await store.status()).toMatchObject({
      database: 'unavailable',
      message: expect.stringMatching(reason),
      version: bundledFactBase.version,
      counts: { entities: bundledFactBase.entities.length, facts: bundledFactBase.facts.length },
    });
    expect(await store.card({ type: 'card', entityId: 'to-lam', kind: 'person' })).toMatchObject({
      type: 'entity',
      entity: { name: 'Tô Lâm' },
    });
    const annotator = restoreAnnotator(decodeAnnotatorState(await store.annotatorState()));
    expect(annotator.annotate('Thủ tướng Phạm Minh Chính').map((mention) => mention.entity.id)).toEqual([
      'pham-minh-chinh',
    ]);
    expect((await store.searchEntities()).length).toBe(bundledFactBase.entities.length);

    await saveSettings({ theme: 'dark' });
    await store.setNote('to-lam', 'ghi chú trong bộ nhớ');
    await store.setPin('to-lam', true);
    await setSiteEnabled('nhandan.vn', false);
    expect(await store.settings()).toMatchObject({ theme: 'dark' });
    expect(await store.lookup('to-lam')).toMatchObject({ note: { text: 'ghi chú trong bộ nhớ' }, pinned: true });
    expect((await store.pageConfig('nhandan.vn')).enabled).toBe(false);
    expect(await store.importPack(pack())).toMatchObject({ ok: true });
    expect((await store.searchEntities()).some((entity) => entity.id === 'du-an-thu-nghiem')).toBe(true);
    expect(await store.status()).toMatchObject({ database: 'unavailable', packs: [{ name: 'Gói thử' }] });
  });
});
