/**
 * Builds cards (shared/lookup/card.ts) from the fact base: the role that held at the article's date, the facts
 * with their sources, the related entities, and for a figure its metric, the facts it matched, the whole series
 * and whether the page's number disagrees with the base for the same metric and period.
 */
import type { Entity, Fact, FactBase, Role, Source } from '../factbase/schema.ts';
import type { CardFact, CardLink, CardRole, CardSeriesPoint, CardSource, EntityCard, FigureCard } from './card.ts';

export interface CardContext {
  base: FactBase;
  /** Related entities of an entity, computed once from the base (shared/factbase cross-references). */
  related(id: string): CardLink[];
}

/** Indexes a base once for card building. */
export function cardIndex(base: FactBase) {
  const entities = new Map(base.entities.map((entity) => [entity.id, entity]));
  const seeds = new Map(base.seeds.map((seed) => [seed.file, seed]));
  const factsAbout = new Map<string, Fact[]>();
  const factsById = new Map(base.facts.map((fact) => [fact.id, fact]));
  const factsByMetric = new Map<string, Fact[]>();
  for (const fact of base.facts) {
    for (const id of fact.about) factsAbout.set(id, [...(factsAbout.get(id) ?? []), fact]);
    if (fact.figure) factsByMetric.set(fact.figure.metric, [...(factsByMetric.get(fact.figure.metric) ?? []), fact]);
  }
  const metrics = new Map(base.metrics.map((metric) => [metric.id, metric]));
  return { entities, seeds, factsAbout, factsById, factsByMetric, metrics };
}
export type CardIndex = ReturnType<typeof cardIndex>;

function cardSource(index: CardIndex, source: Source): CardSource {
  const seed = index.seeds.get(source.seed);
  return {
    seed: source.seed,
    title: seed?.title ?? source.seed,
    outlet: seed?.outlet,
    date: source.date,
    quote: source.quote,
  };
}

function cardFact(index: CardIndex, fact: Fact): CardFact {
  return { id: fact.id, text: fact.text, sources: fact.sources.map((source) => cardSource(index, source)) };
}

function cardRole(index: CardIndex, role: Role): CardRole {
  return { title: role.title, from: role.from, to: role.to, source: cardSource(index, role.source) };
}

/**
 * The role that held on `date`: one whose [from, to] span holds it (the latest begun, if several); else the
 * role attested by the source nearest before it (an article states the role as of its date). Without a date,
 * the most recently attested role.
 */
export function roleAt(roles: readonly Role[], date: string | undefined): Role | undefined {
  const latestAttested = (candidates: readonly Role[]) =>
    [...candidates].sort((a, b) => b.source.date.localeCompare(a.source.date))[0];
  if (!date) return latestAttested(roles);
  const spanning = roles.filter((role) => role.from && role.from <= date && (!role.to || date <= role.to));
  if (spanning.length > 0) return [...spanning].sort((a, b) => (b.from ?? '').localeCompare(a.from ?? ''))[0];
  return latestAttested(roles.filter((role) => role.source.date <= date));
}

export function buildEntityCard(
  index: CardIndex,
  related: CardContext['related'],
  id: string,
  date?: string,
): EntityCard | undefined {
  const entity: Entity | undefined = index.entities.get(id);
  if (!entity) return undefined;
  const roles = [...(entity.roles ?? [])].sort((a, b) =>
    (a.from ?? a.source.date).localeCompare(b.from ?? b.source.date),
  );
  const role = roleAt(roles, date);
  const facts = (index.factsAbout.get(id) ?? [])
    // The entity's own facts first, then those it only takes part in; figures after statements.
    .map((fact, order) => ({ fact, order, rank: (fact.about[0] === id ? 0 : 2) + (fact.figure ? 1 : 0) }))
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .map(({ fact }) => cardFact(index, fact));
  return {
    id: entity.id,
    kind: entity.kind,
    name: entity.name,
    summary: entity.summary,
    aliases: entity.aliases,
    roleAtDate: role && cardRole(index, role),
    roles: roles.map((item) => cardRole(index, item)),
    facts,
    related: related(id),
  };
}

export function seriesOf(index: CardIndex, metricId: string): CardSeriesPoint[] {
  return (index.factsByMetric.get(metricId) ?? [])
    .flatMap((fact) => {
      const figure = fact.figure;
      const source = fact.sources[0];
      if (!figure || !source) return [];
      return [
        {
          factId: fact.id,
          period: figure.period,
          periodKey: figure.periodKey,
          value: figure.value,
          valueMax: figure.valueMax,
          unit: figure.unit,
          isTarget: figure.isTarget ?? false,
          source: cardSource(index, source),
        },
      ];
    })
    .sort((a, b) => Number(a.isTarget) - Number(b.isTarget) || a.periodKey.localeCompare(b.periodKey));
}

export interface PageFigure {
  text: string;
  value: number;
  valueMax?: number;
  unit: string;
  /** Ids of the facts the text engine matched it to (same metric, value within rounding). */
  facts: string[];
  /** Ids of the facts it contradicts (same metric and period, another value), as the text engine found them. */
  conflicts?: string[];
}

export function buildFigureCard(index: CardIndex, metricId: string, figure: PageFigure): FigureCard | undefined {
  const metric = index.metrics.get(metricId);
  const matchedFacts = figure.facts.flatMap((id) => index.factsById.get(id) ?? []);
  const chosenMetric = metric ?? index.metrics.get(matchedFacts[0]?.figure?.metric ?? '');
  if (!chosenMetric) return undefined;
  const series = seriesOf(index, chosenMetric.id);
  const contradicted = figure.conflicts?.[0];
  const expected = contradicted ? series.find((point) => point.factId === contradicted) : undefined;
  const disagreement: FigureCard['disagreement'] = expected && { expected };
  return {
    metric: { id: chosenMetric.id, name: chosenMetric.name, unit: chosenMetric.unit },
    page: { text: figure.text, value: figure.value, valueMax: figure.valueMax, unit: figure.unit },
    matched: matchedFacts.map((fact) => cardFact(index, fact)),
    series,
    disagreement,
  };
}
