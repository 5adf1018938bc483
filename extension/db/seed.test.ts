import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import type { MekongDatabase } from './database.ts';
import { seededVersion, seedFactBase } from './seed.ts';
import { freshDatabase, smallBase } from './test-support.ts';
import { getNote, isPinned, pinEntity, setNote } from './user-data.ts';

let db: MekongDatabase;
afterEach(async () => {
  await db?.delete();
});

describe('seedFactBase', () => {
  it('fills the fact-base tables and records the version', async () => {
    db = freshDatabase();
    const base = smallBase();
    const result = await seedFactBase(db, base, 'v1');
    expect(result).toMatchObject({ seeded: true, version: 'v1' });
    expect(await seededVersion(db)).toBe('v1');
    expect(await db.entities.count()).toBe(base.entities.length);
    expect(await db.meta.get('factbase')).toMatchObject({ counts: { entities: base.entities.length, facts: 4 } });
  });

  it('does nothing when the same version is already seeded', async () => {
    db = freshDatabase();
    await seedFactBase(db, smallBase(), 'v1');
    await db.entities.delete('to-lam');
    const again = await seedFactBase(db, smallBase(), 'v1');
    expect(again.seeded).toBe(false);
    expect(await db.entities.get('to-lam')).toBeUndefined();
  });

  it('re-seeds a new version: entities removed from the base are gone, new ones are there', async () => {
    db = freshDatabase();
    await seedFactBase(db, smallBase(), 'v1');
    const next = smallBase();
    next.entities = next.entities.filter((entity) => entity.id !== 'to-lam');
    next.entities.push({ id: 'ha-tinh', kind: 'place', name: 'Hà Tĩnh', aliases: ['tỉnh Hà Tĩnh'], summary: 'Tỉnh.' });
    await seedFactBase(db, next, 'v2');
    expect(await seededVersion(db)).toBe('v2');
    // What the extension reads of it: every entity, for the search index.
    const ids = (await db.entities.toArray()).map((entity) => entity.id);
    expect(ids).toContain('ha-tinh');
    expect(ids).not.toContain('to-lam');
  });

  it('keeps notes and pins across re-seeding, even for an entity that left the base', async () => {
    db = freshDatabase();
    await seedFactBase(db, smallBase(), 'v1');
    await setNote(db, 'to-lam', 'Tô Lâm', 'Chủ tịch nước rồi Tổng Bí thư.');
    await pinEntity(db, 'to-lam');

    const next = smallBase();
    next.entities = next.entities.filter((entity) => entity.id !== 'to-lam');
    await seedFactBase(db, next, 'v2');

    expect(await getNote(db, 'to-lam')).toMatchObject({ entityName: 'Tô Lâm', text: 'Chủ tịch nước rồi Tổng Bí thư.' });
    expect(await isPinned(db, 'to-lam')).toBe(true);
  });

  it('re-seeds the same version when forced', async () => {
    db = freshDatabase();
    await seedFactBase(db, smallBase(), 'v1');
    await db.entities.delete('to-lam');
    expect((await seedFactBase(db, smallBase(), 'v1', { force: true })).seeded).toBe(true);
    expect(await db.entities.get('to-lam')).toBeDefined();
  });

  it('changes nothing when seeding fails: the old version stays whole', async () => {
    db = freshDatabase();
    await seedFactBase(db, smallBase(), 'v1');
    const facts = await db.entityFacts.toArray();
    const broken = smallBase();
    broken.entities.push({ ...(broken.entities[0] as (typeof broken.entities)[number]) }); // a duplicate id
    await expect(seedFactBase(db, broken, 'v2')).rejects.toThrow();
    expect(await seededVersion(db)).toBe('v1');
    expect(await db.entities.count()).toBe(smallBase().entities.length);
    expect(await db.entityFacts.toArray()).toEqual(facts);
  });

  it('lets two seedings of one version race: the base is written once and whole', async () => {
    db = freshDatabase();
    const results = await Promise.all([seedFactBase(db, smallBase(), 'v1'), seedFactBase(db, smallBase(), 'v1')]);
    expect(results.filter((result) => result.seeded)).toHaveLength(1);
    expect(await db.entities.count()).toBe(smallBase().entities.length);
  });
});
