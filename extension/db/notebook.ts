/**
 * The reading notebook's table (shared/notebook/readings.ts): user data, which seeding never touches, so it is
 * kept across fact-base updates. Keyed by `entryKey` (page, metric, period, role, value, sentence), so a revisit
 * writes nothing new; indexed by metric and by metric and period, for a figure's card and a metric's page.
 */
import type { NotebookEntry } from '../../shared/notebook/readings.ts';
import { fold } from '../../shared/search/fold.ts';
import type { MekongDatabase } from './database.ts';

/** Adds the entries not yet in the notebook (a revisit keeps the first reading's time); returns how many. */
export async function addEntries(db: MekongDatabase, entries: readonly NotebookEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  return db.transaction('rw', db.notebook, async () => {
    const existing = await db.notebook.bulkGet(entries.map((entry) => entry.id));
    const seen = new Set<string>();
    const fresh = entries.filter((entry, i) => {
      if (existing[i] || seen.has(entry.id)) return false;
      seen.add(entry.id);
      return true;
    });
    await db.notebook.bulkAdd(fresh);
    return fresh.length;
  });
}

/** Writes entries as they are (an import): an entry already there is replaced by the file's. */
export async function putEntries(db: MekongDatabase, entries: readonly NotebookEntry[]): Promise<void> {
  await db.notebook.bulkPut([...entries]);
}

/** Every reading of a metric, or of a metric for one period. */
export async function readingsOf(db: MekongDatabase, metric: string, period?: string): Promise<NotebookEntry[]> {
  return period === undefined
    ? db.notebook.where('metric').equals(metric).toArray()
    : db.notebook.where('[metric+period]').equals([metric, period]).toArray();
}

export interface NotebookFilter {
  /** Words to find in the sentence, the number as written, the title or the outlet (accents optional). */
  query?: string;
  metric?: string;
  period?: string;
  /** At most this many entries, newest first. */
  limit?: number;
}

/** The entries a filter keeps, newest first, at most `limit`, and how many it keeps in all. */
export async function findEntries(
  db: MekongDatabase,
  { query, metric, period, limit = 200 }: NotebookFilter,
): Promise<{ total: number; entries: NotebookEntry[] }> {
  const words = fold(query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  const matches = (entry: NotebookEntry) => {
    if (period !== undefined && entry.period !== period) return false;
    if (words.length === 0) return true;
    const text = fold(`${entry.sentence} ${entry.text} ${entry.title} ${entry.host}`);
    return words.every((word) => text.includes(word));
  };
  const collection =
    metric === undefined
      ? db.notebook.orderBy('recordedAt').reverse()
      : db.notebook.where('metric').equals(metric).reverse();
  const kept = await collection.filter(matches).toArray();
  if (metric !== undefined) kept.sort((a, b) => b.recordedAt - a.recordedAt);
  return { total: kept.length, entries: kept.slice(0, limit) };
}

/** Every entry, oldest first: what an export holds. */
export async function allEntries(db: MekongDatabase): Promise<NotebookEntry[]> {
  return db.notebook.orderBy('recordedAt').toArray();
}

/** Each metric with entries, with its periods (newest first) and how many entries it has. */
export async function notebookMetrics(
  db: MekongDatabase,
): Promise<Array<{ metric: string; periods: string[]; count: number }>> {
  const out: Array<{ metric: string; periods: string[]; count: number }> = [];
  // Walks the [metric+period] index's keys only, never the records.
  const keys = (await db.notebook.orderBy('[metric+period]').keys()) as unknown as Array<[string, string]>;
  for (const [metric, period] of keys) {
    let last = out[out.length - 1];
    if (last?.metric !== metric) {
      last = { metric, periods: [], count: 0 };
      out.push(last);
    }
    last.count += 1;
    if (last.periods[last.periods.length - 1] !== period) last.periods.push(period);
  }
  for (const row of out) row.periods.reverse();
  return out;
}

export async function removeEntries(db: MekongDatabase, ids: readonly string[]): Promise<void> {
  await db.notebook.bulkDelete([...ids]);
}

export async function clearNotebook(db: MekongDatabase): Promise<void> {
  await db.notebook.clear();
}

export async function countEntries(db: MekongDatabase): Promise<number> {
  return db.notebook.count();
}
