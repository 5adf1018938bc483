/**
 * The side panel's reading notebook: every figure with a metric the reader met on pages (kept on this device),
 * searched and filtered by metric and period, entries removed one by one or all at once, recording paused, the
 * notebook exported (JSON, CSV) and imported; and a metric's page — the base's series beside the readings, in a
 * chart and a table, groups where sources disagree first, each point with its source.
 */
import { useCallback, useEffect, useState } from 'preact/hooks';
import type { NotebookEntry } from '../../../shared/notebook/readings.ts';
import { periodLabel } from '../../../shared/text/periods.ts';
import type { MetricPage, NotebookList } from '../../messaging/protocol.ts';
import { sendToBackground } from '../../messaging/protocol.ts';
import { saveSettings } from '../../settings/storage.ts';
import { qualified } from '../../ui/figure-card.tsx';
import { FileButton, ImportReportView, useFileImport } from '../../ui/file-import.tsx';
import { formatDate } from '../../ui/format.ts';
import { type MessageKey, t } from '../../ui/i18n.ts';
import { MetricChart } from '../../ui/metric-chart.tsx';
import { ReadingItem } from '../../ui/notebook-readings.tsx';

const period = (key: string) => (key ? periodLabel(key) : t('notebookNoPeriod'));
const roleWord = (role: string) => (role === 'result' ? '' : ` · ${t(`figureRole_${role}` as MessageKey)}`);

export function NotebookView() {
  const [metricPage, setMetricPage] = useState<string>();
  return metricPage ? (
    <MetricView metric={metricPage} onBack={() => setMetricPage(undefined)} />
  ) : (
    <NotebookEntries onOpenMetric={setMetricPage} />
  );
}

function NotebookEntries({ onOpenMetric }: { onOpenMetric: (id: string) => void }) {
  const [query, setQuery] = useState('');
  const [metric, setMetric] = useState('');
  const [periodKey, setPeriodKey] = useState<string>();
  const [list, setList] = useState<NotebookList>();

  const load = useCallback(() => {
    void sendToBackground({
      type: 'notebook-list',
      ...(query.trim() ? { query } : {}),
      ...(metric ? { metric } : {}),
      ...(periodKey !== undefined ? { period: periodKey } : {}),
    }).then(setList);
  }, [query, metric, periodKey]);
  useEffect(() => {
    const timer = setTimeout(load, query ? 150 : 0);
    return () => clearTimeout(timer);
  }, [load, query]);
  const imports = useFileImport({ send: (data) => sendToBackground({ type: 'notebook-import', data }), onDone: load });

  if (!list) return null;
  const names = new Map(list.metrics.map((row) => [row.id, row.name]));
  const periods = metric ? (list.metrics.find((row) => row.id === metric)?.periods ?? []) : [];

  const setPaused = async (paused: boolean) => {
    await saveSettings({ notebookPaused: paused });
    load();
  };
  const remove = async (entry: NotebookEntry) => {
    await sendToBackground({ type: 'notebook-remove', ids: [entry.id] });
    load();
  };
  const clear = async () => {
    if (!confirm(t('notebookClearConfirm'))) return;
    await sendToBackground({ type: 'notebook-clear' });
    imports.clear();
    load();
  };
  const save = async (format: 'json' | 'csv') => {
    // Part by part (a few megabytes each), into a Blob: no one message or string holds 50,000 entries.
    const first = await sendToBackground({ type: 'notebook-export', format });
    const parts = [first.text];
    for (let after = first.next; after !== undefined; ) {
      const part = await sendToBackground({ type: 'notebook-export', format, after });
      parts.push(part.text);
      after = part.next;
    }
    const url = URL.createObjectURL(new Blob(parts, { type: first.mime }));
    const link = document.createElement('a');
    link.href = url;
    link.download = first.fileName;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };

  return (
    <div class="ml-panel-body ml-notebook">
      <p class="ml-muted">{t('notebookIntro')}</p>
      {!list.available && <p class="ml-notice">{t('notebookUnavailable')}</p>}
      <div class="ml-panel-toolbar">
        <p role="status" class="ml-notebook-count">
          {t('notebookCount', list.total, list.count)}
        </p>
        <button
          type="button"
          class="ml-button ml-notebook-pause"
          aria-pressed={list.paused}
          onClick={() => void setPaused(!list.paused)}
        >
          {list.paused ? t('notebookResume') : t('notebookPause')}
        </button>
      </div>
      <div class="ml-actions">
        <button type="button" class="ml-button" data-testid="notebook-export-json" onClick={() => void save('json')}>
          {t('notebookExportJson')}
        </button>
        <button type="button" class="ml-button" data-testid="notebook-export-csv" onClick={() => void save('csv')}>
          {t('notebookExportCsv')}
        </button>
        <FileButton
          label={t('notebookImport')}
          testId="notebook-import"
          onChoose={(input) => void imports.choose(input)}
        />
        <button type="button" class="ml-button ml-notebook-clear" onClick={() => void clear()}>
          {t('notebookClear')}
        </button>
      </div>
      {list.paused && <p class="ml-notice ml-notebook-paused">{t('notebookPausedNotice')}</p>}
      <div class="ml-notebook-filters">
        <input
          type="search"
          class="ml-input"
          placeholder={t('notebookSearch')}
          aria-label={t('notebookSearch')}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
        <label>
          {t('notebookMetricFilter')}{' '}
          <select
            class="ml-notebook-metric"
            value={metric}
            onChange={(event) => {
              setMetric(event.currentTarget.value);
              setPeriodKey(undefined);
            }}
          >
            <option value="">{t('notebookAllMetrics')}</option>
            {list.metrics.map((row) => (
              <option key={row.id} value={row.id} lang="vi">
                {row.name} ({row.count})
              </option>
            ))}
          </select>
        </label>
        {metric && (
          <label>
            {t('notebookPeriodFilter')}{' '}
            <select
              class="ml-notebook-period"
              value={periodKey ?? '*'}
              onChange={(event) =>
                setPeriodKey(event.currentTarget.value === '*' ? undefined : event.currentTarget.value)
              }
            >
              <option value="*">{t('notebookAllPeriods')}</option>
              {periods.map((key) => (
                <option key={key} value={key} lang="vi">
                  {period(key)}
                </option>
              ))}
            </select>
          </label>
        )}
        {metric && (
          <button type="button" class="ml-button ml-open-metric" onClick={() => onOpenMetric(metric)}>
            {t('notebookMetricPage')}
          </button>
        )}
      </div>
      {list.entries.length === 0 ? (
        <p class="ml-empty">{t('notebookEmpty')}</p>
      ) : (
        <ul class="ml-notebook-entries">
          {list.entries.map((entry) => (
            <li key={entry.id} class="ml-notebook-entry">
              <p class="ml-notebook-head">
                <strong>{qualified(entry.value, entry.unit, entry.valueMax, entry.qualifier)}</strong>{' '}
                <button type="button" class="ml-link" lang="vi" onClick={() => onOpenMetric(entry.metric)}>
                  {names.get(entry.metric) ?? entry.metric}
                </button>
                <span lang="vi">
                  {' '}
                  · {period(entry.period)}
                  {roleWord(entry.role)}
                </span>
              </p>
              <q class="ml-quote" lang="vi">
                {entry.sentence}
              </q>
              <p class="ml-reading-source">
                {entry.host}
                {entry.date ? `, ${formatDate(entry.date)}` : ''} ·{' '}
                <a href={entry.url} target="_blank" rel="noopener noreferrer" lang="vi">
                  {entry.title || entry.url}
                </a>
              </p>
              <button
                type="button"
                class="ml-button ml-notebook-remove"
                aria-label={t('notebookRemoveEntry', entry.text)}
                onClick={() => void remove(entry)}
              >
                {t('notebookRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ImportReportView report={imports.report} success={({ added }) => t('notebookImportDone', added.entries ?? 0)} />
    </div>
  );
}

function MetricView({ metric, onBack }: { metric: string; onBack: () => void }) {
  const [page, setPage] = useState<MetricPage | null>();
  useEffect(() => {
    void sendToBackground({ type: 'notebook-metric', metric }).then(setPage);
  }, [metric]);
  return (
    <div class="ml-panel-body ml-metric-page">
      <button type="button" class="ml-button ml-back" onClick={onBack}>
        ← {t('notebookBack')}
      </button>
      {page === null && <p class="ml-empty">{t('notFound')}</p>}
      {page && (
        <>
          <h2 class="ml-metric-name" lang="vi">
            {page.metric.name}
          </h2>
          <MetricChart page={page} title={page.metric.name} />
          {page.groups.map((group) => (
            <section
              key={`${group.period}:${group.role}`}
              class={group.disagree ? 'ml-metric-group ml-disagree' : 'ml-metric-group'}
            >
              <h3 class="ml-metric-period" lang="vi">
                {period(group.period)}
                {roleWord(group.role)}{' '}
                {group.disagree && <span class="ml-badge ml-badge-warn">{t('notebookSourcesDisagree')}</span>}
              </h3>
              <ul class="ml-read">
                {group.facts.map((fact) => (
                  <li
                    key={fact.factId}
                    class={fact.disagrees ? 'ml-reading ml-base ml-disagrees' : 'ml-reading ml-base'}
                  >
                    <span class="ml-reading-value">
                      {qualified(fact.value, fact.unit, fact.valueMax, fact.qualifier)}
                    </span>
                    <span class="ml-reading-source">
                      {t('notebookFromBase')}: <span lang="vi">“{fact.source.title}”</span>,{' '}
                      {formatDate(fact.source.date)}
                    </span>
                  </li>
                ))}
                {group.readings.map((reading) => (
                  <ReadingItem key={reading.id} reading={reading} />
                ))}
              </ul>
              {group.more > 0 && <p class="ml-muted">{t('notebookMore', group.more)}</p>}
            </section>
          ))}
          <BaseOnly page={page} />
        </>
      )}
    </div>
  );
}

/** The base's points for periods the reader has no reading of, so the page shows the whole series. */
function BaseOnly({ page }: { page: MetricPage }) {
  const read = new Set(page.groups.map((group) => `${group.period}:${group.role}`));
  const rest = page.series.filter((point) => !read.has(`${point.periodKey}:${point.isTarget ? 'target' : 'result'}`));
  if (rest.length === 0) return null;
  return (
    <section class="ml-metric-group">
      <h3 class="ml-metric-period">{t('notebookFromBase')}</h3>
      <table class="ml-series">
        <tbody>
          {rest.map((point) => (
            <tr key={point.factId}>
              <th scope="row" lang="vi">
                {point.period}
              </th>
              <td>{qualified(point.value, point.unit, point.valueMax, point.qualifier)}</td>
              <td class="ml-reading-source" lang="vi">
                “{point.source.title}”, {formatDate(point.source.date)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
