/**
 * What a background start reads from the database, to run in a real browser (bench/db.bench.ts): IndexedDB on
 * disk, which fake-indexeddb in Node does not model. Over the curated base and a synthetic pack of `packEntities`
 * (10,000 entities in all, as bench:browser), it times, medians of `repeats`:
 * - opening the database and reading the packs back (what every start of the service worker does: Store.open);
 * - reading the compiled annotator's row (Store.annotatorState on a start after the first);
 * - and, as the baseline in the same run, what that row saves: compiling and encoding the annotator again.
 * The database is deleted after.
 */
import { syntheticPack } from '../../bench/synthetic-factbase.ts';
import { median, timed } from '../../bench/timing.ts';
import { bundledFactBase } from '../../shared/factbase/bundle.ts';
import { compileAnnotatorState, encodeAnnotatorState } from '../../shared/text/annotate.ts';
import { buildMatchTable } from '../../shared/text/match-table.ts';
import { mergeBases } from '../background/packs.ts';
import { annotatorCache, MekongDatabase } from './database.ts';
import { addPack, listPacks } from './user-data.ts';

export interface StartBenchmark {
  entities: number;
  packBytes: number;
  stateBytes: number;
  /** Opening the database and reading the packs, laid over the bundle. */
  openAndPacksMs: number;
  /** Reading the encoded annotator's row. */
  readAnnotatorMs: number;
  /** The baseline: compiling and encoding the annotator from the base in use. */
  compileMs: number;
}

export async function benchmarkStart({ packEntities = 9_895, repeats = 5 } = {}): Promise<StartBenchmark> {
  const name = 'mekong-lens-bench-start';
  const pack = syntheticPack(packEntities);
  const setup = new MekongDatabase({ name });
  await setup.open();
  await addPack(setup, { id: 'synthetic', name: 'synthetic', importedAt: 1, base: pack });
  const base = mergeBases(bundledFactBase, await listPacks(setup));
  let state = '';
  const compileMs = await timed(repeats, () => {
    state = encodeAnnotatorState(compileAnnotatorState(buildMatchTable(base)));
  });
  await annotatorCache(setup).put({ key: 'annotator', version: base.version, state });
  setup.close();

  // Each start a fresh connection, as a restarted service worker makes.
  const opening: number[] = [];
  const reading: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    const db = new MekongDatabase({ name });
    await db.open();
    mergeBases(bundledFactBase, await listPacks(db));
    const opened = performance.now();
    const row = await annotatorCache(db).get('annotator');
    reading.push(performance.now() - opened);
    opening.push(opened - start);
    db.close();
    if (row?.version !== base.version) throw new Error('the annotator row was not read back');
  }
  await new MekongDatabase({ name }).delete();
  return {
    entities: base.entities.length,
    packBytes: JSON.stringify(pack).length,
    stateBytes: state.length,
    openAndPacksMs: median(opening),
    readAnnotatorMs: median(reading),
    compileMs,
  };
}
