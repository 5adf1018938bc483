import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { makeEntry } from '../background/notebook-file.ts';
import type { MekongDatabase } from './database.ts';
import {
  addEntries,
  allEntries,
  clearNotebook,
  countEntries,
  findEntries,
  notebookMetrics,
  readingsOf,
  removeEntries,
} from './notebook.ts';
import { seedFactBase } from './seed.ts';
import { freshDatabase, smallBase } from './test-support.ts';
import { pinEntity, setNote } from './user-data.ts';

const TRADE = 'thuong-mai-viet-nam-lao';
const figure = (value: number, period = '2024', sentence = `Năm ${period}, kim ngạch thương mại đạt ${value}.`) => ({
  text: `${value / 1e9} tỷ USD`,
  sentence,
  value,
  unit: 'USD',
  metric: TRADE,
  period,
  role: 'result' as const,
});
const page = (url: string, title = 'Bài báo') => ({ url, title, date: '2025-02-01' });

let db: MekongDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('the reading notebook table', () => {
  it('keeps one record per page and figure: a revisit adds nothing and keeps the first time read', async () => {
    db = freshDatabase();
    const first = [makeEntry(figure(2.2e9), page('https://vnexpress.net/a'), 10)];
    expect(await addEntries(db, first)).toBe(1);
    const again = [makeEntry(figure(2.2e9), page('https://vnexpress.net/a'), 99)];
    expect(await addEntries(db, [...again, ...again])).toBe(0);
    expect((await allEntries(db)).map((entry) => entry.recordedAt)).toEqual([10]);
  });

  it('tells apart the same value on two pages, and two sentences of one page', async () => {
    db = freshDatabase();
    await addEntries(db, [
      makeEntry(figure(2.2e9), page('https://vnexpress.net/a'), 1),
      makeEntry(figure(2.2e9), page('https://nhandan.vn/b'), 2),
      makeEntry(figure(2.2e9, '2024', 'Một câu khác: 2,2 tỷ USD năm 2024.'), page('https://nhandan.vn/b'), 3),
    ]);
    expect(await countEntries(db)).toBe(3);
  });

  it("finds a metric's readings for one period, and lists metrics with their periods", async () => {
    db = freshDatabase();
    await addEntries(db, [
      makeEntry(figure(2.2e9), page('https://vnexpress.net/a'), 1),
      makeEntry(figure(1.74e9), page('https://nhandan.vn/b'), 2),
      makeEntry(figure(1.7e9, '2022'), page('https://nhandan.vn/c'), 3),
    ]);
    expect((await readingsOf(db, TRADE, '2024')).map((entry) => entry.host).sort()).toEqual([
      'nhandan.vn',
      'vnexpress.net',
    ]);
    expect(await readingsOf(db, TRADE)).toHaveLength(3);
    expect(await notebookMetrics(db)).toEqual([{ metric: TRADE, periods: ['2024', '2022'], count: 3 }]);
  });

  it('searches sentences, titles and outlets without accents, filtered by metric and period, newest first', async () => {
    db = freshDatabase();
    await addEntries(db, [
      makeEntry(figure(2.2e9), page('https://vnexpress.net/a', 'Thương mại Việt - Lào lập kỷ lục'), 1),
      makeEntry(figure(1.74e9), page('https://nhandan.vn/b', 'Hợp tác kinh tế'), 2),
      makeEntry(figure(1.7e9, '2022'), page('https://nhandan.vn/c', 'Kỷ lục cũ'), 3),
    ]);
    expect((await findEntries(db, { query: 'ky luc' })).entries.map((entry) => entry.recordedAt)).toEqual([3, 1]);
    expect((await findEntries(db, { query: 'nhandan', period: '2024' })).entries.map((e) => e.recordedAt)).toEqual([2]);
    const limited = await findEntries(db, { metric: TRADE, limit: 2 });
    expect(limited.total).toBe(3);
    expect(limited.entries.map((entry) => entry.recordedAt)).toEqual([3, 2]);
    expect((await findEntries(db, { metric: 'other' })).total).toBe(0);
  });

  it('removes entries, and clears the notebook without touching notes or pins', async () => {
    db = freshDatabase();
    const entries = [
      makeEntry(figure(2.2e9), page('https://vnexpress.net/a'), 1),
      makeEntry(figure(1.74e9), page('https://nhandan.vn/b'), 2),
    ];
    await addEntries(db, entries);
    await pinEntity(db, 'to-lam');
    await setNote(db, 'to-lam', 'Tô Lâm', 'ghi chú');
    await removeEntries(db, [entries[0]?.id ?? '']);
    expect((await allEntries(db)).map((entry) => entry.host)).toEqual(['nhandan.vn']);
    await clearNotebook(db);
    expect(await countEntries(db)).toBe(0);
    expect(await db.pins.count()).toBe(1);
    expect(await db.notes.count()).toBe(1);
  });

  it('is kept when a new fact base is seeded', async () => {
    db = freshDatabase();
    await addEntries(db, [makeEntry(figure(2.2e9), page('https://vnexpress.net/a'), 1)]);
    await seedFactBase(db, smallBase(), 'v1');
    await seedFactBase(db, smallBase(), 'v2');
    expect(await countEntries(db)).toBe(1);
  });
});
