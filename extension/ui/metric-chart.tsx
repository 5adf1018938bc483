/**
 * A metric's page chart (the reading notebook): periods along, values up; the base's points as squares, the
 * readings as circles, one per value as written in a period (its title says how many articles give it), a value
 * that disagrees drawn hollow and thick. Inline SVG, the points also in the table beside it, a title for screen
 * readers.
 */
import type { MetricPage } from '../messaging/protocol.ts';
import { formatValue } from './format.ts';
import { t } from './i18n.ts';

const WIDTH = 320;
const HEIGHT = 170;
const LEFT = 8;
const TOP = 14;
const BOTTOM = 34;

/** Where the i-th of n readings of one period sits in its slot, right of the base's square: apart, in order. */
function spread(i: number, n: number, slot: number): number {
  const room = Math.max(8, slot / 2 - 6);
  return 6 + (n === 1 ? 0 : (room * i) / (n - 1));
}

export function MetricChart({ page, title }: { page: MetricPage; title: string }) {
  const groups = [...page.groups].sort((a, b) => a.period.localeCompare(b.period));
  const periods = [...new Set([...page.series.map((point) => point.periodKey), ...groups.map((g) => g.period)])]
    .filter(Boolean)
    .sort();
  const values = [
    ...page.series.map((point) => point.valueMax ?? point.value),
    ...groups.flatMap((group) => group.values.map((reading) => reading.valueMax ?? reading.value)),
  ];
  const max = Math.max(0, ...values);
  if (periods.length === 0 || max <= 0) return null;
  const slot = (WIDTH - LEFT) / periods.length;
  const x = (period: string) => LEFT + slot * periods.indexOf(period) + slot / 2;
  const y = (value: number) => HEIGHT - BOTTOM - ((HEIGHT - TOP - BOTTOM) * value) / max;
  return (
    <svg class="ml-chart ml-metric-chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
      <title>{title}</title>
      <line x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} class="ml-chart-axis" />
      {periods.map((period) => (
        <text key={period} x={x(period)} y={HEIGHT - BOTTOM + 14} class="ml-chart-label" text-anchor="middle">
          {period.length > 10 ? `${period.slice(0, 9)}…` : period}
        </text>
      ))}
      {page.series.map((point) => (
        <rect
          key={point.factId}
          x={x(point.periodKey) - 9}
          y={y(point.value) - 4}
          width="8"
          height="8"
          class={point.isTarget ? 'ml-chart-base ml-chart-target' : 'ml-chart-base'}
        >
          <title>{formatValue(point.value, point.unit, point.valueMax)}</title>
        </rect>
      ))}
      {page.series.map((point) => (
        <text
          key={`${point.factId}:label`}
          x={x(point.periodKey) - 5}
          y={y(point.value) - 7}
          class="ml-chart-value"
          text-anchor="middle"
        >
          {formatValue(point.value, point.unit).replace(` ${point.unit}`, '')}
        </text>
      ))}
      {groups.flatMap((group) =>
        group.values.map((reading, i) => (
          <circle
            key={`${group.period}:${group.role}:${i}`}
            cx={x(group.period) + spread(i, group.values.length, slot)}
            cy={y(reading.value)}
            r="4"
            class={reading.disagrees ? 'ml-chart-reading ml-chart-disagrees' : 'ml-chart-reading'}
          >
            <title>
              {formatValue(reading.value, page.metric.unit, reading.valueMax)} ·{' '}
              {reading.count === 1 ? reading.host : t('notebookReadings', reading.count)}
            </title>
          </circle>
        )),
      )}
    </svg>
  );
}
