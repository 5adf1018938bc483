/**
 * Cross-references computed from the data, never typed twice:
 * - `related`: each entity's links from relations (both ends: symmetric relations read the same way from both
 *   sides, the others get their inverse label at the target) and from roles (person -> organization and back);
 * - `coMentioned`: entities named in the same fact, with those facts;
 * - `seedsByEntity`: which seeds name which entities (in facts, roles or relations), so that "mentioned in the
 *   same article" is one lookup without shipping every pair.
 * Also the one series order and the one group-by that the bundle, the database and the cards use.
 */
import { recordOf } from './records.ts';
import { type FactBase, type Id, RELATION_LABELS, type RelationType, type Source } from './schema.ts';

export interface RelatedLink {
  id: Id;
  type: RelationType | 'role';
  /** How the link reads from this entity's card. */
  label: string;
  /** `out`: this entity holds the relation; `in`: it is the target; `both`: a symmetric relation. */
  direction: 'out' | 'in' | 'both';
  note?: string;
  source?: Source;
}

export interface CoMention {
  id: Id;
  /** Facts about both entities. */
  facts: Id[];
}

export interface CrossRefs {
  related: Record<Id, RelatedLink[]>;
  coMentioned: Record<Id, CoMention[]>;
  seedsByEntity: Record<Id, string[]>;
}

/** Adds `value` to `key`'s list (a group-by that does not copy the list on every push). */
export function push<K, T>(map: Map<K, T[]>, key: K, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Sorted by key, without a prototype (keys are the data's: records.ts). */
const toRecord = <T>(map: Map<Id, T>): Record<Id, T> =>
  recordOf([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export function relatedLinks(base: FactBase): Map<Id, RelatedLink[]> {
  const related = new Map<Id, RelatedLink[]>();
  for (const entity of base.entities) {
    for (const r of entity.relations ?? []) {
      const meta = RELATION_LABELS[r.type];
      const extra = { ...(r.note ? { note: r.note } : {}), ...(r.source ? { source: r.source } : {}) };
      const direction = meta.symmetric ? 'both' : 'out';
      push(related, entity.id, { id: r.target, type: r.type, label: meta.label, direction, ...extra });
      push(related, r.target, {
        id: entity.id,
        type: r.type,
        label: meta.inverse,
        direction: meta.symmetric ? 'both' : 'in',
        ...extra,
      });
    }
    for (const role of entity.roles ?? []) {
      if (!role.organization) continue;
      const link = { type: 'role' as const, label: role.title, source: role.source };
      push(related, entity.id, { id: role.organization, direction: 'out', ...link });
      push(related, role.organization, { id: entity.id, direction: 'in', ...link });
    }
  }
  return related;
}

/** For each entity, the others named in the same fact, most shared facts first. */
export function coMentions(base: FactBase): Map<Id, CoMention[]> {
  const shared = new Map<Id, Map<Id, Id[]>>();
  for (const fact of base.facts) {
    for (const a of fact.about) {
      for (const b of fact.about) {
        if (a === b) continue;
        const row = shared.get(a) ?? new Map<Id, Id[]>();
        push(row, b, fact.id);
        shared.set(a, row);
      }
    }
  }
  const result = new Map<Id, CoMention[]>();
  for (const [a, row] of shared) {
    const list = [...row].map(([id, facts]) => ({ id, facts }));
    list.sort((x, y) => y.facts.length - x.facts.length || (x.id < y.id ? -1 : 1));
    result.set(a, list);
  }
  return result;
}

/** The seeds that name each entity: in a fact about it, in its roles, or at either end of a sourced relation. */
export function seedsOfEntities(base: FactBase): Map<Id, string[]> {
  const sets = new Map<Id, Set<string>>();
  const add = (id: Id, seed: string) => sets.set(id, (sets.get(id) ?? new Set<string>()).add(seed));
  for (const fact of base.facts) for (const id of fact.about) for (const s of fact.sources) add(id, s.seed);
  for (const entity of base.entities) {
    for (const role of entity.roles ?? []) add(entity.id, role.source.seed);
    for (const r of entity.relations ?? []) {
      if (!r.source) continue;
      add(entity.id, r.source.seed);
      add(r.target, r.source.seed);
    }
  }
  return new Map([...sets].map(([id, set]) => [id, [...set].sort()]));
}

/** A metric's series order, the one everywhere (bundle, database, cards): actuals first, by period key, then value. */
export function seriesOrder(
  x: { isTarget?: boolean; periodKey: string; value: number },
  y: { isTarget?: boolean; periodKey: string; value: number },
): number {
  return (
    Number(x.isTarget ?? false) - Number(y.isTarget ?? false) ||
    (x.periodKey < y.periodKey ? -1 : x.periodKey > y.periodKey ? 1 : 0) ||
    x.value - y.value
  );
}

export function computeCrossRefs(base: FactBase): CrossRefs {
  return {
    related: toRecord(relatedLinks(base)),
    coMentioned: toRecord(coMentions(base)),
    seedsByEntity: toRecord(seedsOfEntities(base)),
  };
}
