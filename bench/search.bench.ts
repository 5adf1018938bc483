/**
 * Search benchmark: our index (shared/search) against plain Fuse.js over the same 10,000 synthetic entities with
 * the real entities mixed in, in one process. Prints build times, per-query latency (median, p95, max) and
 * their ratios, then the quality table: every query of shared/search/queries.ts, the entity expected first,
 * and what each approach put first.
 *
 *   npx tsx bench/search.bench.ts
 *
 * Budget (docs DESIGN.md): at most 16 ms per keystroke at 10,000 entities, and the expected entity first for
 * every query. Plain Fuse.js takes about 200 ms per query, so it runs the full queries only, once each.
 */
import Fuse from 'fuse.js';
import { curatedFactBase } from '../shared/factbase/data/index.ts';
import type { Entity } from '../shared/factbase/schema.ts';
import { QUALITY_QUERIES } from '../shared/search/queries.ts';
import { createSearchIndex } from '../shared/search/search-index.ts';
import { syntheticFactBase } from './synthetic-factbase.ts';

const KEYSTROKE_BUDGET_MS = 16;

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return { median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] ?? 0, n: sorted.length };
}

const fmt = (ms: number) => `${ms.toFixed(ms < 10 ? 2 : 1)} ms`;

const real: Entity[] = curatedFactBase.entities;
const realIds = new Set(real.map((entity) => entity.id));
const synthetic = syntheticFactBase({ entities: 10_000, factsPerEntity: 5 }).entities.filter(
  (entity) => !realIds.has(entity.id),
);
const entities = [...synthetic, ...real];
console.log(`Search benchmark: ${entities.length} entities (${synthetic.length} synthetic + ${real.length} real)\n`);

const ours = time(() => createSearchIndex(entities));
const plain = time(() => new Fuse(entities, { keys: ['name', 'aliases', 'summary'], includeScore: true }));
console.log('build');
console.log(`  ours        ${fmt(ours.ms)}`);
console.log(`  plain Fuse  ${fmt(plain.ms)}\n`);

const index = ours.value;
const fuse = plain.value;
const queries = QUALITY_QUERIES.map((q) => q.query);
const keystrokes = queries.flatMap((query) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1)));

for (const query of queries.slice(0, 5)) index.search(query); // warm up the JIT
const oursFull = queries.map((query) => time(() => index.search(query, { limit: 10 })));
const oursKeys = keystrokes.map((query) => time(() => index.search(query, { limit: 10 })).ms);
const plainFull = queries.map((query) => time(() => fuse.search(query, { limit: 10 })));

const a = stats(oursFull.map((run) => run.ms));
const k = stats(oursKeys);
const b = stats(plainFull.map((run) => run.ms));
const row = (label: string, s: ReturnType<typeof stats>) =>
  `  ${label.padEnd(34)} ${fmt(s.median).padStart(9)} ${fmt(s.p95).padStart(9)} ${fmt(s.max).padStart(9)}  (n=${s.n})`;
console.log(`latency per query${' '.repeat(21)}median       p95       max`);
console.log(row('ours, full queries', a));
console.log(row('ours, every keystroke (prefixes)', k));
console.log(row('plain Fuse, full queries', b));
console.log(
  `  ratio plain/ours (full queries)    ${(b.median / a.median).toFixed(0).padStart(7)}x ${(b.p95 / a.p95).toFixed(0).padStart(8)}x ${(b.max / a.max).toFixed(0).padStart(8)}x`,
);
console.log(
  `  keystroke budget ${KEYSTROKE_BUDGET_MS} ms: ${k.max <= KEYSTROKE_BUDGET_MS ? 'PASS' : 'FAIL'} (max ${fmt(k.max)})\n`,
);

console.log('quality (first result)');
let oursPass = 0;
let plainPass = 0;
const width = Math.max(...queries.map((query) => query.length)) + 2;
for (const [i, q] of QUALITY_QUERIES.entries()) {
  const mine = oursFull[i]?.value[0]?.id ?? '—';
  const theirs = plainFull[i]?.value[0]?.item.id ?? '—';
  const okOurs = mine === q.expect;
  const okPlain = theirs === q.expect;
  oursPass += Number(okOurs);
  plainPass += Number(okPlain);
  console.log(
    `  ${okOurs ? 'pass' : 'FAIL'} ${okPlain ? 'pass' : 'miss'}  ${`"${q.query}"`.padEnd(width + 2)} ${q.category.padEnd(13)} ${q.expect}${okOurs ? '' : `  (ours: ${mine})`}${okPlain ? '' : `  (plain: ${theirs})`}`,
  );
}
console.log(`\n  ours ${oursPass}/${QUALITY_QUERIES.length}, plain Fuse ${plainPass}/${QUALITY_QUERIES.length}`);
if (oursPass < QUALITY_QUERIES.length || k.max > KEYSTROKE_BUDGET_MS) process.exitCode = 1;
