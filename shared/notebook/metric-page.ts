/**
 * A metric's page (the reading notebook): the reader's readings grouped by period and role beside the base's facts
 * for the same period and role; a reading or a fact is marked where another source says a value that cannot also
 * hold; groups with a disagreement first, then the newest period first.
 */
import type { FigureRole } from '../factbase/kinds.ts';
import type { CardSeriesPoint } from '../lookup/card.ts';
import { disagreeing, groupReadings, type NotebookEntry, type Reading, readingsAgree } from './readings.ts';

export interface MetricGroup {
  period: string;
  role: FigureRole;
  disagree: boolean;
  readings: Reading[];
  /** The base's facts for that period and role; `disagrees` when a reading says otherwise. */
  facts: Array<CardSeriesPoint & { disagrees: boolean }>;
  /** Readings of the group left out past `limit` (the first are kept: those that disagree, then the newest). */
  more: number;
}

/** A base fact's role as a reading's: the base marks targets; its other figures are results. */
const factRole = (point: CardSeriesPoint): FigureRole => (point.isTarget ? 'target' : 'result');

/** A group lists at most `limit` readings: a page lists what a reader can read; the marks count them all. */
export function metricGroups(
  series: readonly CardSeriesPoint[],
  readings: readonly NotebookEntry[],
  limit = 100,
): MetricGroup[] {
  const groups = groupReadings(readings).map((group) => {
    const facts = series.filter((point) => point.periodKey === group.period && factRole(point) === group.role);
    const marked = disagreeing(group.readings);
    const out = group.readings
      .map((entry) => ({
        ...entry,
        disagrees: marked.has(entry) || facts.some((fact) => !readingsAgree(entry, fact)),
      }))
      .sort((a, b) => Number(b.disagrees) - Number(a.disagrees) || (b.date ?? '').localeCompare(a.date ?? ''));
    const checked = facts.map((fact) => ({
      ...fact,
      disagrees: group.readings.some((entry) => !readingsAgree(entry, fact)),
    }));
    return {
      period: group.period,
      role: group.role,
      disagree: group.disagree || checked.some((fact) => fact.disagrees),
      readings: out.slice(0, limit),
      facts: checked,
      more: Math.max(0, out.length - limit),
    };
  });
  return groups.sort((a, b) => Number(b.disagree) - Number(a.disagree) || b.period.localeCompare(a.period));
}
