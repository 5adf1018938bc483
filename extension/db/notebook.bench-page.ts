/**
 * The reading notebook at scale, to run in a real browser (bench/db.bench.ts): 50,000 entries (14 metrics, 20
 * periods, 5,000 pages of 10 figures, sentences of about 150 characters) written in batches as pages report them,
 * then, in the same run:
 * - a metric's page: the metric's readings by its index, grouped and compared with the base's series
 *   (`metricGroups`), beside the baseline of reading the whole table and filtering it;
 * - an export: every entry read and written as the JSON and the CSV file, beside the floor of only reading them.
 * Medians of `repeats` timings each; the database is deleted after.
 */
import type { CardSeriesPoint } from '../../shared/lookup/card.ts';
import { metricGroups } from '../../shared/notebook/metric-page.ts';
import { entryKey, type NotebookEntry, notebookCsv, outletOf } from '../../shared/notebook/readings.ts';
import { notebookFile } from '../background/notebook-file.ts';
import { MekongDatabase } from './database.ts';
import { addEntries, allEntries, readingsOf } from './notebook.ts';

export interface NotebookBenchmark {
  entries: number;
  /** Entries of the metric the page shows. */
  metricEntries: number;
  writeMs: number;
  metricPage: { oursMs: number; baselineMs: number };
  exportJson: { oursMs: number; bytes: number };
  exportCsv: { oursMs: number; bytes: number };
  /** Reading every entry, nothing else: what any export pays. */
  readAllMs: number;
}

const METRICS = 14;
const PERIODS = 20;

export function syntheticEntries(count: number): NotebookEntry[] {
  const entries: NotebookEntry[] = [];
  for (let i = 0; i < count; i++) {
    const page = Math.floor(i / 10);
    const url = `https://bao${page % 40}.example/tin-tuc/bai-${page}.html`;
    const value = (1 + ((i * 7) % 13) / 10) * 1e9;
    const entry: NotebookEntry = {
      id: '',
      url,
      host: outletOf(url),
      title: `Bài số ${page}: quan hệ hợp tác Việt Nam - Lào tiếp tục phát triển`,
      date: `2025-${String(1 + (page % 12)).padStart(2, '0')}-${String(1 + (page % 28)).padStart(2, '0')}`,
      text: `${value / 1e9} tỷ USD`,
      sentence: `Năm ${2005 + (i % PERIODS)}, kim ngạch thương mại song phương Việt Nam - Lào đạt ${value / 1e9} tỷ USD, tăng ${i % 30}% so với năm trước, theo câu ${i}.`,
      value,
      unit: 'USD',
      metric: `metric-${i % METRICS}`,
      period: String(2005 + (Math.floor(i / METRICS) % PERIODS)),
      role: 'result',
      recordedAt: 1_700_000_000_000 + i,
    };
    entry.id = entryKey(entry);
    entries.push(entry);
  }
  return entries;
}

const median = (times: number[]) => [...times].sort((a, b) => a - b)[times.length >> 1] ?? 0;

async function timed(repeats: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}

export async function benchmarkNotebook({ entries = 50_000, repeats = 5 } = {}): Promise<NotebookBenchmark> {
  const name = 'mekong-lens-bench-notebook';
  const db = new MekongDatabase({ name });
  await db.delete();
  await db.open();
  const records = syntheticEntries(entries);
  let start = performance.now();
  for (let i = 0; i < records.length; i += 500) await addEntries(db, records.slice(i, i + 500));
  const writeMs = performance.now() - start;

  const metric = 'metric-0';
  const series: CardSeriesPoint[] = Array.from({ length: 6 }, (_, i) => ({
    factId: `f${i}`,
    period: `năm ${2010 + i}`,
    periodKey: String(2010 + i),
    value: 1.5e9,
    unit: 'USD',
    isTarget: false,
    source: { seed: 's', title: 't', date: '2024-01-01', quote: 'q' },
  }));
  let metricEntries = 0;
  const oursMs = await timed(repeats, async () => {
    const readings = await readingsOf(db, metric);
    metricEntries = readings.length;
    metricGroups(series, readings);
  });
  const baselineMs = await timed(repeats, async () => {
    const readings = (await db.notebook.toArray()).filter((entry) => entry.metric === metric);
    metricGroups(series, readings);
  });
  let jsonBytes = 0;
  const jsonMs = await timed(repeats, async () => {
    jsonBytes = JSON.stringify(notebookFile(await allEntries(db))).length;
  });
  let csvBytes = 0;
  const csvMs = await timed(repeats, async () => {
    csvBytes = notebookCsv(await allEntries(db)).length;
  });
  const readAllMs = await timed(repeats, () => db.notebook.toArray());
  start = performance.now();
  db.close();
  await db.delete();
  return {
    entries: records.length,
    metricEntries,
    writeMs,
    metricPage: { oursMs, baselineMs },
    exportJson: { oursMs: jsonMs, bytes: jsonBytes },
    exportCsv: { oursMs: csvMs, bytes: csvBytes },
    readAllMs,
  };
}
