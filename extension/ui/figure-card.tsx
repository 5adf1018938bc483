/**
 * A figure's card body (DESIGN.md, "Figures that say what the page says"): the frame the page gives the number,
 * in words ("Kim ngạch thương mại Việt Nam - Lào · năm 2024 · theo trang này"), the verdict — the fact it states,
 * the fact it disagrees with (the base's value with its qualifier: "hơn 1,7 tỷ USD"), a new point not in the fact
 * base, or no metric at all with what little is read of it — then the metric's series with the page's number
 * placed beside it (a small chart and its table) and the sources.
 */
import { Fragment } from 'preact';
import type { CardSeriesPoint, CardSource, FigureCard } from '../../shared/lookup/card.ts';
import { FactList, PeriodLabel, SourceLine } from './card.tsx';
import { formatPeriod, formatValue } from './format.ts';
import { type MessageKey, t } from './i18n.ts';
import { ReadElsewhere } from './notebook-readings.tsx';
import { Section } from './pieces.tsx';
import { type PagePoint, SeriesChart } from './series-chart.tsx';

const QUALIFIER_WORDS: Record<string, MessageKey> = {
  'more-than': 'qualifierMoreThan',
  about: 'qualifierAbout',
  estimate: 'qualifierEstimate',
  'less-than': 'qualifierLessThan',
};

/** A value as written with its qualifier: "hơn 1,7 tỷ USD". */
export function qualified(value: number, unit: string, valueMax?: number, qualifier?: string): string {
  const amount = formatValue(value, unit, valueMax);
  const word = qualifier ? QUALIFIER_WORDS[qualifier] : undefined;
  return word ? `${t(word)} ${amount}` : amount;
}

export function FigureBody({ figure }: { figure: FigureCard }) {
  const { page, metric, verdict } = figure;
  const role = page.role && page.role !== 'result' ? t(`figureRole_${page.role}` as MessageKey) : undefined;
  // The base's metric name and the page's period are Vietnamese data; the words between are the interface's.
  const frame: Array<{ text: string; vietnamese: boolean }> = [
    metric.known ? { text: metric.name, vietnamese: true } : { text: t('figureUnknownMetric'), vietnamese: false },
    ...(role ? [{ text: role, vietnamese: false }] : []),
    page.period ? { text: page.period, vietnamese: true } : { text: t('figureNoPeriodShort'), vietnamese: false },
    { text: t('figurePerPage'), vietnamese: false },
  ];
  const point: PagePoint | undefined =
    metric.known && page.periodKey
      ? {
          period: `${page.period ?? ''} (${t('figurePagePoint')})`,
          periodKey: page.periodKey,
          value: page.value,
          ...(page.valueMax !== undefined ? { valueMax: page.valueMax } : {}),
          unit: page.unit,
          isTarget: page.role === 'target',
        }
      : undefined;
  const expected = figure.disagreement?.expected;
  return (
    <>
      <p class="ml-role ml-frame">
        {frame.map((part, index) => (
          <Fragment key={part.text}>
            {index > 0 && ' · '}
            {part.vietnamese ? <span lang="vi">{part.text}</span> : part.text}
          </Fragment>
        ))}
      </p>
      {verdict === 'disagrees' && expected && (
        <div class="ml-warning" role="alert">
          <p>
            {t(
              'figureDisagrees',
              qualified(page.value, page.unit, page.valueMax, page.qualifier),
              qualified(expected.value, expected.unit, expected.valueMax, expected.qualifier),
              formatPeriod(expected),
            )}
          </p>
          <SourceLine source={expected.source} />
        </div>
      )}
      {verdict === 'states' && (
        <Section title={t('figureMatched')}>
          <FactList facts={figure.matched} />
        </Section>
      )}
      {verdict === 'new-point' && (
        <p class="ml-verdict ml-new-point">
          <span class="ml-badge">{t('figureNotInBase')}</span> {t('figureNewPoint', page.period ?? '')}
        </p>
      )}
      {verdict === 'no-period' && <p class="ml-verdict ml-muted">{t('figureNoPeriod')}</p>}
      {verdict === 'no-metric' && (
        <>
          <p class="ml-verdict ml-muted">{t('figureNoMetric')}</p>
          <p class="ml-muted">
            {t(
              'figureKnown',
              [qualified(page.value, page.unit, page.valueMax, page.qualifier), role, page.period]
                .filter(Boolean)
                .join(' · '),
            )}
          </p>
        </>
      )}
      {figure.read && <ReadElsewhere read={figure.read} page={page} />}
      {figure.series.length > 0 && (
        <Section title={t('figureSeries')}>
          <SeriesChart series={figure.series} page={point} title={metric.name} />
          <FigureSeriesTable figure={figure} point={point} />
          {verdict !== 'states' && verdict !== 'disagrees' && <SeriesSources series={figure.series} />}
        </Section>
      )}
    </>
  );
}

/** The series as a table, the facts the number states marked, and the page's own number in its row. */
function FigureSeriesTable({ figure, point }: { figure: FigureCard; point?: PagePoint }) {
  const stated = new Set(figure.matched.map((fact) => fact.id));
  const rows: Array<CardSeriesPoint | (PagePoint & { factId: '' })> = [...figure.series];
  if (point && figure.verdict !== 'states') {
    let at = rows.findIndex(
      (row) =>
        Number(row.isTarget) > Number(point.isTarget) ||
        (row.isTarget === point.isTarget && row.periodKey.localeCompare(point.periodKey) > 0),
    );
    if (at < 0) at = rows.length;
    rows.splice(at, 0, { ...point, factId: '' });
  }
  return (
    <table class="ml-series">
      <tbody>
        {rows.map((row) => (
          <tr
            key={row.factId || 'page'}
            class={row.factId === '' ? 'ml-page-row' : stated.has(row.factId) ? 'ml-current' : undefined}
          >
            <th scope="row">{row.factId === '' ? formatPeriod(row) : <PeriodLabel point={row} />}</th>
            <td>{qualified(row.value, row.unit, row.valueMax, row.qualifier)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Where the series comes from, each article once. */
function SeriesSources({ series }: { series: CardSeriesPoint[] }) {
  const sources = new Map<string, CardSource>();
  for (const point of series) sources.set(point.source.seed, point.source);
  return (
    <p class="ml-series-sources">
      {[...sources.values()].map((source) => (
        <SourceLine key={source.seed} source={source} />
      ))}
    </p>
  );
}
