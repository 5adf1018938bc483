import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MekongDatabase } from './database.ts';
import {
  entitiesByKind,
  factsByMetric,
  factsForEntity,
  findEntitiesByAlias,
  getEntity,
  getMetric,
  getSeed,
  relationsOf,
} from './queries.ts';
import { seedFactBase } from './seed.ts';
import { freshDatabase, smallBase } from './test-support.ts';

let db: MekongDatabase;
beforeAll(async () => {
  db = freshDatabase();
  await seedFactBase(db, smallBase(), 'test');
});
afterAll(async () => {
  await db.delete();
});

const ids = (entities: Array<{ id: string }>) => entities.map((entity) => entity.id);

describe('lookups on the seeded fact base', () => {
  it('gets an entity by id, with its roles', async () => {
    const entity = await getEntity(db, 'to-lam');
    expect(entity?.name).toBe('Tô Lâm');
    expect(entity?.roles?.some((role) => role.title.startsWith('Tổng Bí thư'))).toBe(true);
    expect(await getEntity(db, 'no-such-entity')).toBeUndefined();
  });

  it("finds Viêng Chăn by any of its aliases, however it is written: 'Viên Chăn', 'vientiane', 'VIENG-CHAN'", async () => {
    for (const alias of ['Viêng Chăn', 'Viên Chăn', 'vientiane', 'VIENG-CHAN', 'Thủ đô Viêng Chăn']) {
      expect(ids(await findEntitiesByAlias(db, alias)), alias).toEqual(['vieng-chan']);
    }
  });

  it("finds Ủy hội sông Mekong by both tone-mark placements, 'Uỷ hội' and 'Ủy hội'", async () => {
    expect(ids(await findEntitiesByAlias(db, 'Uỷ hội sông Mekong'))).toEqual(['uy-hoi-song-mekong']);
    expect(ids(await findEntitiesByAlias(db, 'Ủy hội sông Mekong'))).toEqual(['uy-hoi-song-mekong']);
  });

  it('finds nothing for a text that is no alias, or only part of one', async () => {
    expect(await findEntitiesByAlias(db, 'Phạm Minh')).toEqual([]);
    expect(await findEntitiesByAlias(db, ' - ')).toEqual([]);
  });

  it('lists the entities of a kind', async () => {
    const places = ids(await entitiesByKind(db, 'place'));
    expect(places.sort()).toEqual(['nghe-an', 'vieng-chan']);
  });

  it('gives every fact about an entity, whether it is the main subject or not', async () => {
    expect((await factsForEntity(db, 'pham-minh-chinh')).map((fact) => fact.id)).toEqual(['pmc-sonexay-2023']);
    expect((await factsForEntity(db, 'sonexay-siphandone')).map((fact) => fact.id)).toEqual(['pmc-sonexay-2023']);
    expect(await factsForEntity(db, 'nghe-an')).toEqual([]);
  });

  it("gives a metric's figures as a series: by period, the target after the actual of the same period", async () => {
    const series = await factsByMetric(db, 'kim-ngach-thuong-mai-viet-nam-lao');
    expect(series.map((fact) => fact.id)).toEqual(['trade-2022', 'trade-2025', 'trade-2025-target']);
    expect((await getMetric(db, 'kim-ngach-thuong-mai-viet-nam-lao'))?.unit).toBe('USD');
    expect(await factsByMetric(db, 'no-such-metric')).toEqual([]);
  });

  it('gives the relations of an entity in both directions', async () => {
    expect(await relationsOf(db, 'pham-minh-chinh')).toMatchObject([
      { type: 'met', direction: 'out', other: 'sonexay-siphandone' },
    ]);
    expect(await relationsOf(db, 'sonexay-siphandone')).toMatchObject([
      { type: 'met', direction: 'in', other: 'pham-minh-chinh' },
    ]);
    expect(await relationsOf(db, 'nghe-an')).toEqual([]);
  });

  it('gets a seed article for a source line', async () => {
    expect((await getSeed(db, '000_a152b25d463c024e.txt'))?.date).toBe('2023-04-05');
  });
});
