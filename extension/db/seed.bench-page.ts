/**
 * Seeding benchmark, to run in a real browser (an extension page or any page of a Chromium profile on disk):
 * the budget in DESIGN.md is about IndexedDB on disk, which fake-indexeddb in Node does not model.
 *
 *   import { benchmarkSeeding } from './seed.bench-page.ts';
 *   console.table(await benchmarkSeeding());
 *
 * In one run, over the same synthetic base (bench/synthetic-factbase.ts, 10,000 entities padded to about 1 KB,
 * 50,000 facts padded to about 300 B), it times:
 * - the baseline: plain Dexie `bulkPut` into an `entities` table with a multi-entry index of folded aliases and a
 *   `facts` table (one row per fact) with an entity index;
 * - ours: `seedFactBase` into `MekongDatabase`;
 * and, for each, the one read of the fact base the extension makes: every entity, for the popup's and the side
 * panel's search index (ui/entities.ts; cards, records and lookups are answered from memory by the background).
 * Both databases are deleted after.
 */
import Dexie from 'dexie';
import { syntheticFactBase } from '../../bench/synthetic-factbase.ts';
import type { FactBase } from '../../shared/factbase/schema.ts';
import { fold } from '../../shared/search/fold.ts';
import { MekongDatabase } from './database.ts';
import { seedFactBase } from './seed.ts';

export interface SeedingBenchmarkOptions {
  entities?: number;
  factsPerEntity?: number;
  /** How many times every entity is read (after one untimed read). */
  reads?: number;
  /** Another IndexedDB (fake-indexeddb for a rough check in Node); the browser's by default. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** Times of reading every entity, after one untimed read (the first read of a fresh connection costs more). */
export interface ReadTimes {
  medianMs: number;
  maxMs: number;
}

export interface SeedingBenchmark {
  entities: number;
  facts: number;
  /** Average JSON size of an entity and of a fact, in bytes. */
  entityBytes: number;
  factBytes: number;
  baseline: { seedMs: number; readEntities: ReadTimes };
  ours: { seedMs: number; readEntities: ReadTimes };
  /** baseline.seedMs / ours.seedMs */
  speedup: number;
}

/** The synthetic base with summaries and fact texts padded to the record sizes of the budget. */
export function paddedBase(entities: number, factsPerEntity: number): FactBase {
  const base = syntheticFactBase({ entities, factsPerEntity });
  const pad = (text: string, bytes: number) => {
    let out = text;
    while (out.length < bytes) out += ` ${text}`;
    return out.slice(0, bytes);
  };
  for (const entity of base.entities) entity.summary = pad(entity.summary, 800);
  for (const fact of base.facts) fact.text = pad(fact.text, 150);
  return base;
}

export async function benchmarkSeeding({
  entities = 10_000,
  factsPerEntity = 5,
  reads = 5,
  indexedDB,
  IDBKeyRange,
}: SeedingBenchmarkOptions = {}): Promise<SeedingBenchmark> {
  const base = paddedBase(entities, factsPerEntity);
  const dependencies = indexedDB && IDBKeyRange ? { indexedDB, IDBKeyRange } : undefined;

  const baselineName = 'mekong-lens-bench-baseline';
  const oursName = 'mekong-lens-bench-ours';
  const drop = (name: string) => new Dexie(name, dependencies).delete();
  await drop(baselineName);
  await drop(oursName);

  const plain = new Dexie(baselineName, dependencies);
  plain.version(1).stores({ entities: 'id, *aliasKeys', facts: 'id, entityId' });
  await plain.open();
  const rows = base.entities.map((entity) => ({
    ...entity,
    aliasKeys: [...new Set([entity.name, ...entity.aliases].map(fold))],
  }));
  const factRows = base.facts.map((fact) => ({ ...fact, entityId: fact.about[0] }));
  let start = performance.now();
  await plain.table('entities').bulkPut(rows);
  await plain.table('facts').bulkPut(factRows);
  const baselineSeedMs = performance.now() - start;
  const baselineReads = await timeReads(reads, base.entities.length, () => plain.table('entities').toArray());
  plain.close();

  const ours = new MekongDatabase({ name: oursName, ...dependencies });
  await ours.open();
  start = performance.now();
  await seedFactBase(ours, base, 'bench');
  const oursSeedMs = performance.now() - start;
  const oursReads = await timeReads(reads, base.entities.length, () => ours.entities.toArray());
  ours.close();

  await drop(baselineName);
  await drop(oursName);

  return {
    entities: base.entities.length,
    facts: base.facts.length,
    entityBytes: Math.round(JSON.stringify(base.entities).length / base.entities.length),
    factBytes: Math.round(JSON.stringify(base.facts).length / Math.max(1, base.facts.length)),
    baseline: { seedMs: baselineSeedMs, readEntities: baselineReads },
    ours: { seedMs: oursSeedMs, readEntities: oursReads },
    speedup: baselineSeedMs / oursSeedMs,
  };
}

async function timeReads(reads: number, expected: number, read: () => Promise<unknown[]>): Promise<ReadTimes> {
  const times: number[] = [];
  await read();
  for (let run = 0; run < reads; run++) {
    const start = performance.now();
    const found = await read();
    times.push(performance.now() - start);
    if (found.length !== expected) throw new Error(`benchmark read ${found.length} entities, expected ${expected}`);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[times.length >> 1] ?? 0, maxMs: times.at(-1) ?? 0 };
}
