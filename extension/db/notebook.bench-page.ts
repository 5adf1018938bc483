/**
 * The reading notebook at scale, to run in a real browser (bench/db.bench.ts): 50,000 entries (14 metrics, 20
 * periods, 5,000 pages of 10 figures, sentences of about 150 characters), the last page recorded alone, and, as the baseline in the same run, the same entries in schema 3's layout (a row per entry, indexed by metric;
 * a plain Dexie table written at once). Then, each on both:
 * - a metric's page: its readings grouped and compared with the base's series, and the words of those listed
 *   (`metricReadings`; schema 3 read every reading of the metric whole and listed 100 a period);
 * - an export, JSON and CSV: the file built (ours part by part, as the side panel asks for them, into a Blob;
 *   schema 3 read every entry and wrote one string), beside the floor of only reading schema 3's rows.
 * Medians of `repeats` timings each; the databases are deleted after.
 */
import Dexie from 'dexie';
import { median, timed } from '../../bench/timing.ts';
import type { CardSeriesPoint } from '../../shared/lookup/card.ts';
import { metricGroups } from '../../shared/notebook/metric-page.ts';
import { entryKey, type NotebookEntry, notebookCsv, outletOf } from '../../shared/notebook/readings.ts';
import { GROUP_READINGS, metricReadings } from '../background/notebook.ts';
import { exportParts, notebookFile } from '../background/notebook-file.ts';
import { MekongDatabase } from './database.ts';
import { addEntries } from './notebook.ts';

export interface NotebookBenchmark {
  entries: number;
  /** Entries of the metric the page shows. */
  metricEntries: number;
  /** Readings the metric page lists, ours and schema 3's. */
  listed: { ours: number; baseline: number };
  writeMs: number;
  /** Recording one page's 10 figures into the full notebook (in the background): median of five pages. */
  recordPageMs: number;
  metricPage: { oursMs: number; baselineMs: number };
  exportJson: { oursMs: number; baselineMs: number; bytes: number };
  exportCsv: { oursMs: number; baselineMs: number; bytes: number };
  /** Reading every entry of schema 3's table, nothing else: what its export paid before writing a byte. */
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

export async function benchmarkNotebook({ entries = 50_000, repeats = 5 } = {}): Promise<NotebookBenchmark> {
  const name = 'mekong-lens-bench-notebook';
  const db = new MekongDatabase({ name });
  await db.delete();
  await db.open();
  const records = syntheticEntries(entries);
  // Filled in large batches (a page reports 10 figures; 5,000 pages one by one would take minutes), then the last
  // five pages recorded one by one into the full notebook, as the background does after a pass.
  const held = records.length - 50;
  const start = performance.now();
  for (let i = 0; i < held; i += 5000) await addEntries(db, records.slice(i, Math.min(i + 5000, held)));
  const writeMs = performance.now() - start;
  let next = held;
  const recordPageMs = await timed(5, () => {
    next += 10;
    return addEntries(db, records.slice(next - 10, next));
  });
  // Schema 3's layout, the baseline.
  const old = new Dexie(`${name}-schema3`);
  await old.delete();
  old.version(3).stores({ notebook: 'id, [metric+period], metric, recordedAt' });
  await old.open();
  const oldTable = old.table<NotebookEntry, string>('notebook');
  for (let i = 0; i < records.length; i += 5000) await oldTable.bulkPut(records.slice(i, i + 5000));

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
  const listed = { ours: 0, baseline: 0 };
  let metricEntries = 0;
  const count = (groups: Array<{ readings: unknown[]; more: number }>) => ({
    all: groups.reduce((sum, group) => sum + group.readings.length + group.more, 0),
    shown: groups.reduce((sum, group) => sum + group.readings.length, 0),
  });
  const oursMs = await timed(repeats, async () => {
    const counted = count(await metricReadings(db, series, metric, GROUP_READINGS));
    metricEntries = counted.all;
    listed.ours = counted.shown;
  });
  const baselineMs = await timed(repeats, async () => {
    const readings = await oldTable.where('metric').equals(metric).toArray();
    listed.baseline = count(metricGroups(series, readings, 100)).shown;
  });
  let jsonBytes = 0;
  const jsonMs = await timed(repeats, async () => {
    jsonBytes = new Blob(await exportParts(db, 'json'), { type: 'application/json' }).size;
  });
  const jsonBaselineMs = await timed(repeats, async () =>
    JSON.stringify(notebookFile(await oldTable.orderBy('recordedAt').toArray())),
  );
  let csvBytes = 0;
  const csvMs = await timed(repeats, async () => {
    csvBytes = new Blob(await exportParts(db, 'csv'), { type: 'text/csv' }).size;
  });
  const csvBaselineMs = await timed(repeats, async () => notebookCsv(await oldTable.orderBy('recordedAt').toArray()));
  const readAllMs = await timed(repeats, () => oldTable.orderBy('recordedAt').toArray());
  db.close();
  await db.delete();
  old.close();
  await old.delete();
  return {
    entries: records.length,
    metricEntries,
    listed,
    writeMs,
    recordPageMs,
    metricPage: { oursMs, baselineMs },
    exportJson: { oursMs: jsonMs, baselineMs: jsonBaselineMs, bytes: jsonBytes },
    exportCsv: { oursMs: csvMs, baselineMs: csvBaselineMs, bytes: csvBytes },
    readAllMs,
  };
}
