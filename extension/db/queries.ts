/**
 * Reads of the fact-base tables: the lookups cards, popup and side panel make. Each is one or two point reads.
 */

import { own } from '../../shared/factbase/records.ts';
import type { Entity, EntityKind, Fact, Metric, Seed } from '../../shared/factbase/schema.ts';
import { fold } from '../../shared/search/fold.ts';
import { bucketOf, type MekongDatabase, type RelationEdge } from './database.ts';

export async function getEntity(db: MekongDatabase, id: string): Promise<Entity | undefined> {
  return db.entities.get(id);
}

/**
 * The entities written `alias` (any spelling: it is folded as shared/search/fold.ts folds, so 'Viêng Chăn',
 * 'vieng chan' and 'VIENG-CHAN' meet). Exact, not fuzzy: fuzzy search is shared/search.
 */
export async function findEntitiesByAlias(db: MekongDatabase, alias: string): Promise<Entity[]> {
  const folded = fold(alias);
  if (!folded) return [];
  const row = await db.aliases.get(bucketOf(folded));
  const ids = own(row?.aliases, folded) ?? [];
  if (ids.length === 0) return [];
  const entities = await db.entities.bulkGet(ids);
  return entities.filter((entity): entity is Entity => entity !== undefined);
}

/** Every entity of a kind, in id order. */
export async function entitiesByKind(db: MekongDatabase, kind: EntityKind): Promise<Entity[]> {
  return db.entities.where('kind').equals(kind).toArray();
}

/** Every fact about an entity (as main subject or not), in the base's order. */
export async function factsForEntity(db: MekongDatabase, entityId: string): Promise<Fact[]> {
  return own((await db.entityFacts.get(bucketOf(entityId)))?.facts, entityId) ?? [];
}

/** The figures of a metric, as a series: by period, targets after actuals of the same period. */
export async function factsByMetric(db: MekongDatabase, metricId: string): Promise<Fact[]> {
  return (await db.metricFacts.get(metricId))?.facts ?? [];
}

export async function getMetric(db: MekongDatabase, id: string): Promise<Metric | undefined> {
  return db.metrics.get(id);
}

/** The relations an entity holds (`out`) and those that point at it (`in`). */
export async function relationsOf(db: MekongDatabase, entityId: string): Promise<RelationEdge[]> {
  return (await db.relations.get(entityId))?.relations ?? [];
}

/** A seed article (title, outlet, date) for a source line. */
export async function getSeed(db: MekongDatabase, file: string): Promise<Seed | undefined> {
  return db.seeds.get(file);
}
