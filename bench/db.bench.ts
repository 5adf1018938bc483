/**
 * `npm run bench:db`: what the extension reads from IndexedDB, in real Chromium on an on-disk profile. A background
 * start (extension/db/start.bench-page.ts): opening the database and reading the packs back, and the compiled
 * annotator's row beside compiling it again (its baseline, in the same run). Then the reading notebook with 50,000
 * entries (extension/db/notebook.bench-page.ts): a metric's page and an export, each beside its baseline in the
 * same run. (Cards, records, lookups and search are answered from the base in memory; the database keeps no copy.)
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { ensureChromium } from '../e2e/support/browsers.ts';
import { startServer } from '../e2e/support/server.ts';
import type { NotebookBenchmark } from '../extension/db/notebook.bench-page.ts';
import type { StartBenchmark } from '../extension/db/start.bench-page.ts';

const bundle = await build({
  stdin: {
    contents:
      "import { benchmarkStart } from './extension/db/start.bench-page.ts'; import { benchmarkNotebook } from './extension/db/notebook.bench-page.ts'; window.mekongLensStartBench = benchmarkStart; window.mekongLensNotebookBench = benchmarkNotebook;",
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
/** Runs the page benchmark the script put on `window[name]` in a fresh page of the profile. */
async function inPage<T>(name: 'mekongLensStartBench' | 'mekongLensNotebookBench'): Promise<T> {
  const page = await context.newPage();
  await page.goto(server.url('/english.html'));
  await page.addScriptTag({ content: script });
  const result = await page.evaluate(
    (bench) => (window as unknown as Record<string, () => Promise<unknown>>)[bench]?.(),
    name,
  );
  await page.close();
  return result as T;
}
// A background start, with the curated base and a 9,895-entity pack: 10,000 entities.
const start = await inPage<StartBenchmark>('mekongLensStartBench');
// The reading notebook: 50,000 entries, once (each figure inside is a median of five timings).
const notebook = await inPage<NotebookBenchmark>('mekongLensNotebookBench');
await context.close();
rmSync(profile, { recursive: true, force: true });
await server.close();

const ms = (value: number) => `${value.toFixed(1)} ms`;
const ratio = (ours: number, baseline: number) => `${(baseline / ours).toFixed(1)}× faster`;
const { metricPage, exportJson, exportCsv } = notebook;
console.log(
  `A background start, ${start.entities} entities (a pack of ${(start.packBytes / 1e6).toFixed(1)} MB; the encoded annotator ${(start.stateBytes / 1e6).toFixed(1)} MB); medians of 5`,
);
console.log(`open the database and read the packs back     ${ms(start.openAndPacksMs).padStart(10)}`);
console.log(
  `read the compiled annotator's row              ${ms(start.readAnnotatorMs).padStart(10)}   baseline, compiling it again: ${ms(start.compileMs)} (${ratio(start.readAnnotatorMs, start.compileMs)})`,
);
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
