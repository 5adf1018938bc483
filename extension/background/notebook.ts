/**
 * The reading notebook, seen by the background (DESIGN.md, "Reading notebook"): records what a tab's top frame
 * reports after a pass — for the sender's own address only, never one a message names, and nothing on a site
 * switched off or while the reader has paused recording — and answers the figure card, the metric page and the
 * notebook view. Without a database nothing is recorded (the notebook says so).
 */
import type { FactBase } from '../../shared/factbase/schema.ts';
import { type CardIndex, cardIndex, seriesOf } from '../../shared/lookup/build-card.ts';
import type { CardSeriesPoint, FigureCard } from '../../shared/lookup/card.ts';
import { type MetricGroup, metricGroups } from '../../shared/notebook/metric-page.ts';
import { disagreeing, pageKey, pageOfKey, type ReadFigure, type Reading } from '../../shared/notebook/readings.ts';
import type { MekongDatabase } from '../db/database.ts';
import {
  addEntries,
  clearNotebook,
  countEntries,
  entriesOf,
  findEntries,
  type NotebookFilter,
  notebookMetrics,
  putEntries,
  readingsOf,
  removeEntries,
} from '../db/notebook.ts';
import type {
  ImportReport,
  MetricPage,
  NotebookExport,
  NotebookList,
  RequestOf,
  Sender,
} from '../messaging/protocol.ts';
import type { Settings } from '../settings/settings.ts';
import { exportPart, makeEntry, parseNotebookFile } from './notebook-file.ts';

/** Readings a card lists; it counts the rest. */
export const CARD_READINGS = 10;
/** Readings a metric's page lists per period at first; it counts the rest. */
export const GROUP_READINGS = 5;

export interface NotebookContext {
  /** The database, or null when it is unavailable. */
  db(): Promise<MekongDatabase | null>;
  base(): FactBase;
  settings(): Promise<Settings>;
  /** Whether the reader has highlighting (and so recording) on for a site. */
  siteEnabled(hostname: string): Promise<boolean>;
}

/**
 * The address of the page a content script runs in: its tab's top frame only, http(s), without the fragment (an
 * anchor in the same article is the same article). Undefined for any other sender.
 */
export function senderPage(sender: Sender): URL | undefined {
  if (sender.tab?.id === undefined || sender.frameId !== 0) return undefined;
  const address = sender.url ?? sender.tab.url;
  if (!address) return undefined;
  try {
    const url = new URL(address);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    url.hash = '';
    return url;
  } catch {
    return undefined;
  }
}

/**
 * A metric's readings grouped beside the base's series (`metricGroups`): every point of the metric is compared and
 * counted, the words are read only for the `limit` readings each group lists.
 */
export async function metricReadings(
  db: MekongDatabase,
  series: readonly CardSeriesPoint[],
  metric: string,
  limit: number,
): Promise<MetricGroup[]> {
  const groups = metricGroups(series, await readingsOf(db, metric), limit);
  const shown = await entriesOf(
    db,
    groups.flatMap((group) => group.readings.map((point) => point.id)),
  );
  const byId = new Map(shown.map((entry) => [entry.id, entry]));
  return groups.map((group) => ({
    ...group,
    readings: group.readings.flatMap((point) => {
      const entry = byId.get(point.id);
      return entry ? [{ ...entry, disagrees: point.disagrees }] : [];
    }),
  }));
}

export class NotebookService {
  private index: { base: FactBase; index: CardIndex } | undefined;

  constructor(private readonly context: NotebookContext) {}

  private cards(): CardIndex {
    const base = this.context.base();
    if (this.index?.base !== base) this.index = { base, index: cardIndex(base) };
    return this.index.index;
  }

  /** Records a page's figures; returns how many were new. */
  async record(request: RequestOf<'notebook-record'>, sender: Sender): Promise<{ ok: boolean; added: number }> {
    const page = senderPage(sender);
    const db = await this.context.db();
    if (!page || !db) return { ok: false, added: 0 };
    const [settings, enabled] = await Promise.all([this.context.settings(), this.context.siteEnabled(page.hostname)]);
    if (settings.notebookPaused || !enabled) return { ok: false, added: 0 };
    const metrics = this.cards().metrics;
    const now = Date.now();
    const entries = request.figures
      .filter((figure) => metrics.has(figure.metric))
      .map((figure) =>
        makeEntry(
          figure,
          { url: page.href, title: request.title, ...(request.date ? { date: request.date } : {}) },
          now,
        ),
      );
    return { ok: true, added: await addEntries(db, entries) };
  }

  /**
   * What other articles the reader read said for a figure's metric, period and role ("Bạn đã đọc"), each marked
   * where it disagrees with another of them or with this page's number. Undefined when there is nothing to show.
   */
  async readFor(card: FigureCard, sender: Sender): Promise<FigureCard['read']> {
    const db = await this.context.db();
    const { periodKey, role = 'result' } = card.page;
    if (!db || !card.metric.known || !periodKey) return undefined;
    const here = senderPage(sender)?.href;
    const page = here === undefined ? undefined : pageKey(here);
    const others = (await readingsOf(db, card.metric.id, periodKey)).filter(
      (point) => pageOfKey(point.id) !== page && point.role === role,
    );
    if (others.length === 0) return undefined;
    const figure: ReadFigure = { ...card.page, sentence: '', metric: card.metric.id, period: periodKey, role };
    const marked = disagreeing([figure, ...others]);
    const shown = others
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.recordedAt - a.recordedAt)
      .slice(0, CARD_READINGS);
    const flags = new Map(shown.map((point) => [point.id, marked.has(point)]));
    const readings: Reading[] = (
      await entriesOf(
        db,
        shown.map((point) => point.id),
      )
    ).map((entry) => ({
      ...entry,
      disagrees: flags.get(entry.id) === true,
    }));
    return { readings, disagree: marked.size > 0, more: others.length - shown.length };
  }

  async list(filter: NotebookFilter): Promise<NotebookList> {
    const [db, settings] = await Promise.all([this.context.db(), this.context.settings()]);
    const empty = { total: 0, count: 0, entries: [], metrics: [] };
    if (!db) return { available: false, paused: settings.notebookPaused, ...empty };
    const [found, count, metrics] = await Promise.all([findEntries(db, filter), countEntries(db), notebookMetrics(db)]);
    const known = this.cards().metrics;
    return {
      available: true,
      paused: settings.notebookPaused,
      ...found,
      count,
      metrics: metrics.map(({ metric, periods, count }) => ({
        id: metric,
        name: known.get(metric)?.name ?? metric,
        periods,
        count,
      })),
    };
  }

  /**
   * A metric's page: the base's series beside the readings, groups where sources disagree first, each listing its
   * first `limit` readings (with their words, read for those only) and summing up the rest.
   */
  async metricPage(metricId: string, limit = GROUP_READINGS): Promise<MetricPage | null> {
    const index = this.cards();
    const metric = index.metrics.get(metricId);
    const db = await this.context.db();
    if (!metric) return null;
    const series = seriesOf(index, metric.id);
    return {
      metric: { id: metric.id, name: metric.name, unit: metric.unit },
      series,
      groups: db ? await metricReadings(db, series, metric.id, limit) : metricGroups(series, [], limit),
    };
  }

  async remove(ids: readonly string[]): Promise<{ ok: boolean }> {
    const db = await this.context.db();
    if (!db) return { ok: false };
    await removeEntries(db, ids);
    return { ok: true };
  }

  async clear(): Promise<{ ok: boolean }> {
    const db = await this.context.db();
    if (!db) return { ok: false };
    await clearNotebook(db);
    return { ok: true };
  }

  /** One part of an export, from the page row after `after`; the side panel asks for the next until none is left. */
  async export(format: 'json' | 'csv', after?: string): Promise<NotebookExport> {
    const db = await this.context.db();
    return exportPart(db, format, after);
  }

  /** Merges a notebook file (its entries replace those with the same key); a bad file changes nothing. */
  async import(data: unknown): Promise<ImportReport> {
    const [db, { language }] = await Promise.all([this.context.db(), this.context.settings()]);
    const parsed = parseNotebookFile(data, language);
    if (!parsed.ok) return parsed;
    if (!db) return { ok: false, errors: [{ path: '', message: 'database unavailable' }] };
    await putEntries(db, parsed.entries);
    return { ok: true, added: { entries: parsed.entries.length } };
  }
}
