/**
 * A metric's page (the reading notebook): the reader's readings grouped by period and role beside the base's facts
 * for the same period and role; a reading or a fact is marked where another source says a value that cannot also
 * hold; groups with a disagreement first, then the newest period first. A group lists its first readings only (a
 * page lists what a reader can read) and sums up every one of them by value, for the chart and the counts.
 */
import type { FigureRole } from '../factbase/kinds.ts';
import type { CardSeriesPoint } from '../lookup/card.ts';
import { type ComparedFigure, disagreeing, type NotebookEntry, readingsAgree, type WrittenValue } from './readings.ts';

/** One value as the readings of a group write it: how many say it, and whether it disagrees with another source. */
export interface ValueSummary extends WrittenValue {
  count: number;
  disagrees: boolean;
  /** The outlet of its first reading. */
  host: string;
}

export interface MetricGroup<T = NotebookEntry> {
  period: string;
  role: FigureRole;
  disagree: boolean;
  /** The first readings (those that disagree first, then the newest article), each marked. */
  readings: Array<T & { disagrees: boolean }>;
  /** The base's facts for that period and role; `disagrees` when a reading says otherwise. */
  facts: Array<CardSeriesPoint & { disagrees: boolean }>;
  /** Readings of the group left out past `limit`. */
  more: number;
  /** Every reading of the group, one row per value as written. */
  values: ValueSummary[];
}

/** A base fact's role as a reading's: the base marks targets; its other figures are results. */
const factRole = (point: CardSeriesPoint): FigureRole => (point.isTarget ? 'target' : 'result');

/**
 * A group lists at most `limit` readings; the marks, the counts and the values cover them all. Readings that write
 * the same value agree with each other and disagree with the same others, so each value as written is compared
 * once: linear in the readings, whatever their number.
 */
export function metricGroups<T extends ComparedFigure & { date?: string; host: string }>(
  series: readonly CardSeriesPoint[],
  readings: readonly T[],
  limit = 100,
): MetricGroup<T>[] {
  const byGroup = new Map<string, { period: string; role: FigureRole; values: Map<string, Written<T>> }>();
  for (const reading of readings) {
    const groupKey = `${reading.period}\n${reading.role}`;
    let group = byGroup.get(groupKey);
    if (!group) {
      group = { period: reading.period, role: reading.role, values: new Map() };
      byGroup.set(groupKey, group);
    }
    const valueKey = `${reading.value}\n${reading.valueMax ?? ''}\n${reading.qualifier ?? ''}`;
    let written = group.values.get(valueKey);
    if (!written) {
      written = {
        summary: {
          value: reading.value,
          ...(reading.valueMax !== undefined ? { valueMax: reading.valueMax } : {}),
          ...(reading.qualifier ? { qualifier: reading.qualifier } : {}),
          count: 0,
          disagrees: false,
          host: reading.host,
        },
        readings: [],
      };
      group.values.set(valueKey, written);
    }
    written.summary.count += 1;
    written.readings.push(reading);
  }
  const groups = [...byGroup.values()].map(({ period, role, values }): MetricGroup<T> => {
    const facts = series.filter((point) => point.periodKey === period && factRole(point) === role);
    const distinct = [...values.values()];
    const marked = disagreeing(distinct.map((written) => written.summary));
    for (const { summary } of distinct)
      summary.disagrees = marked.has(summary) || facts.some((fact) => !readingsAgree(summary, fact));
    const checked = facts.map((fact) => ({
      ...fact,
      disagrees: distinct.some(({ summary }) => !readingsAgree(summary, fact)),
    }));
    // Those that disagree first, then the newest article.
    const listed = (disagrees: boolean, count: number) =>
      newest(
        distinct.filter(({ summary }) => summary.disagrees === disagrees).flatMap((written) => written.readings),
        count,
      ).map((entry) => ({ ...entry, disagrees }));
    const first = listed(true, limit);
    const shown = first.length < limit ? [...first, ...listed(false, limit - first.length)] : first;
    return {
      period,
      role,
      disagree: marked.size > 0 || checked.some((fact) => fact.disagrees),
      readings: shown,
      facts: checked,
      more: distinct.reduce((sum, { summary }) => sum + summary.count, 0) - shown.length,
      values: distinct.map((written) => written.summary),
    };
  });
  return groups.sort(
    (a, b) =>
      Number(b.disagree) - Number(a.disagree) || b.period.localeCompare(a.period) || a.role.localeCompare(b.role),
  );
}

/**
 * The `count` readings of the newest articles, newest first (dates are `YYYY-MM-DD`, compared as they are; none
 * last): kept in a short sorted list, so a group's thousands of readings are never sorted whole.
 */
function newest<T extends { date?: string }>(readings: readonly T[], count: number): T[] {
  const top: T[] = [];
  for (const reading of readings) {
    const date = reading.date ?? '';
    if (top.length === count && date <= ((top[count - 1] as T).date ?? '')) continue;
    let at = top.length;
    while (at > 0 && ((top[at - 1] as T).date ?? '') < date) at--;
    top.splice(at, 0, reading);
    if (top.length > count) top.pop();
  }
  return top;
}

/** One value as written in a group, with the readings that write it. */
interface Written<T> {
  summary: ValueSummary;
  readings: T[];
}
