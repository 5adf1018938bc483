import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { NotebookEntry } from '../../shared/notebook/readings.ts';
import { makeEntry } from '../background/notebook-file.ts';
import type { MekongDatabase } from './database.ts';
import {
  addEntries,
  allEntries,
  CHUNK,
  clearNotebook,
  countEntries,
  entriesAfter,
  entriesOf,
  findEntries,
  notebookMetrics,
  putEntries,
  readingsOf,
  removeEntries,
} from './notebook.ts';
import { freshDatabase } from './test-support.ts';
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

  it('keeps a metric and period of many readings in chunks: all counted, read and removed', async () => {
    db = freshDatabase();
    const many = Array.from({ length: CHUNK * 2 + 5 }, (_, i) =>
      makeEntry(figure(1e9 + i * 1e6), page(`https://a.vn/${i % 50}`), i),
    );
    // Recorded as pages report them, a few at a time.
    for (let i = 0; i < many.length; i += 7) await addEntries(db, many.slice(i, i + 7));
    expect(await db.notebookPoints.count()).toBe(3);
    expect(await countEntries(db)).toBe(many.length);
    expect((await readingsOf(db, TRADE, '2024')).map((point) => point.recordedAt)).toEqual(many.map((_, i) => i));
    const gone = [many[0], many[CHUNK + 1], many[many.length - 1]].map((entry) => entry?.id ?? '');
    await removeEntries(db, gone);
    expect(await countEntries(db)).toBe(many.length - 3);
    expect((await readingsOf(db, TRADE)).some((point) => gone.includes(point.id))).toBe(false);
    expect((await allEntries(db)).map((entry) => entry.id)).toEqual(
      many.filter((entry) => !gone.includes(entry.id)).map((entry) => entry.id),
    );
  });

  it('keeps each reading as it was read when a page is read again under another title or date', async () => {
    db = freshDatabase();
    const first = makeEntry(figure(2.2e9), page('https://vnexpress.net/a', 'Bài'), 1);
    const later = makeEntry(figure(1.7e9, '2022'), { url: 'https://vnexpress.net/a', title: 'Bài (sửa)' }, 2);
    await addEntries(db, [first]);
    await addEntries(db, [later]);
    expect(await db.notebookPages.count()).toBe(1);
    expect(await allEntries(db)).toEqual([first, later]);
    expect(await entriesOf(db, [later.id, first.id, 'nothing'])).toEqual([later, first]);
  });

  it("replaces an imported entry's reading, and gives every entry once in the export's parts", async () => {
    db = freshDatabase();
    const entries = Array.from({ length: 30 }, (_, i) =>
      makeEntry(figure(1e9 + i * 1e7, String(2000 + (i % 4))), page(`https://a.vn/${i % 9}`), i),
    );
    await addEntries(db, entries);
    const changed = { ...(entries[3] as NotebookEntry), qualifier: 'about' as const, recordedAt: 99 };
    await putEntries(db, [changed]);
    expect(await countEntries(db)).toBe(30);
    expect((await readingsOf(db, TRADE, changed.period)).find((point) => point.id === changed.id)).toMatchObject({
      qualifier: 'about',
      recordedAt: 99,
    });
    const parts: NotebookEntry[] = [];
    let after: string | undefined;
    do {
      const part = await entriesAfter(db, after, 4);
      parts.push(...part.entries);
      after = part.next;
    } while (after !== undefined);
    expect(parts.map((entry) => entry.id).sort()).toEqual(entries.map((entry) => entry.id).sort());
    expect(parts.find((entry) => entry.id === changed.id)).toEqual(changed);
  });
});
