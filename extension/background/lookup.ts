/**
 * The side panel's record of an entity: its card with every role and fact, the series of each metric its
 * figures belong to, and the events it is linked to on a timeline. Built from the base in use (the bundle plus
 * any packs), with the same card builder the page's cards use.
 */
import type { BundledFactBase } from '../../shared/factbase/bundle.ts';
import { own } from '../../shared/factbase/records.ts';
import { buildEntityCard, type CardIndex, cardIndex, seriesOf } from '../../shared/lookup/build-card.ts';
import type { CardLink } from '../../shared/lookup/card.ts';
import type { FigureSeries, LookupRecord, TimelineItem } from '../messaging/protocol.ts';
import { relatedLinks } from './related.ts';

export type EntityRecord = Omit<LookupRecord, 'note' | 'pinned'>;

export class LookupService {
  private readonly index: CardIndex;
  private readonly related: (id: string) => CardLink[];

  constructor(private readonly base: BundledFactBase) {
    this.index = cardIndex(base);
    this.related = relatedLinks(base);
  }

  record(id: string, date?: string): EntityRecord | null {
    const entity = buildEntityCard(this.index, this.related, id, date);
    if (!entity) return null;
    return { entity, figures: this.figures(id), timeline: this.timeline(id) };
  }

  private figures(id: string): FigureSeries[] {
    const metricIds = new Set<string>();
    for (const fact of this.index.factsAbout.get(id) ?? []) if (fact.figure) metricIds.add(fact.figure.metric);
    return [...metricIds].flatMap((metricId) => {
      const metric = this.index.metrics.get(metricId);
      return metric
        ? [{ metric: { id: metric.id, name: metric.name, unit: metric.unit }, series: seriesOf(this.index, metricId) }]
        : [];
    });
  }

  /**
   * The events linked to the entity (by a relation or a shared fact), and the entity itself if an event: those
   * with a known date in date order, then those the base cannot date (with the date of the first article that
   * mentions them, which is not theirs).
   */
  private timeline(id: string): TimelineItem[] {
    const ids = new Set<string>();
    if (this.index.entities.get(id)?.kind === 'event') ids.add(id);
    for (const link of own(this.base.crossrefs.related, id) ?? []) ids.add(link.id);
    for (const mention of own(this.base.crossrefs.coMentioned, id) ?? []) ids.add(mention.id);
    const items: TimelineItem[] = [];
    for (const other of ids) {
      const entity = this.index.entities.get(other);
      if (entity?.kind !== 'event') continue;
      const when = entity.when;
      const mentioned = when ? undefined : this.firstMentioned(other);
      if (!when && !mentioned) continue;
      items.push({
        id: other,
        name: entity.name,
        ...(when ? { date: when.date, ...(when.end ? { end: when.end } : {}) } : { mentioned }),
        summary: entity.summary,
        ...(other === id ? { self: true } : {}),
      });
    }
    const key = (item: TimelineItem) => (item.date ? `0${item.date}` : `1${item.mentioned ?? ''}`);
    return items.sort((a, b) => key(a).localeCompare(key(b)) || a.name.localeCompare(b.name, 'vi'));
  }

  /** The date of the first article that mentions an entity: the sources of the facts about it, else the seeds. */
  private firstMentioned(id: string): string | undefined {
    const dates = (this.index.factsAbout.get(id) ?? []).flatMap((fact) => fact.sources.map((source) => source.date));
    if (dates.length === 0) {
      for (const seed of own(this.base.crossrefs.seedsByEntity, id) ?? []) {
        const date = this.index.seeds.get(seed)?.date;
        if (date) dates.push(date);
      }
    }
    return dates.sort()[0];
  }
}
