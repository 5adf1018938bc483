/**
 * Schema migrations, tested from every earlier version: open a database declared as that version was, write data
 * in that version's shapes, close it, open it with the current schema, check nothing the reader owns was lost.
 * Adding a schema version means adding its case to `CASES` (the first test fails until it is there).
 */
import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  CURRENT_SCHEMA_VERSION,
  declareVersions,
  type MekongDatabase,
  openDatabase,
  SCHEMA_VERSIONS,
} from './database.ts';
import { countEntries, readingsOf } from './notebook.ts';
import { getEntity } from './queries.ts';
import { seededVersion } from './seed.ts';
import { DEFAULT_SETTINGS, getNote, getSettings, getSiteChoice, isPinned, listPacks } from './user-data.ts';

interface MigrationCase {
  /** The schema version the database was written at. */
  from: number;
  /** Writes data as that version stored it: plain objects in that version's shapes, not today's types. */
  fill(db: Dexie): Promise<void>;
  /** Checks the data once the current schema has opened the database. */
  check(db: MekongDatabase): Promise<void>;
}

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
      expect(await getSettings(db)).toEqual({ ...DEFAULT_SETTINGS, enabled: false, kinds: ['person', 'figure'] });
      expect(await listPacks(db)).toEqual([]);
      expect(await getSiteChoice(db, 'nhandan.vn')).toMatchObject({ enabled: false });
      expect(await isPinned(db, 'to-lam')).toBe(true);
      expect(await getNote(db, 'to-lam')).toMatchObject({ entityName: 'Tô Lâm', text: 'ghi chú', updatedAt: 2 });
      expect(await seededVersion(db)).toBe('v1');
      expect((await getEntity(db, 'to-lam'))?.name).toBe('Tô Lâm');
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
      expect(await getSettings(db)).toMatchObject({ theme: 'dark', language: 'en' });
      expect((await listPacks(db)).map((pack) => pack.name)).toEqual(['Gói thử']);
      expect(await getNote(db, 'to-lam')).toMatchObject({ text: 'ghi chú' });
      expect(await countEntries(db)).toBe(0);
    },
  },
  {
    from: 3,
    async fill(db) {
      await db.table('pins').put({ entityId: 'to-lam', pinnedAt: 1 });
      await db.table('notebook').put({
        id: 'k',
        url: 'https://vnexpress.net/a',
        host: 'vnexpress.net',
        title: 'Bài',
        text: '2,2 tỷ USD',
        sentence: 'Năm 2024, kim ngạch đạt 2,2 tỷ USD.',
        value: 2.2e9,
        unit: 'USD',
        metric: 'thuong-mai-viet-nam-lao',
        period: '2024',
        role: 'result',
        recordedAt: 5,
      });
    },
    async check(db) {
      expect(await isPinned(db, 'to-lam')).toBe(true);
      expect((await readingsOf(db, 'thuong-mai-viet-nam-lao', '2024')).map((entry) => entry.value)).toEqual([2.2e9]);
    },
  },
];

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
