/**
 * `npm run bench:db`: seeding the fact base into IndexedDB in real Chromium, on an on-disk profile, beside a plain
 * Dexie `bulkPut` of the same 10,000 entities and 50,000 facts in the same run (extension/db/seed.bench-page.ts),
 * and the extension's one read of it (every entity, for the search index) on both. Medians of RUNS runs. Then the reading notebook with 50,000 entries
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
// RUNS=0 leaves the seeding out (the notebook alone).
const first = runs[0];
if (first) {
  console.log(
    `IndexedDB seeding in Chromium (on-disk profile): ${first.entities} entities (~${first.entityBytes} B), ${first.facts} facts (~${first.factBytes} B); medians of ${RUNS} runs\n`,
  );
  console.log('                       seed        every entity read median / max');
  console.log(
    `plain Dexie bulkPut    ${pick((r) => r.baseline.seedMs).padStart(8)} ms  ${pick((r) => r.baseline.readEntities.medianMs)} / ${pick((r) => r.baseline.readEntities.maxMs)} ms`,
  );
  console.log(
    `ours (seedFactBase)    ${pick((r) => r.ours.seedMs).padStart(8)} ms  ${pick((r) => r.ours.readEntities.medianMs)} / ${pick((r) => r.ours.readEntities.maxMs)} ms`,
  );
  console.log(
    `\n${pick((r) => r.speedup)}× faster than the baseline. Budget: seed ≤ 3,000 ms. (Cards, records and lookups are answered from memory in the background, not from IndexedDB.)`,
  );
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (ours: number, baseline: number) => `${(baseline / ours).toFixed(1)}× faster`;
const { metricPage, exportJson, exportCsv } = notebook;
console.log(
  `\nReading notebook, ${notebook.entries} entries (written in batches of 5,000: ${ms(notebook.writeMs)}; then one page of 10 figures recorded into it: ${ms(notebook.recordPageMs)}); medians of 5; baseline: schema 3 (a row per entry) in the same run`,
);
console.log('                                         ours        schema 3     budget');
console.log(
  `metric page (${notebook.metricEntries} readings)            ${ms(metricPage.oursMs).padStart(10)}  ${ms(metricPage.baselineMs).padStart(10)}   100 ms   ${ratio(metricPage.oursMs, metricPage.baselineMs)}; lists ${notebook.listed.ours} (schema 3: ${notebook.listed.baseline})`,
);
console.log(
  `export JSON (${(exportJson.bytes / 1e6).toFixed(1)} MB)                   ${ms(exportJson.oursMs).padStart(10)}  ${ms(exportJson.baselineMs).padStart(10)}  2000 ms   ${ratio(exportJson.oursMs, exportJson.baselineMs)}`,
);
console.log(
  `export CSV (${(exportCsv.bytes / 1e6).toFixed(1)} MB)                    ${ms(exportCsv.oursMs).padStart(10)}  ${ms(exportCsv.baselineMs).padStart(10)}  2000 ms   ${ratio(exportCsv.oursMs, exportCsv.baselineMs)}`,
);
console.log(
  `(schema 3's floor, only reading every row: ${ms(notebook.readAllMs)}; ours is ${(exportJson.oursMs / notebook.readAllMs).toFixed(2)}× / ${(exportCsv.oursMs / notebook.readAllMs).toFixed(2)}× that floor)`,
);
