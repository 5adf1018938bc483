/**
 * Seeding: the bundled fact base -> the database's fact-base tables.
 *
 * `seedFactBase(db, base, version)` is idempotent (a base already seeded at `version` is left alone) and atomic
 * (one transaction clears and refills every fact-base table and records the version; if anything fails nothing
 * changes). It never touches user data: settings, site choices, pins and notes survive every re-seeding, and
 * notes survive their entity leaving the base.
 *
 * The records are built in memory before the transaction opens, so the transaction only writes: one row per
 * entity, per metric and per entity with relations, and at most `BUCKETS` rows each of facts and of aliases. Until seeding completes, readers use the bundle (check `seededVersion`).
 */

import { push, seriesOrder } from '../../shared/factbase/crossrefs.ts';
import { emptyRecord, own } from '../../shared/factbase/records.ts';
import type { Fact, FactBase } from '../../shared/factbase/schema.ts';
import { fold } from '../../shared/search/fold.ts';
import {
  type AliasBucketRecord,
  bucketOf,
  type EntityFactsBucketRecord,
  FACT_BASE_TABLES,
  type MekongDatabase,
  type MetaRecord,
  type MetricFactsRecord,
  type RelationsRecord,
} from './database.ts';

export interface SeedResult {
  /** False when the base was already seeded at this version and nothing was written. */
  seeded: boolean;
  version: string;
  /** Wall time, building the records included. */
  ms: number;
}

/** The fact-base version the database holds, or undefined before the first seeding. */
export async function seededVersion(db: MekongDatabase): Promise<string | undefined> {
  return (await db.meta.get('factbase'))?.version;
}

export async function seedFactBase(
  db: MekongDatabase,
  base: FactBase,
  version: string,
  { force = false }: { force?: boolean } = {},
): Promise<SeedResult> {
  const start = performance.now();
  if (!force && (await seededVersion(db)) === version) return { seeded: false, version, ms: performance.now() - start };

  const records = buildRecords(base);
  const meta: MetaRecord = {
    key: 'factbase',
    version,
    seededAt: Date.now(),
    counts: {
      entities: base.entities.length,
      facts: base.facts.length,
      metrics: base.metrics.length,
      seeds: base.seeds.length,
    },
  };
  const seeded = await db.transaction('rw', [...FACT_BASE_TABLES, 'meta'], async () => {
    if (!force && (await db.meta.get('factbase'))?.version === version) return false;
    await Promise.all(FACT_BASE_TABLES.map((table) => db.table(table).clear()));
    await Promise.all([
      db.entities.bulkAdd(base.entities),
      db.entityFacts.bulkAdd(records.entityFacts),
      db.metrics.bulkAdd(base.metrics),
      db.metricFacts.bulkAdd(records.metricFacts),
      db.relations.bulkAdd(records.relations),
      db.aliases.bulkAdd(records.aliases),
      db.seeds.bulkAdd(base.seeds),
      db.meta.put(meta),
    ]);
    return true;
  });
  return { seeded, version, ms: performance.now() - start };
}

interface Records {
  entityFacts: EntityFactsBucketRecord[];
  metricFacts: MetricFactsRecord[];
  relations: RelationsRecord[];
  aliases: AliasBucketRecord[];
}

function buildRecords(base: FactBase): Records {
  const factsByEntity = new Map<string, Fact[]>();
  const factsByMetric = new Map<string, Fact[]>();
  for (const fact of base.facts) {
    for (const id of new Set(fact.about)) push(factsByEntity, id, fact);
    if (fact.figure) push(factsByMetric, fact.figure.metric, fact);
  }
  for (const facts of factsByMetric.values()) {
    facts.sort((a, b) => (a.figure && b.figure ? seriesOrder(a.figure, b.figure) : 0));
  }

  const relations = new Map<string, RelationsRecord['relations']>();
  for (const entity of base.entities) {
    for (const { type, target, note, source } of entity.relations ?? []) {
      const extra = { ...(note === undefined ? {} : { note }), ...(source === undefined ? {} : { source }) };
      push(relations, entity.id, { type, direction: 'out', other: target, ...extra });
      push(relations, target, { type, direction: 'in', other: entity.id, ...extra });
    }
  }

  // Keyed by ids and folded aliases a pack chooses ("constructor", "__proto__"): records without a prototype.
  const factBuckets = new Map<number, Record<string, Fact[]>>();
  for (const [entityId, facts] of factsByEntity) bucket(factBuckets, entityId)[entityId] = facts;

  const aliasBuckets = new Map<number, Record<string, string[]>>();
  for (const entity of base.entities) {
    for (const text of [entity.name, ...entity.aliases]) {
      const folded = fold(text);
      if (!folded) continue;
      const aliases = bucket(aliasBuckets, folded);
      const ids = own(aliases, folded) ?? [];
      if (!ids.includes(entity.id)) aliases[folded] = [...ids, entity.id];
    }
  }

  return {
    entityFacts: [...factBuckets].map(([bucket, facts]) => ({ bucket, facts })),
    metricFacts: [...factsByMetric].map(([metricId, facts]) => ({ metricId, facts })),
    relations: [...relations].map(([entityId, list]) => ({ entityId, relations: list })),
    aliases: [...aliasBuckets].map(([bucket, aliases]) => ({ bucket, aliases })),
  };
}

/** The map of `key`'s bucket, created empty the first time. */
function bucket<V>(buckets: Map<number, Record<string, V>>, key: string): Record<string, V> {
  const n = bucketOf(key);
  let map = buckets.get(n);
  if (!map) {
    map = emptyRecord<V>();
    buckets.set(n, map);
  }
  return map;
}
