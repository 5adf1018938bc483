/**
 * The reading notebook's records (DESIGN.md, "Reading notebook"): every figure with a known metric a reader met on
 * a page, with the page's address, title, outlet and date and the sentence it stood in; one record per page and
 * figure. Pure: the database (extension/db/notebook.ts), the background and the UI share it.
 *
 * Two readings disagree when they are for the same metric, period and role and the intervals their written values
 * stand for do not overlap (shared/text/frames.ts, `bounds`: "khoảng 1,74 tỷ" and "1,7 tỷ" agree, "2,2 tỷ" does not).
 */
import type { FigureRole, QualifierName } from '../factbase/kinds.ts';
import { textHash } from '../hash.ts';
import { bounds, type Interval, overlaps, precisionOf } from '../text/frames.ts';

/** A figure as the content script reports it, before the background adds where it was read. */
export interface ReadFigure {
  /** The number as written ("khoảng 1,74 tỷ USD"). */
  text: string;
  /** The sentence it stands in. */
  sentence: string;
  value: number;
  valueMax?: number;
  unit: string;
  metric: string;
  /** The period as a fact's `periodKey`, or '' when the page names none. */
  period: string;
  role: FigureRole;
  qualifier?: QualifierName;
}

export interface NotebookEntry extends ReadFigure {
  /** `entryKey`: the same page and figure always have the same key, so a revisit does not duplicate. */
  id: string;
  url: string;
  /** The outlet: the page's hostname without `www.`. */
  host: string;
  title: string;
  /** The article's own date (`YYYY-MM-DD`), when the page states one. */
  date?: string;
  /** When the reader first read it (ms since the epoch). */
  recordedAt: number;
}

/**
 * A reading without its words and page: what a card and a metric's page compare and count. The database keeps
 * these together by metric and period (extension/db/notebook.ts), the words in the page's row.
 */
export type NotebookPoint = Pick<
  NotebookEntry,
  'id' | 'metric' | 'period' | 'role' | 'value' | 'valueMax' | 'unit' | 'qualifier' | 'host' | 'date' | 'recordedAt'
>;

/** What grouping and comparing readings look at. */
export type ComparedFigure = Pick<ReadFigure, 'period' | 'role'> & WrittenValue;

/** An entry as the UI shows it: `disagrees` when another source says a value that cannot also hold. */
export type Reading = NotebookEntry & { disagrees: boolean };

/** A page's key: a 64-bit hash of its address. */
export const pageKey = (url: string): string => textHash(url);
/**
 * The record's key: the page's key, then a 64-bit hash of metric, period, role, value and sentence (short: keys are
 * kept in every page row and point; two of 50,000 figures of one page meet with odds far below 1 in 10^10). Its
 * first 16 digits name the page row that holds the reading (`pageOfKey`).
 */
export function entryKey(
  entry: Pick<NotebookEntry, 'url' | 'metric' | 'period' | 'role' | 'value' | 'sentence'>,
): string {
  return (
    pageKey(entry.url) + textHash([entry.metric, entry.period, entry.role, entry.value, entry.sentence].join('\n'))
  );
}

/** The page row an entry's key names. */
export const pageOfKey = (id: string): string => id.slice(0, 16);

/** The outlet a reader knows a page by. */
export function outletOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** The values a written number stands for: one unit of its last digit wide, its qualifier's side open. */
function interval(value: number, qualifier: string | undefined): Interval {
  return bounds(value, precisionOf(value), qualifier);
}

/** A value as written: a reading's, or a base fact's (whose qualifier may also be `estimate`, read as about). */
export interface WrittenValue {
  value: number;
  valueMax?: number;
  qualifier?: string;
}

/** Do two readings of the same metric, period and role say the same value, as far as their wording allows? */
export function readingsAgree(a: WrittenValue, b: WrittenValue): boolean {
  if ((a.valueMax === undefined) !== (b.valueMax === undefined)) return false;
  if (!overlaps(interval(a.value, a.qualifier), interval(b.value, b.qualifier))) return false;
  if (a.valueMax !== undefined && b.valueMax !== undefined)
    return overlaps(interval(a.valueMax, a.qualifier), interval(b.valueMax, b.qualifier));
  return true;
}

/** One metric, period and role's readings, and whether any two of them disagree. */
export interface ReadingGroup<T extends ComparedFigure = NotebookEntry> {
  period: string;
  role: FigureRole;
  readings: T[];
  /** Some readings say values that cannot both hold. */
  disagree: boolean;
}

/** Readings grouped by period and role; groups with a disagreement first, then by period, newest first. */
export function groupReadings<T extends ComparedFigure>(readings: readonly T[]): ReadingGroup<T>[] {
  const groups = new Map<string, ReadingGroup<T>>();
  for (const reading of readings) {
    const key = `${reading.period}\n${reading.role}`;
    let group = groups.get(key);
    if (!group) {
      group = { period: reading.period, role: reading.role, readings: [], disagree: false };
      groups.set(key, group);
    }
    group.readings.push(reading);
  }
  for (const group of groups.values()) group.disagree = disagreeing(group.readings).size > 0;
  return [...groups.values()].sort(
    (a, b) =>
      Number(b.disagree) - Number(a.disagree) || b.period.localeCompare(a.period) || a.role.localeCompare(b.role),
  );
}

/**
 * The readings (of one metric, period and role) that disagree with at least one other. Linear: a value's interval
 * meets every other one exactly when it meets the one that ends first and the one that starts last (intervals on a
 * line), so each is checked against those two; ranges ("1–2 tỷ") are compared pair by pair.
 */
export function disagreeing<T extends WrittenValue>(readings: readonly T[]): Set<T> {
  if (readings.some((reading) => reading.valueMax !== undefined)) return disagreeingPairwise(readings);
  const intervals = readings.map((reading) => interval(reading.value, reading.qualifier));
  const end = (i: number) => (intervals[i] as Interval).high - ((intervals[i] as Interval).highOpen ? 1e-9 : 0);
  const start = (i: number) => (intervals[i] as Interval).low + ((intervals[i] as Interval).lowOpen ? 1e-9 : 0);
  let [firstEnd, secondEnd, lastStart, secondStart] = [-1, -1, -1, -1];
  for (let i = 0; i < readings.length; i++) {
    if (firstEnd < 0 || end(i) < end(firstEnd)) [secondEnd, firstEnd] = [firstEnd, i];
    else if (secondEnd < 0 || end(i) < end(secondEnd)) secondEnd = i;
    if (lastStart < 0 || start(i) > start(lastStart)) [secondStart, lastStart] = [lastStart, i];
    else if (secondStart < 0 || start(i) > start(secondStart)) secondStart = i;
  }
  const out = new Set<T>();
  readings.forEach((reading, i) => {
    const ends = i === firstEnd ? secondEnd : firstEnd;
    const starts = i === lastStart ? secondStart : lastStart;
    const self = intervals[i] as Interval;
    if (
      (ends >= 0 && !overlaps(self, intervals[ends] as Interval)) ||
      (starts >= 0 && !overlaps(self, intervals[starts] as Interval))
    )
      out.add(reading);
  });
  return out;
}

/** The same, by comparing every pair: for ranges, and as the linear version's oracle in tests. */
export function disagreeingPairwise<T extends WrittenValue>(readings: readonly T[]): Set<T> {
  const out = new Set<T>();
  for (let i = 0; i < readings.length; i++) {
    for (let j = i + 1; j < readings.length; j++) {
      const a = readings[i] as T;
      const b = readings[j] as T;
      if (!readingsAgree(a, b)) {
        out.add(a);
        out.add(b);
      }
    }
  }
  return out;
}

/** The columns of the CSV export, in order. */
export const CSV_COLUMNS = [
  'metric',
  'period',
  'role',
  'value',
  'valueMax',
  'unit',
  'qualifier',
  'text',
  'sentence',
  'title',
  'url',
  'host',
  'date',
  'recordedAt',
] as const;

/** A CSV field (RFC 4180): quoted when it holds a comma, a quote or a line break; a leading =+-@ is defused. */
function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value !== 'string') return String(value);
  // A spreadsheet would run a field starting with these as a formula (CSV injection).
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The CSV's header row, with its line break. */
export const CSV_HEADER = `${CSV_COLUMNS.join(',')}\r\n`;

/** Entries as CSV rows, each ending in a line break (no header): an export writes them a chunk at a time. */
export function csvRows(entries: readonly NotebookEntry[]): string {
  const lines: string[] = [];
  for (const entry of entries) {
    const fields = CSV_COLUMNS.map((column) =>
      column === 'recordedAt' ? new Date(entry.recordedAt).toISOString() : csvField(entry[column]),
    );
    lines.push(`${fields.join(',')}\r\n`);
  }
  return lines.join('');
}

/** The notebook as CSV, a header row first; `recordedAt` as an ISO time. */
export function notebookCsv(entries: readonly NotebookEntry[]): string {
  return CSV_HEADER + csvRows(entries);
}
