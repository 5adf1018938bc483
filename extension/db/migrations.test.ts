/**
 * Schema migrations, tested from every earlier version: open a database declared as that version was, write data
 * in that version's shapes, close it, open it with the current schema, check nothing the reader owns was lost.
 * Adding a schema version means adding its case to `CASES` (the first test fails until it is there).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { entryKey, type NotebookEntry, pageKey } from '../../shared/notebook/readings.ts';
import {
  annotatorCache,
  CURRENT_SCHEMA_VERSION,
  declareVersions,
  type MekongDatabase,
  openDatabase,
  SCHEMA_VERSIONS,
} from './database.ts';
import { allEntries, countEntries, notebookMetrics, readingsOf } from './notebook.ts';
import { getNote, isPinned, legacySettings, listPacks } from './user-data.ts';

interface MigrationCase {
  /** The schema version the database was written at. */
  from: number;
  /** Writes data as that version stored it: plain objects in that version's shapes, not today's types. */
  fill(db: Dexie): Promise<void>;
  /** Checks the data once the current schema has opened the database. */
  check(db: MekongDatabase): Promise<void>;
}

const TRADE = 'thuong-mai-viet-nam-lao';

/**
 * Notebook records as schema 3 kept them: two pages, one read twice under another title (its second figure kept
 * that title), a range, a qualifier, an entry without a date.
 */
const SCHEMA_3_ENTRIES: NotebookEntry[] = [
  {
    id: '',
    url: 'https://vnexpress.net/a',
    host: 'vnexpress.net',
    title: 'Bài',
    date: '2025-01-20',
    text: '2,2 tỷ USD',
    sentence: 'Năm 2024, kim ngạch đạt 2,2 tỷ USD.',
    value: 2.2e9,
    unit: 'USD',
    metric: TRADE,
    period: '2024',
    role: 'result',
    recordedAt: 5,
  },
  {
    id: '',
    url: 'https://vnexpress.net/a',
    host: 'vnexpress.net',
    title: 'Bài (cập nhật)',
    text: '1,5–1,7 tỷ USD',
    sentence: 'Năm 2023, kim ngạch đạt từ 1,5 đến 1,7 tỷ USD.',
    value: 1.5e9,
    valueMax: 1.7e9,
    unit: 'USD',
    metric: TRADE,
    period: '2023',
    role: 'result',
    recordedAt: 6,
  },
  {
    id: '',
    url: 'https://nhandan.vn/b',
    host: 'nhandan.vn',
    title: 'Hợp tác',
    date: '2025-02-14',
    text: 'khoảng 1,74 tỷ USD',
    sentence: 'Năm 2024, kim ngạch đạt khoảng 1,74 tỷ USD.',
    value: 1.74e9,
    unit: 'USD',
    metric: TRADE,
    period: '2024',
    role: 'result',
    qualifier: 'about',
    recordedAt: 7,
  },
];

const CASES: MigrationCase[] = [
  {
    from: 1,
    async fill(db) {
      await db.table('settings').bulkPut([
        { key: 'enabled', value: false },
        { key: 'kinds', value: ['person', 'figure'] },
      ]);
      await db.table('siteChoices').put({ hostname: 'nhandan.vn', enabled: false, updatedAt: 1 });
      await db.table('pins').put({ entityId: 'to-lam', pinnedAt: 1 });
      await db
        .table('notes')
        .put({ entityId: 'to-lam', entityName: 'Tô Lâm', text: 'ghi chú', createdAt: 1, updatedAt: 2 });
      await db.table('entities').put({ id: 'to-lam', kind: 'person', name: 'Tô Lâm', aliases: [], summary: 'x' });
      await db
        .table('meta')
        .put({ key: 'factbase', version: 'v1', seededAt: 1, counts: { entities: 1, facts: 0, metrics: 0, seeds: 0 } });
    },
    async check(db) {
      // Kept for the background to move to storage.local (settings/storage.ts).
      expect(await legacySettings(db)).toEqual({
        settings: [
          { key: 'enabled', value: false },
          { key: 'kinds', value: ['person', 'figure'] },
        ],
        sites: [{ hostname: 'nhandan.vn', enabled: false, updatedAt: 1 }],
      });
      expect(await listPacks(db)).toEqual([]);
      expect(await isPinned(db, 'to-lam')).toBe(true);
      expect(await getNote(db, 'to-lam')).toMatchObject({ entityName: 'Tô Lâm', text: 'ghi chú', updatedAt: 2 });
      expectNoFactBaseCopy(db);
      expect(await db.table('meta').get('factbase')).toBeUndefined();
    },
  },
  {
    from: 2,
    async fill(db) {
      await db.table('settings').bulkPut([
        { key: 'theme', value: 'dark' },
        { key: 'language', value: 'en' },
      ]);
      await db.table('packs').put({
        id: 'p1',
        name: 'Gói thử',
        importedAt: 1,
        base: { seeds: [], entities: [], metrics: [], facts: [] },
      });
      await db
        .table('notes')
        .put({ entityId: 'to-lam', entityName: 'Tô Lâm', text: 'ghi chú', createdAt: 1, updatedAt: 2 });
    },
    async check(db) {
      expect((await legacySettings(db)).settings).toEqual([
        { key: 'language', value: 'en' },
        { key: 'theme', value: 'dark' },
      ]);
      expect((await listPacks(db)).map((pack) => pack.name)).toEqual(['Gói thử']);
      expect(await getNote(db, 'to-lam')).toMatchObject({ text: 'ghi chú' });
      expect(await countEntries(db)).toBe(0);
    },
  },
  {
    from: 3,
    async fill(db) {
      await db.table('pins').put({ entityId: 'to-lam', pinnedAt: 1 });
      await db.table('notebook').bulkPut(SCHEMA_3_ENTRIES.map((entry, i) => ({ ...entry, id: `old-${i}` })));
    },
    async check(db) {
      expect(await isPinned(db, 'to-lam')).toBe(true);
      // Every record moved over, field for field, under its new key; nothing else.
      const moved = SCHEMA_3_ENTRIES.map((entry) => ({ ...entry, id: entryKey(entry) }));
      expect(await allEntries(db)).toEqual(moved);
      expect((await readingsOf(db, TRADE, '2024')).map((entry) => entry.value).sort()).toEqual([1.74e9, 2.2e9]);
      expect(await notebookMetrics(db)).toEqual([{ metric: TRADE, periods: ['2024', '2023'], count: 3 }]);
      expect((await db.notebookPages.toArray()).map((row) => row.url).sort()).toEqual([
        'https://nhandan.vn/b',
        'https://vnexpress.net/a',
      ]);
    },
  },
  {
    from: 4,
    async fill(db) {
      await db
        .table('notes')
        .put({ entityId: 'to-lam', entityName: 'Tô Lâm', text: 'ghi', createdAt: 1, updatedAt: 2 });
      const entry = { ...(SCHEMA_3_ENTRIES[0] as NotebookEntry), id: entryKey(SCHEMA_3_ENTRIES[0] as NotebookEntry) };
      const { url, host, title, date, ...figure } = entry;
      await db.table('notebookPages').put({ page: pageKey(url), url, host, title, date, figures: [figure] });
      const { text: _text, sentence: _sentence, url: _url, title: _title, ...point } = entry;
      await db.table('notebookPoints').put({ metric: TRADE, period: '2024', chunk: 0, count: 1, points: [point] });
    },
    async check(db) {
      expect(await getNote(db, 'to-lam')).toMatchObject({ text: 'ghi' });
      expect(await allEntries(db)).toEqual([
        { ...(SCHEMA_3_ENTRIES[0] as NotebookEntry), id: entryKey(SCHEMA_3_ENTRIES[0] as NotebookEntry) },
      ]);
      // No settings were kept: nothing is set aside, and the settings' tables are gone.
      expect(await legacySettings(db)).toEqual({ settings: [], sites: [] });
      expect(db.tables.map((table) => table.name)).not.toContain('settings');
      expect(db.tables.map((table) => table.name)).not.toContain('siteChoices');
    },
  },
  {
    from: 5,
    async fill(db) {
      // A seeded copy of the fact base, as schema 1 to 5 kept it, beside the reader's data and the annotator.
      await db.table('entities').put({ id: 'to-lam', kind: 'person', name: 'Tô Lâm', aliases: [], summary: 'x' });
      await db.table('entityFacts').put({ bucket: 7, facts: { 'to-lam': [] } });
      await db.table('aliases').put({ bucket: 9, aliases: { 'to lam': ['to-lam'] } });
      await db.table('metrics').put({ id: TRADE, name: 'Kim ngạch', unit: 'USD' });
      await db.table('metricFacts').put({ metricId: TRADE, facts: [] });
      await db.table('relations').put({ entityId: 'to-lam', relations: [] });
      await db.table('seeds').put({ file: 'a.txt', date: '2024-01-01' });
      await db
        .table('meta')
        .put({ key: 'factbase', version: 'v5', seededAt: 1, counts: { entities: 1, facts: 0, metrics: 1, seeds: 1 } });
      await db.table('meta').put({ key: 'annotator', version: 'v5', state: 'encoded' });
      await db.table('pins').put({ entityId: 'to-lam', pinnedAt: 1 });
      await db.table('packs').put({
        id: 'p1',
        name: 'Gói thử',
        importedAt: 1,
        base: { seeds: [], entities: [], metrics: [], facts: [] },
      });
    },
    async check(db) {
      expect(await isPinned(db, 'to-lam')).toBe(true);
      expect((await listPacks(db)).map((pack) => pack.name)).toEqual(['Gói thử']);
      // The copy goes, with its row in meta; the compiled annotator stays.
      expectNoFactBaseCopy(db);
      expect(await db.table('meta').get('factbase')).toBeUndefined();
      expect(await annotatorCache(db).get('annotator')).toEqual({ key: 'annotator', version: 'v5', state: 'encoded' });
    },
  },
  {
    from: 6,
    async fill(db) {
      await db.table('pins').put({ entityId: 'to-lam', pinnedAt: 1 });
    },
    async check(db) {
      expect(await isPinned(db, 'to-lam')).toBe(true);
    },
  },
];

/** Schema 6 dropped the copy of the bundled fact base nothing read (database.ts): what Dexie declares and the
 * browser holds. */
function expectNoFactBaseCopy(db: MekongDatabase): void {
  const tables = ['meta', 'notebookPages', 'notebookPoints', 'notes', 'packs', 'pins'];
  expect(db.tables.map((table) => table.name).sort()).toEqual(tables);
  expect([...db.backendDB().objectStoreNames].sort()).toEqual(tables);
}

describe('schema migrations', () => {
  it('has a migration case for every schema version', () => {
    expect(CASES.map((c) => c.from)).toEqual(SCHEMA_VERSIONS.map((v) => v.version));
  });

  it.each(CASES.map((c) => [c.from, c] as const))(
    `upgrades a database written at version %i to version ${CURRENT_SCHEMA_VERSION}, keeping the reader's data`,
    async (from, { fill, check }) => {
      const name = `mekong-lens-migration-from-${from}`;
      const old = new Dexie(name);
      declareVersions(
        old,
        SCHEMA_VERSIONS.filter((v) => v.version <= from),
      );
      await old.open();
      await fill(old);
      old.close();

      const db = await openDatabase({ name });
      try {
        expect(db.verno).toBe(CURRENT_SCHEMA_VERSION);
        await check(db);
      } finally {
        await db.delete();
      }
    },
  );
});
