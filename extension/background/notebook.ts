/**
 * The reading notebook, seen by the background (DESIGN.md, "Reading notebook"): records what a tab's top frame
 * reports after a pass — for the sender's own address only, never one a message names, and nothing on a site
 * switched off or while the reader has paused recording — and answers the figure card, the metric page and the
 * notebook view. Without a database nothing is recorded (the notebook says so).
 */
import type { FactBase } from '../../shared/factbase/schema.ts';
import { type CardIndex, cardIndex, seriesOf } from '../../shared/lookup/build-card.ts';
import type { FigureCard } from '../../shared/lookup/card.ts';
import { metricGroups } from '../../shared/notebook/metric-page.ts';
import {
  disagreeing,
  type NotebookEntry,
  notebookCsv,
  type ReadFigure,
  type Reading,
} from '../../shared/notebook/readings.ts';
import type { MekongDatabase } from '../db/database.ts';
import {
  addEntries,
  allEntries,
  clearNotebook,
  countEntries,
  findEntries,
  type NotebookFilter,
  notebookMetrics,
  putEntries,
  readingsOf,
  removeEntries,
} from '../db/notebook.ts';
import type { Settings } from '../db/settings.ts';
import type {
  ImportReport,
  MetricPage,
  NotebookExport,
  NotebookList,
  RequestOf,
  Sender,
} from '../messaging/protocol.ts';
import { makeEntry, notebookFile, parseNotebookFile } from './notebook-file.ts';

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
    const others = (await readingsOf(db, card.metric.id, periodKey)).filter(
      (entry) => entry.url !== here && entry.role === role,
    );
    if (others.length === 0) return undefined;
    const page: ReadFigure = { ...card.page, sentence: '', metric: card.metric.id, period: periodKey, role };
    const marked = disagreeing([page, ...others]);
    const readings: Reading[] = others
      .sort((a, b) => (b.date ?? '').localeCompare(a.date ?? '') || b.recordedAt - a.recordedAt)
      .map((entry) => ({ ...entry, disagrees: marked.has(entry) }));
    return { readings, disagree: marked.size > 0 };
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

  /** A metric's page: the base's series beside the readings, groups where sources disagree first. */
  async metricPage(metricId: string): Promise<MetricPage | null> {
    const index = this.cards();
    const metric = index.metrics.get(metricId);
    const db = await this.context.db();
    if (!metric) return null;
    const series = seriesOf(index, metric.id);
    const readings = db ? await readingsOf(db, metric.id) : [];
    const groups = metricGroups(series, readings);
    return { metric: { id: metric.id, name: metric.name, unit: metric.unit }, series, groups };
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

  async export(format: 'json' | 'csv'): Promise<NotebookExport> {
    const db = await this.context.db();
    const entries: NotebookEntry[] = db ? await allEntries(db) : [];
    const day = new Date().toISOString().slice(0, 10);
    return format === 'csv'
      ? { fileName: `mekong-lens-notebook-${day}.csv`, mime: 'text/csv', text: notebookCsv(entries) }
      : {
          fileName: `mekong-lens-notebook-${day}.json`,
          mime: 'application/json',
          text: JSON.stringify(notebookFile(entries)),
        };
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
