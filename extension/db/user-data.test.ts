import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { MekongDatabase } from './database.ts';
import { freshDatabase } from './test-support.ts';
import { deleteNote, getNote, isPinned, listNotes, listPins, pinEntity, setNote, unpinEntity } from './user-data.ts';

let db: MekongDatabase;
// Only the clock is faked (fake-indexeddb keeps its real timers): each step of a test is a second later.
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-29T08:00:00Z'));
});
afterEach(async () => {
  vi.useRealTimers();
  await db?.delete();
});
const aSecondLater = () => vi.setSystemTime(Date.now() + 1000);

describe('pins', () => {
  it('pins and unpins entities, listing them oldest first', async () => {
    db = freshDatabase();
    await pinEntity(db, 'to-lam');
    aSecondLater();
    await pinEntity(db, 'cang-vung-ang');
    await pinEntity(db, 'to-lam');
    expect((await listPins(db)).map((pin) => pin.entityId)).toEqual(['to-lam', 'cang-vung-ang']);
    await unpinEntity(db, 'to-lam');
    expect(await isPinned(db, 'to-lam')).toBe(false);
    expect(await isPinned(db, 'cang-vung-ang')).toBe(true);
  });
});

describe('notes', () => {
  it('keeps one note per entity, its creation time, and lists the latest edited first', async () => {
    db = freshDatabase();
    await setNote(db, 'to-lam', 'Tô Lâm', 'Chủ tịch nước năm 2024.');
    const created = (await getNote(db, 'to-lam'))?.createdAt;
    aSecondLater();
    await setNote(db, 'cang-vung-ang', 'Cảng Vũng Áng', 'Cửa ngõ ra biển của Lào.');
    aSecondLater();
    await setNote(db, 'to-lam', 'Tô Lâm', 'Tổng Bí thư từ 2024.');
    const note = await getNote(db, 'to-lam');
    expect(note).toMatchObject({ text: 'Tổng Bí thư từ 2024.', createdAt: created });
    expect(note?.updatedAt).toBeGreaterThan(created ?? 0);
    expect((await listNotes(db)).map((n) => n.entityId)).toEqual(['to-lam', 'cang-vung-ang']);
  });

  it('deletes a note when its text is blanked, or on request', async () => {
    db = freshDatabase();
    await setNote(db, 'to-lam', 'Tô Lâm', 'x');
    await setNote(db, 'to-lam', 'Tô Lâm', '   ');
    expect(await getNote(db, 'to-lam')).toBeUndefined();
    await setNote(db, 'cang-vung-ang', 'Cảng Vũng Áng', 'y');
    await deleteNote(db, 'cang-vung-ang');
    expect(await listNotes(db)).toEqual([]);
  });
});
