/**
 * The reading notebook's tables (shared/notebook/readings.ts): user data, which seeding never touches, so they are
 * kept across fact-base updates. Shaped for 50,000 readings, where reading a row costs far more than its bytes:
 * - `notebookPages`: a row per page (keyed by `pageKey`), holding the page's address, title and date once and each
 *   figure read there with its sentence — what the notebook view lists and an export writes;
 * - `notebookPoints`: the same readings without their words (`NotebookPoint`), in rows of at most `CHUNK` by metric
 *   and period — what a figure's card and a metric's page read: a metric's 3,500 readings are 20 rows.
 * An entry's key starts with its page's key (`pageOfKey`), so removing it finds both rows; the chunks' index
 * `[metric+period+count]` gives the metrics, their periods and the counts without reading a row.
 */
import type { Table } from 'dexie';
import { type NotebookEntry, type NotebookPoint, pageOfKey } from '../../shared/notebook/readings.ts';
import { fold } from '../../shared/search/fold.ts';
import type { MekongDatabase } from './database.ts';

/** A figure as its page's row keeps it; `title` and `date` only where they differ from the page's ('' for none). */
export type PageFigure = Omit<NotebookEntry, 'url' | 'host' | 'title' | 'date'> & { title?: string; date?: string };

export interface NotebookPageRecord {
  page: string;
  url: string;
  host: string;
  title: string;
  date?: string;
  figures: PageFigure[];
}

/** At most `CHUNK` points of one metric and period; a full chunk is followed by the next `chunk` number. */
export interface NotebookChunkRecord {
  metric: string;
  period: string;
  chunk: number;
  count: number;
  points: NotebookPoint[];
}

/** Points per chunk: small enough that recording a page rewrites little, large enough that few rows are read. */
export const CHUNK = 64;

/** The two tables, from the database or from an upgrade's transaction. */
export interface NotebookTables {
  pages: Table<NotebookPageRecord, string>;
  points: Table<NotebookChunkRecord, [string, string, number]>;
}

export const notebookTables = (db: MekongDatabase): NotebookTables => ({
  pages: db.notebookPages,
  points: db.notebookPoints,
});

/** An entry as its page's row holds it (field by field: an export builds 50,000 of them). */
function entryOf(row: NotebookPageRecord, figure: PageFigure): NotebookEntry {
  const entry: NotebookEntry = {
    id: figure.id,
    url: row.url,
    host: row.host,
    title: figure.title ?? row.title,
    text: figure.text,
    sentence: figure.sentence,
    value: figure.value,
    unit: figure.unit,
    metric: figure.metric,
    period: figure.period,
    role: figure.role,
    recordedAt: figure.recordedAt,
  };
  const date = figure.date ?? row.date;
  if (date) entry.date = date;
  if (figure.valueMax !== undefined) entry.valueMax = figure.valueMax;
  if (figure.qualifier) entry.qualifier = figure.qualifier;
  return entry;
}

function pointOf(entry: NotebookEntry): NotebookPoint {
  const { id, metric, period, role, value, valueMax, unit, qualifier, host, date, recordedAt } = entry;
  return {
    id,
    metric,
    period,
    role,
    value,
    ...(valueMax !== undefined ? { valueMax } : {}),
    unit,
    ...(qualifier ? { qualifier } : {}),
    host,
    ...(date ? { date } : {}),
    recordedAt,
  };
}

function figureOf(entry: NotebookEntry, row: NotebookPageRecord): PageFigure {
  const { url: _url, host: _host, title, date, ...rest } = entry;
  return {
    ...rest,
    ...(title !== row.title ? { title } : {}),
    ...((date ?? '') !== (row.date ?? '') ? { date: date ?? '' } : {}),
  };
}

const chunksOf = (tables: NotebookTables, metric: string, period: string) =>
  tables.points.where('[metric+period+chunk]').between([metric, period], [metric, period, []]);

/** Adds the entries not yet in the notebook (a revisit keeps the first reading's time); returns how many. */
export async function addEntries(db: MekongDatabase, entries: readonly NotebookEntry[]): Promise<number> {
  if (entries.length === 0) return 0;
  const tables = notebookTables(db);
  return db.transaction('rw', db.notebookPages, db.notebookPoints, () => addTo(tables, entries));
}

/** `addEntries` inside a transaction over both tables (the schema upgrade calls it too). */
export async function addTo(tables: NotebookTables, entries: readonly NotebookEntry[]): Promise<number> {
  const keys = [...new Set(entries.map((entry) => pageOfKey(entry.id)))];
  const rows = new Map<string, NotebookPageRecord>();
  (await tables.pages.bulkGet(keys)).forEach((row) => {
    if (row) rows.set(row.page, row);
  });
  const known = new Set([...rows.values()].flatMap((row) => row.figures.map((figure) => figure.id)));
  const fresh: NotebookEntry[] = [];
  const changed = new Set<NotebookPageRecord>();
  for (const entry of entries) {
    if (known.has(entry.id)) continue;
    known.add(entry.id);
    fresh.push(entry);
    const key = pageOfKey(entry.id);
    let row = rows.get(key);
    if (!row) {
      row = {
        page: key,
        url: entry.url,
        host: entry.host,
        title: entry.title,
        ...(entry.date ? { date: entry.date } : {}),
        figures: [],
      };
      rows.set(key, row);
    }
    row.figures.push(figureOf(entry, row));
    changed.add(row);
  }
  if (fresh.length === 0) return 0;
  await tables.pages.bulkPut([...changed]);
  // Each metric and period's new points go on its last chunk, then on new ones.
  const byBucket = new Map<string, NotebookPoint[]>();
  for (const entry of fresh) {
    const key = `${entry.metric}\n${entry.period}`;
    const list = byBucket.get(key) ?? [];
    list.push(pointOf(entry));
    byBucket.set(key, list);
  }
  const written: NotebookChunkRecord[] = [];
  const lasts = await Promise.all(
    [...byBucket.values()].map((points) => {
      const { metric, period } = points[0] as NotebookPoint;
      return chunksOf(tables, metric, period).last();
    }),
  );
  for (const [i, points] of [...byBucket.values()].entries()) {
    const { metric, period } = points[0] as NotebookPoint;
    let last = lasts[i];
    for (const point of points) {
      if (!last || last.points.length >= CHUNK) {
        last = { metric, period, chunk: last ? last.chunk + 1 : 0, count: 0, points: [] };
        written.push(last);
      } else if (!written.includes(last)) written.push(last);
      last.points.push(point);
      last.count = last.points.length;
    }
  }
  await tables.points.bulkPut(written);
  return fresh.length;
}

/** Writes entries as they are (an import): an entry already there is replaced by the file's. */
export async function putEntries(db: MekongDatabase, entries: readonly NotebookEntry[]): Promise<void> {
  const tables = notebookTables(db);
  await db.transaction('rw', db.notebookPages, db.notebookPoints, async () => {
    await removeFrom(
      tables,
      entries.map((entry) => entry.id),
    );
    const latest = new Map(entries.map((entry) => [entry.id, entry]));
    await addTo(tables, [...latest.values()]);
  });
}

/** Every reading of a metric, or of a metric for one period, without its words. */
export async function readingsOf(db: MekongDatabase, metric: string, period?: string): Promise<NotebookPoint[]> {
  const chunks =
    period === undefined
      ? await db.notebookPoints
          .where('[metric+period+chunk]')
          // Every key [metric, period, chunk]: above [metric], below [metric, []] (an array sorts after strings).
          .between([metric], [metric, []])
          .toArray()
      : await chunksOf(notebookTables(db), metric, period).toArray();
  return chunks.flatMap((chunk) => chunk.points);
}

/** The entries of some points (or keys), with their words, in the same order; a key no longer there is left out. */
export async function entriesOf(db: MekongDatabase, ids: readonly string[]): Promise<NotebookEntry[]> {
  const keys = [...new Set(ids.map(pageOfKey))];
  const rows = new Map<string, NotebookPageRecord>();
  (await db.notebookPages.bulkGet(keys)).forEach((row) => {
    if (row) rows.set(row.page, row);
  });
  const out: NotebookEntry[] = [];
  for (const id of ids) {
    const row = rows.get(pageOfKey(id));
    const figure = row?.figures.find((candidate) => candidate.id === id);
    if (row && figure) out.push(entryOf(row, figure));
  }
  return out;
}

export interface NotebookFilter {
  /** Words to find in the sentence, the number as written, the title or the outlet (accents optional). */
  query?: string;
  metric?: string;
  period?: string;
  /** At most this many entries, newest first. */
  limit?: number;
}

const newestFirst = (a: { recordedAt: number; id: string }, b: { recordedAt: number; id: string }) =>
  b.recordedAt - a.recordedAt || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The entries a filter keeps, newest first, at most `limit`, and how many it keeps in all. */
export async function findEntries(
  db: MekongDatabase,
  { query, metric, period, limit = 200 }: NotebookFilter,
): Promise<{ total: number; entries: NotebookEntry[] }> {
  const words = fold(query ?? '')
    .split(/\s+/)
    .filter(Boolean);
  if (words.length === 0) {
    // Without words, the points say which entries and in what order; only the page rows of those shown are read.
    const points =
      metric === undefined
        ? (await db.notebookPoints.toArray())
            .flatMap((chunk) => chunk.points)
            .filter((point) => period === undefined || point.period === period)
        : await readingsOf(db, metric, period);
    points.sort(newestFirst);
    return {
      total: points.length,
      entries: await entriesOf(
        db,
        points.slice(0, limit).map((point) => point.id),
      ),
    };
  }
  const kept: NotebookEntry[] = [];
  await db.notebookPages.each((row) => {
    const page = fold(`${row.title} ${row.host}`);
    for (const figure of row.figures) {
      if (metric !== undefined && figure.metric !== metric) continue;
      if (period !== undefined && figure.period !== period) continue;
      const text = `${fold(`${figure.sentence} ${figure.text}${figure.title ? ` ${figure.title}` : ''}`)} ${page}`;
      if (words.every((word) => text.includes(word))) kept.push(entryOf(row, figure));
    }
  });
  kept.sort(newestFirst);
  return { total: kept.length, entries: kept.slice(0, limit) };
}

/** Entries from page rows after the key `after` (all when undefined), `pages` rows at most: one part of an export. */
export async function entriesAfter(
  db: MekongDatabase,
  after: string | undefined,
  pages: number,
): Promise<{ entries: NotebookEntry[]; next?: string }> {
  const rows = await (after === undefined
    ? db.notebookPages.orderBy(':id')
    : db.notebookPages.where(':id').above(after)
  )
    .limit(pages)
    .toArray();
  const entries = rows.flatMap((row) => row.figures.map((figure) => entryOf(row, figure)));
  const last = rows[rows.length - 1];
  return rows.length === pages && last ? { entries, next: last.page } : { entries };
}

/** Every entry, oldest first. */
export async function allEntries(db: MekongDatabase): Promise<NotebookEntry[]> {
  const rows = await db.notebookPages.toArray();
  return rows.flatMap((row) => row.figures.map((figure) => entryOf(row, figure))).sort((a, b) => -newestFirst(a, b));
}

/** Each metric with entries, with its periods (newest first) and how many entries it has. */
export async function notebookMetrics(
  db: MekongDatabase,
): Promise<Array<{ metric: string; periods: string[]; count: number }>> {
  const out: Array<{ metric: string; periods: string[]; count: number }> = [];
  // Walks the chunks' index keys only, never the rows.
  const keys = (await db.notebookPoints.orderBy('[metric+period+count]').keys()) as unknown as Array<
    [string, string, number]
  >;
  for (const [metric, period, count] of keys) {
    let last = out[out.length - 1];
    if (last?.metric !== metric) {
      last = { metric, periods: [], count: 0 };
      out.push(last);
    }
    last.count += count;
    if (last.periods[last.periods.length - 1] !== period) last.periods.push(period);
  }
  for (const row of out) row.periods.reverse();
  return out;
}

export async function removeEntries(db: MekongDatabase, ids: readonly string[]): Promise<void> {
  const tables = notebookTables(db);
  await db.transaction('rw', db.notebookPages, db.notebookPoints, () => removeFrom(tables, ids));
}

async function removeFrom(tables: NotebookTables, ids: readonly string[]): Promise<void> {
  const gone = new Set(ids);
  const rows = (await tables.pages.bulkGet([...new Set(ids.map(pageOfKey))])).filter(
    (row): row is NotebookPageRecord => row !== undefined,
  );
  const buckets = new Map<string, [string, string]>();
  for (const row of rows) {
    for (const figure of row.figures)
      if (gone.has(figure.id)) buckets.set(`${figure.metric}\n${figure.period}`, [figure.metric, figure.period]);
    row.figures = row.figures.filter((figure) => !gone.has(figure.id));
  }
  if (buckets.size === 0) return;
  await tables.pages.bulkPut(rows.filter((row) => row.figures.length > 0));
  await tables.pages.bulkDelete(rows.filter((row) => row.figures.length === 0).map((row) => row.page));
  for (const [metric, period] of buckets.values()) {
    const chunks = await chunksOf(tables, metric, period).toArray();
    for (const chunk of chunks) {
      const points = chunk.points.filter((point) => !gone.has(point.id));
      if (points.length === chunk.points.length) continue;
      if (points.length === 0) await tables.points.delete([metric, period, chunk.chunk]);
      else await tables.points.put({ ...chunk, points, count: points.length });
    }
  }
}

export async function clearNotebook(db: MekongDatabase): Promise<void> {
  await db.transaction('rw', db.notebookPages, db.notebookPoints, async () => {
    await db.notebookPages.clear();
    await db.notebookPoints.clear();
  });
}

export async function countEntries(db: MekongDatabase): Promise<number> {
  return (await notebookMetrics(db)).reduce((sum, row) => sum + row.count, 0);
}
