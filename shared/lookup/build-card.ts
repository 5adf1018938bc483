/**
 * Builds cards (shared/lookup/card.ts) from the fact base: the role that held at the article's date, the facts
 * with their sources, the related entities, and for a figure its frame in words, the verdict (the facts it states,
 * the one it disagrees with, or a new point), and the metric's whole series.
 */
import { push, seriesOrder } from '../factbase/crossrefs.ts';
import type { FigureRole, QualifierName } from '../factbase/kinds.ts';
import type { Entity, Fact, FactBase, Role, Source } from '../factbase/schema.ts';
import { periodLabel } from '../text/periods.ts';
import type {
  CardFact,
  CardLink,
  CardRole,
  CardSeriesPoint,
  CardSource,
  EntityCard,
  FigureCard,
  RoleStanding,
} from './card.ts';

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
    for (const id of fact.about) push(factsAbout, id, fact);
    if (fact.figure) push(factsByMetric, fact.figure.metric, fact);
  }
  const metrics = new Map(base.metrics.map((metric) => [metric.id, metric]));
  return { entities, seeds, factsAbout, factsById, factsByMetric, metrics, latestSource: latestSources(base) };
}
export type CardIndex = ReturnType<typeof cardIndex>;

/**
 * For each entity, the date of the latest story in the base that says something about it: the facts about it,
 * its roles and the roles held in it, the relations from and to it, the source of its date.
 */
export function latestSources(base: FactBase): Map<string, string> {
  const latest = new Map<string, string>();
  const see = (id: string, source: Source | undefined) => {
    const known = latest.get(id);
    if (source && (!known || known < source.date)) latest.set(id, source.date);
  };
  for (const fact of base.facts) for (const id of fact.about) for (const source of fact.sources) see(id, source);
  for (const entity of base.entities) {
    for (const role of entity.roles ?? []) {
      for (const source of roleSources(role)) {
        see(entity.id, source);
        if (role.organization) see(role.organization, source);
      }
    }
    for (const relation of entity.relations ?? []) {
      see(entity.id, relation.source);
      see(relation.target, relation.source);
    }
    see(entity.id, entity.when?.source);
  }
  return latest;
}

function cardSource(index: CardIndex, source: Source): CardSource {
  const seed = index.seeds.get(source.seed);
  const inset = source.inset ? seed?.insets?.find((candidate) => candidate.id === source.inset) : undefined;
  if (inset && seed) {
    return {
      seed: source.seed,
      title: inset.title,
      date: source.date,
      quote: source.quote,
      within: { title: seed.title, date: seed.date },
    };
  }
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

/** Every article that states a role, oldest first. */
export function roleSources(role: Role): Source[] {
  return [role.source, ...(role.also ?? [])].sort((a, b) => a.date.localeCompare(b.date));
}

/** The first date the base knows a role held: its `from`, else its first source. */
function knownFrom(role: Role): string {
  return role.from ?? (roleSources(role)[0] as Source).date;
}

/** The last date the base knows a role held: its `to`, else its latest source (never before its `from`). */
export function knownThrough(role: Role): string {
  if (role.to) return role.to;
  const latest = (roleSources(role).at(-1) as Source).date;
  return role.from && role.from > latest ? role.from : latest;
}

export interface RoleAtDate {
  role: Role;
  standing: RoleStanding;
  /** The date the base last knows it held (for `later-source`, the first source that states it). */
  asOf: string;
}

/**
 * The roles to show for a page dated `date`, in the order the base lists them:
 * - every role the base knows held that day (from its `from`, or its first source, through its `to`, or its
 *   latest source) — a person may hold two;
 * - else every role with no known end that began by then, as of its latest source (`latest-source`): the base
 *   cannot say it still holds;
 * - else, for a page older than every source, the roles with no known start, as their first source states them
 *   (`later-source`);
 * - else, when every role ended before the page, the last that ended (`ended`);
 * - without a date, every role with no known end as of its latest source, else the last that ended.
 */
export function rolesAt(roles: readonly Role[], date: string | undefined): RoleAtDate[] {
  if (!date) {
    const open = roles.filter((role) => !role.to);
    if (open.length > 0) return open.map((role) => ({ role, standing: 'latest-source', asOf: knownThrough(role) }));
    const last = [...roles].sort((a, b) => knownThrough(b).localeCompare(knownThrough(a)))[0];
    return last ? [{ role: last, standing: 'ended', asOf: knownThrough(last) }] : [];
  }
  const held = roles.filter((role) => knownFrom(role) <= date && date <= knownThrough(role));
  if (held.length > 0) return held.map((role) => ({ role, standing: 'held', asOf: knownThrough(role) }));
  const past = roles.filter((role) => !role.to && knownThrough(role) < date);
  if (past.length > 0) return past.map((role) => ({ role, standing: 'latest-source', asOf: knownThrough(role) }));
  const later = roles.filter((role) => !role.from && date < knownFrom(role));
  if (later.length > 0) return later.map((role) => ({ role, standing: 'later-source', asOf: knownFrom(role) }));
  // Every role ended before the page: the last of them, with its end (never as if current).
  const last = roles
    .filter((role) => role.to && role.to < date)
    .sort((a, b) => knownThrough(b).localeCompare(knownThrough(a)))[0];
  return last ? [{ role: last, standing: 'ended', asOf: knownThrough(last) }] : [];
}

/** The first role `rolesAt` shows for `date`, if any. */
export function roleAt(roles: readonly Role[], date: string | undefined): Role | undefined {
  return rolesAt(roles, date)[0]?.role;
}

/** The source to cite for a role on a page dated `date`: the latest on or before it, else the first after it. */
function sourceFor(role: Role, date: string | undefined): Source {
  const sources = roleSources(role);
  if (!date) return sources.at(-1) as Source;
  return [...sources].reverse().find((source) => source.date <= date) ?? (sources[0] as Source);
}

/** An organisation's end, when a page dated `date` (or undated) comes on or after it. */
function endAt(entity: Entity | undefined, date: string | undefined) {
  const ended = entity?.ended;
  return ended && (!date || date >= ended.date) ? ended : undefined;
}

function cardRole(index: CardIndex, role: Role, date?: string, standing?: RoleAtDate): CardRole {
  const card: CardRole = {
    title: role.title,
    from: role.from,
    to: role.to,
    source: cardSource(index, sourceFor(role, date)),
    ...(role.note ? { note: role.note } : {}),
  };
  if (!standing) return card;
  const organization = role.organization ? index.entities.get(role.organization) : undefined;
  const ended = standing.standing === 'held' ? undefined : endAt(organization, date);
  return {
    ...card,
    standing: standing.standing,
    asOf: standing.asOf,
    ...(organization && ended ? { organizationEnded: { id: organization.id, name: organization.name, ...ended } } : {}),
  };
}

/** Kinds whose state (what a body is, where a project stands) a card dates by the base's latest source. */
const STATEFUL_KINDS = new Set<Entity['kind']>(['organization', 'project']);

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
  const atDate = rolesAt(entity.roles ?? [], date);
  const latest = index.latestSource.get(id);
  const ended = entity.kind === 'organization' ? endAt(entity, date) : undefined;
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
    rolesAtDate: atDate.map((item) => cardRole(index, item.role, date, item)),
    roles: roles.map((item) => cardRole(index, item, date)),
    ...(STATEFUL_KINDS.has(entity.kind) && latest && (!date || date > latest) ? { latestSource: latest } : {}),
    ...(ended ? { ended: { date: ended.date, text: ended.text, note: ended.note } } : {}),
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
          ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
          source: cardSource(index, source),
        },
      ];
    })
    .sort(seriesOrder);
}

export interface PageFigure {
  text: string;
  value: number;
  valueMax?: number;
  unit: string;
  /** The metric its frame names (shared/text/frames.ts), or null for a number no metric fits. */
  metric?: string | null;
  /** Its period as a fact's `periodKey`, or null when the page names none. */
  period?: string | null;
  role?: FigureRole;
  qualifier?: QualifierName;
  /** Ids of the facts the text engine found it states (same metric, scope and period; value within precision). */
  facts: string[];
  /** Ids of the facts it disagrees with (same metric, scope and period, another value). */
  conflicts?: string[];
}

/** The card of a number that fits no metric: what little is known of it. */
const UNKNOWN_METRIC = { id: 'figure', name: 'Số liệu', unit: '' };

/**
 * A figure's card: its frame in words, the verdict, the facts it states or the one it disagrees with, the metric's
 * series (where the page's point goes beside it). `metricId` is the mention's entity (its metric, or the generic
 * figure).
 */
export function buildFigureCard(index: CardIndex, metricId: string, figure: PageFigure): FigureCard {
  const metric = index.metrics.get(figure.metric ?? metricId);
  const matchedFacts = figure.facts.flatMap((id) => index.factsById.get(id) ?? []);
  const series = metric ? seriesOf(index, metric.id) : [];
  const contradicted = figure.conflicts?.[0];
  const expected = contradicted ? series.find((point) => point.factId === contradicted) : undefined;
  const periodKey = figure.period ?? undefined;
  const verdict: FigureCard['verdict'] = !metric
    ? 'no-metric'
    : matchedFacts.length > 0
      ? 'states'
      : expected
        ? 'disagrees'
        : periodKey === undefined || periodKey.includes('?')
          ? 'no-period'
          : 'new-point';
  return {
    metric: metric
      ? { id: metric.id, name: metric.name, unit: metric.unit, known: true }
      : { ...UNKNOWN_METRIC, unit: figure.unit, known: false },
    page: {
      text: figure.text,
      value: figure.value,
      ...(figure.valueMax !== undefined ? { valueMax: figure.valueMax } : {}),
      unit: figure.unit,
      ...(periodKey ? { periodKey, period: periodLabel(periodKey, figure.role === 'target') } : {}),
      ...(figure.role ? { role: figure.role } : {}),
      ...(figure.qualifier ? { qualifier: figure.qualifier } : {}),
    },
    verdict,
    matched: matchedFacts.map((fact) => cardFact(index, fact)),
    series,
    ...(expected ? { disagreement: { expected } } : {}),
  };
}
