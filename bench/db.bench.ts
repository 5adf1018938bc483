/**
 * `npm run bench:db`: seeding the fact base into IndexedDB in real Chromium, on an on-disk profile, beside a plain
 * Dexie `bulkPut` of the same 10,000 entities and 50,000 facts in the same run (extension/db/seed.bench-page.ts),
 * and lookups by alias on both. Medians of RUNS runs. Then the reading notebook with 50,000 entries
 * (extension/db/notebook.bench-page.ts): a metric's page and an export, each beside its baseline in the same run.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../e2e/support/browsers.ts';
import { startServer } from '../e2e/support/server.ts';
import type { NotebookBenchmark } from '../extension/db/notebook.bench-page.ts';
import type { SeedingBenchmark } from '../extension/db/seed.bench-page.ts';

const RUNS = Number(process.env.RUNS ?? 3);

const bundle = await build({
  stdin: {
    contents:
      "import { benchmarkSeeding } from './extension/db/seed.bench-page.ts'; import { benchmarkNotebook } from './extension/db/notebook.bench-page.ts'; window.mekongLensSeedBench = benchmarkSeeding; window.mekongLensNotebookBench = benchmarkNotebook;",
    resolveDir: new URL('..', import.meta.url).pathname,
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  minify: true,
  write: false,
  target: 'chrome120',
});
const script = bundle.outputFiles[0]?.text ?? '';

const server = await startServer();
const profile = mkdtempSync(join(tmpdir(), 'mekong-lens-db-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: ensureChromium(),
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
const runs: SeedingBenchmark[] = [];
for (let run = 0; run < RUNS; run++) {
  const page = await context.newPage();
  await page.goto(server.url('/english.html'));
  await page.addScriptTag({ content: script });
  runs.push(
    await page.evaluate(() =>
      (window as unknown as { mekongLensSeedBench: () => Promise<SeedingBenchmark> }).mekongLensSeedBench(),
    ),
  );
  await page.close();
}
// The reading notebook: 50,000 entries, once (each figure inside is a median of five timings).
const notebookPage = await context.newPage();
await notebookPage.goto(server.url('/english.html'));
await notebookPage.addScriptTag({ content: script });
const notebook = await notebookPage.evaluate(() =>
  (window as unknown as { mekongLensNotebookBench: () => Promise<NotebookBenchmark> }).mekongLensNotebookBench(),
);
await notebookPage.close();
await context.close();
rmSync(profile, { recursive: true, force: true });
await server.close();

const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] as number;
const pick = (select: (result: SeedingBenchmark) => number) => median(runs.map(select)).toFixed(1);
const first = runs[0] as SeedingBenchmark;
console.log(
  `IndexedDB seeding in Chromium (on-disk profile): ${first.entities} entities (~${first.entityBytes} B), ${first.facts} facts (~${first.factBytes} B); medians of ${RUNS} runs\n`,
);
console.log('                       seed        alias lookup median / p95 / max');
console.log(
  `plain Dexie bulkPut    ${pick((r) => r.baseline.seedMs).padStart(8)} ms  ${pick((r) => r.baseline.aliasLookup.medianMs)} / ${pick((r) => r.baseline.aliasLookup.p95Ms)} / ${pick((r) => r.baseline.aliasLookup.maxMs)} ms`,
);
console.log(
  `ours (seedFactBase)    ${pick((r) => r.ours.seedMs).padStart(8)} ms  ${pick((r) => r.ours.aliasLookup.medianMs)} / ${pick((r) => r.ours.aliasLookup.p95Ms)} / ${pick((r) => r.ours.aliasLookup.maxMs)} ms`,
);
console.log(`\n${pick((r) => r.speedup)}× faster than the baseline. Budgets: seed ≤ 3,000 ms; lookup ≤ 2 ms.`);

const ms = (value: number) => `${value.toFixed(1)} ms`;
console.log(
  `\nReading notebook, ${notebook.entries} entries (written in batches of 500 as pages report them: ${ms(notebook.writeMs)} in all); medians of 5`,
);
console.log(
  `metric page (${notebook.metricEntries} readings, grouped, compared)  ours ${ms(notebook.metricPage.oursMs)}   baseline (read the whole table, filter) ${ms(notebook.metricPage.baselineMs)}   ${(notebook.metricPage.baselineMs / notebook.metricPage.oursMs).toFixed(1)}× faster; budget 100 ms`,
);
console.log(
  `export JSON (${(notebook.exportJson.bytes / 1e6).toFixed(1)} MB)  ${ms(notebook.exportJson.oursMs)}   CSV (${(notebook.exportCsv.bytes / 1e6).toFixed(1)} MB)  ${ms(notebook.exportCsv.oursMs)}   floor (only reading every entry) ${ms(notebook.readAllMs)}: ${(notebook.exportJson.oursMs / notebook.readAllMs).toFixed(2)}× / ${(notebook.exportCsv.oursMs / notebook.readAllMs).toFixed(2)}× the floor; budget 2,000 ms`,
);
