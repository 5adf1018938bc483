/**
 * A small bar chart of a metric's series, drawn as inline SVG (no chart library): one bar per period in the
 * series' order, targets hatched, the values written above the bars. Text, not pictures: every label is also in
 * the table beside it, and the SVG has a title for screen readers. A figure's card adds the page's own number as
 * one more bar (`page`), in its place in the series, drawn apart from the base's.
 */
import type { CardSeriesPoint } from '../../shared/lookup/card.ts';
import { formatAmount, formatPeriod, formatValue } from './format.ts';

const WIDTH = 320;
const HEIGHT = 150;
const TOP = 18;
const BOTTOM = 30;

/** The page's number as a point beside the series: `factId` is empty, `period` its label. */
export type PagePoint = Omit<CardSeriesPoint, 'factId' | 'source'>;

export function SeriesChart({ series, title, page }: { series: CardSeriesPoint[]; title: string; page?: PagePoint }) {
  const base: Array<CardSeriesPoint | (PagePoint & { factId: '' })> = series.filter((point) =>
    Number.isFinite(point.value),
  );
  const points = page ? placed(base, { ...page, factId: '' }) : base;
  if (points.length < 2) return null;
  const max = Math.max(...points.map((point) => point.valueMax ?? point.value), 0);
  if (max <= 0) return null;
  const slot = WIDTH / points.length;
  const bar = Math.min(34, slot * 0.62);
  const scale = (value: number) => ((HEIGHT - TOP - BOTTOM) * value) / max;
  return (
    <svg
      class="ml-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={title}
      preserveAspectRatio="xMidYMid meet"
    >
      <title>{title}</title>
      <defs>
        <pattern id="ml-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
          <rect width="6" height="6" class="ml-chart-target-bg" />
          <line x1="0" y1="0" x2="0" y2="6" class="ml-chart-hatch" />
        </pattern>
      </defs>
      <line x1="0" x2={WIDTH} y1={HEIGHT - BOTTOM} y2={HEIGHT - BOTTOM} class="ml-chart-axis" />
      {points.map((point, i) => {
        const x = slot * i + (slot - bar) / 2;
        const h = Math.max(1, scale(point.value));
        const y = HEIGHT - BOTTOM - h;
        return (
          <g key={point.factId || 'page'}>
            <rect
              x={x}
              y={y}
              width={bar}
              height={h}
              rx="3"
              class={
                point.factId === ''
                  ? 'ml-chart-bar ml-chart-page'
                  : point.isTarget
                    ? 'ml-chart-bar ml-chart-target'
                    : 'ml-chart-bar'
              }
            />
            <text x={x + bar / 2} y={y - 4} class="ml-chart-value" text-anchor="middle">
              {compact(point)}
            </text>
            <text x={x + bar / 2} y={HEIGHT - BOTTOM + 14} class="ml-chart-label" text-anchor="middle">
              {shortPeriod(point)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** The series with the page's point in its place: by period, targets last, after a point of the same period. */
function placed<P extends { periodKey: string; isTarget: boolean }>(points: P[], page: P): P[] {
  const after = (point: P) =>
    Number(point.isTarget) < Number(page.isTarget) ||
    (point.isTarget === page.isTarget && point.periodKey.localeCompare(page.periodKey) <= 0);
  let at = 0;
  while (at < points.length && after(points[at] as P)) at++;
  return [...points.slice(0, at), page, ...points.slice(at)];
}

/** The value without its unit, short enough to sit above a bar ("1,7 tỷ", "11,1%"). */
function compact(point: PagePoint): string {
  return point.unit === '%' ? formatValue(point.value, point.unit) : formatAmount(point.value);
}

function shortPeriod(point: PagePoint): string {
  const label = formatPeriod(point);
  return label.length > 12 ? `${label.slice(0, 11)}…` : label;
}
