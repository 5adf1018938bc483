/**
 * Fact packs: JSON files in the fact base's schema that a reader imports to add entities, facts and metrics.
 *
 * `checkFactPack` validates a pack against the base in use: its shape (the zod schema), then that it adds
 * without replacing (no id already taken), that everything it refers to exists (in the base or in the pack),
 * that its sources cite a known article at that article's date, that figure units agree with their metric, and
 * that no name it adds is already another entity's. Every problem is reported with its place in the file, all in
 * one report: the records that have the schema's shape are checked against the base even when others do not, so
 * a reader fixes a pack in one round, not two. A pack with any problem changes nothing. `mergeBases` lays the
 * accepted packs over the bundle.
 *
 * Before the schema, a pack is held to `PACK_LIMITS` (its size, then how many records each table has), so that
 * an oversized file is refused without being validated record by record; after it, every string is held to a
 * length. Strings are data: whatever markup they carry is shown as text (Preact escapes it), never parsed.
 */
import { z } from 'zod';
import { en, vi } from 'zod/locales';
import { aliasProblem, findAliasCollisions } from '../../shared/factbase/aliases.ts';
import { factBaseVersion } from '../../shared/factbase/build.ts';
import type { BundledFactBase } from '../../shared/factbase/bundle.ts';
import { computeCrossRefs } from '../../shared/factbase/crossrefs.ts';
import { Entity, Fact, FactBase, Metric, Seed } from '../../shared/factbase/schema.ts';
import { textHash } from '../../shared/hash.ts';
import type { PackRecord } from '../db/database.ts';
import type { ImportProblem } from '../messaging/protocol.ts';
import type { Settings } from '../settings/settings.ts';
import { megabytes, PACK_LIMITS } from './pack-limits.ts';

export type PackCheck =
  | { ok: true; id: string; name: string; base: FactBase; added: { entities: number; facts: number; metrics: number } }
  | { ok: false; errors: ImportProblem[] };

type Language = Settings['language'];

/** At most this many problems are reported: enough to fix a file, not a wall of text. */
const MAX_PROBLEMS = 30;

/** The problems that make a pack too large to validate: its JSON size, then its tables' lengths. */
function checkPackLimits(input: unknown, language: Language): ImportProblem[] {
  const say = (viText: string, enText: string) => (language === 'vi' ? viText : enText);
  let json: string | undefined;
  try {
    json = JSON.stringify(input);
  } catch {
    json = undefined;
  }
  if (json === undefined) return [{ path: '', message: say('Dữ liệu không phải JSON.', 'The data is not JSON.') }];
  const bytes = new TextEncoder().encode(json).byteLength;
  if (bytes > PACK_LIMITS.bytes) {
    const size = megabytes(bytes, language);
    const limit = megabytes(PACK_LIMITS.bytes, language);
    return [
      {
        path: '',
        message: say(
          `Gói nặng ${size}, quá giới hạn ${limit}; gói không được kiểm tra tiếp.`,
          `The pack is ${size}, over the ${limit} limit; it was not checked further.`,
        ),
      },
    ];
  }
  if (typeof input !== 'object' || input === null) return [];
  const problems: ImportProblem[] = [];
  for (const [table, limit] of Object.entries(PACK_LIMITS.records)) {
    const records = (input as Record<string, unknown>)[table];
    if (Array.isArray(records) && records.length > limit)
      problems.push({
        path: table,
        message: say(
          `${records.length.toLocaleString(language)} mục, quá giới hạn ${limit.toLocaleString(language)} của một gói.`,
          `${records.length.toLocaleString(language)} records, over a pack's limit of ${limit.toLocaleString(language)}.`,
        ),
      });
  }
  return problems;
}

/** Strings longer than `PACK_LIMITS` allows, and entities with too many aliases, in a pack that has the schema. */
function checkStringLengths(pack: Salvaged, language: Language): ImportProblem[] {
  const say = (viText: string, enText: string) => (language === 'vi' ? viText : enText);
  const problems: ImportProblem[] = [];
  const tooLong = (path: string, limit: number) =>
    problems.push({
      path,
      message: say(`Chuỗi dài quá ${limit} ký tự.`, `The text is longer than ${limit} characters.`),
    });
  const walk = (value: unknown, path: string[]): void => {
    if (typeof value === 'string') {
      const [table, , field] = path;
      const limit =
        table === 'entities' && (field === 'name' || field === 'aliases') ? PACK_LIMITS.name : PACK_LIMITS.text;
      if (value.length > limit) tooLong(path.join('.'), limit);
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) walk(item, [...path, key]);
    }
  };
  walk(pack, []);
  pack.entities.forEach((entity, i) => {
    if (entity && entity.aliases.length > PACK_LIMITS.aliases)
      problems.push({
        path: `entities.${i}.aliases`,
        message: say(
          `${entity.aliases.length} tên gọi khác, quá giới hạn ${PACK_LIMITS.aliases}.`,
          `${entity.aliases.length} aliases, over the limit of ${PACK_LIMITS.aliases}.`,
        ),
      });
  });
  return problems;
}

/** A pack as far as its records have the schema's shape: each table keeps its positions, null where a record does not. */
interface Salvaged {
  seeds: Array<Seed | null>;
  entities: Array<Entity | null>;
  metrics: Array<Metric | null>;
  facts: Array<Fact | null>;
  ambiguousAliases?: FactBase['ambiguousAliases'];
}

/** The records of a pack that fails the schema which still have their own shape, for the checks against the base. */
function salvage(input: unknown): Salvaged | undefined {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
  const tables = input as Record<string, unknown>;
  const records = <T>(table: string, schema: { safeParse(value: unknown): { success: boolean; data?: T } }) => {
    const value = tables[table];
    if (!Array.isArray(value)) return [];
    return value.map((record) => {
      const parsed = schema.safeParse(record);
      return parsed.success ? (parsed.data as T) : null;
    });
  };
  const ambiguous = FactBase.shape.ambiguousAliases.safeParse(tables.ambiguousAliases);
  return {
    seeds: records<Seed>('seeds', Seed),
    entities: records<Entity>('entities', Entity),
    metrics: records<Metric>('metrics', Metric),
    facts: records<Fact>('facts', Fact),
    ...(ambiguous.success && ambiguous.data ? { ambiguousAliases: ambiguous.data } : {}),
  };
}

const present = <T>(items: Array<T | null>): T[] => items.filter((item): item is T => item !== null);

export async function checkFactPack(
  input: unknown,
  current: FactBase,
  { language = 'vi', fileName, imported = [] }: { language?: Language; fileName?: string; imported?: string[] } = {},
): Promise<PackCheck> {
  const say = (viText: string, enText: string) => (language === 'vi' ? viText : enText);
  const oversized = checkPackLimits(input, language);
  if (oversized.length > 0) return { ok: false, errors: oversized };
  z.config(language === 'vi' ? vi() : en());
  const parsed = FactBase.safeParse(input);
  const errors: ImportProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
  const pack: Salvaged | undefined = parsed.success ? parsed.data : salvage(input);
  if (!pack) return { ok: false, errors: errors.slice(0, MAX_PROBLEMS) };
  const shaped = parsed.success;
  const tooLong = checkStringLengths(pack, language);
  if (tooLong.length > 0) return { ok: false, errors: [...errors, ...tooLong].slice(0, MAX_PROBLEMS) };
  const problem = (path: string, viText: string, enText: string) => errors.push({ path, message: say(viText, enText) });

  if (shaped && pack.entities.length + pack.facts.length + pack.metrics.length === 0) {
    problem('', 'Gói không thêm thực thể, dữ kiện hay chỉ số nào.', 'The pack adds no entity, fact or metric.');
  }

  const taken = {
    entities: new Set(current.entities.map((entity) => entity.id)),
    facts: new Set(current.facts.map((fact) => fact.id)),
    metrics: new Set(current.metrics.map((metric) => metric.id)),
  };
  for (const [table, ids] of [
    ['entities', pack.entities.map((entity) => entity?.id)],
    ['facts', pack.facts.map((fact) => fact?.id)],
    ['metrics', pack.metrics.map((metric) => metric?.id)],
  ] as const) {
    const seen = new Set<string>();
    ids.forEach((id, i) => {
      if (id === undefined) return;
      if (taken[table].has(id))
        problem(`${table}.${i}.id`, `"${id}" đã có trong cơ sở dữ kiện.`, `"${id}" is already in the fact base.`);
      else if (seen.has(id))
        problem(`${table}.${i}.id`, `"${id}" xuất hiện hai lần trong gói.`, `"${id}" appears twice in the pack.`);
      seen.add(id);
    });
  }

  const seeds = new Map(current.seeds.map((seed) => [seed.file, seed]));
  pack.seeds.forEach((seed, i) => {
    if (!seed) return;
    const known = seeds.get(seed.file);
    if (known && known.date !== seed.date)
      problem(
        `seeds.${i}.date`,
        `Bài ${seed.file} đã có với ngày ${known.date}.`,
        `Article ${seed.file} is already known, dated ${known.date}.`,
      );
    if (!known) seeds.set(seed.file, seed);
  });

  // What the pack adds, the records that failed the schema included when their id is readable: a fact about an
  // entity whose other fields are wrong is reported once, at the entity, not again as an unknown reference.
  const readableIds = (table: 'entities' | 'metrics') => {
    const value = (input as Record<string, unknown>)[table];
    return Array.isArray(value)
      ? value.flatMap((record) => {
          const id = (record as { id?: unknown } | null)?.id;
          return typeof id === 'string' ? [id] : [];
        })
      : [];
  };
  const entities = new Set([...taken.entities, ...readableIds('entities')]);
  const metrics = new Map([...current.metrics, ...present(pack.metrics)].map((metric) => [metric.id, metric]));
  const metricIds = new Set([...metrics.keys(), ...readableIds('metrics')]);
  const unknownEntity = (path: string, id: string) =>
    problem(path, `Không có thực thể "${id}".`, `There is no entity "${id}".`);
  const checkSource = (path: string, source: { seed: string; date: string }) => {
    const seed = seeds.get(source.seed);
    if (!seed)
      problem(
        `${path}.seed`,
        `Không có bài "${source.seed}" trong danh sách bài nguồn.`,
        `There is no article "${source.seed}" in the seed list.`,
      );
    else if (seed.date !== source.date)
      problem(
        `${path}.date`,
        `Ngày ${source.date} khác ngày của bài (${seed.date}).`,
        `Date ${source.date} is not the article's date (${seed.date}).`,
      );
  };

  pack.entities.forEach((entity, i) => {
    if (!entity) return;
    entity.roles?.forEach((role, j) => {
      if (role.organization && !entities.has(role.organization))
        unknownEntity(`entities.${i}.roles.${j}.organization`, role.organization);
      checkSource(`entities.${i}.roles.${j}.source`, role.source);
    });
    entity.relations?.forEach((relation, j) => {
      if (!entities.has(relation.target)) unknownEntity(`entities.${i}.relations.${j}.target`, relation.target);
      if (relation.source) checkSource(`entities.${i}.relations.${j}.source`, relation.source);
    });
  });
  pack.facts.forEach((fact, i) => {
    if (!fact) return;
    fact.about.forEach((id, j) => {
      if (!entities.has(id)) unknownEntity(`facts.${i}.about.${j}`, id);
    });
    fact.sources.forEach((source, j) => {
      checkSource(`facts.${i}.sources.${j}`, source);
    });
    if (fact.figure) {
      const metric = metrics.get(fact.figure.metric);
      if (!metric && !metricIds.has(fact.figure.metric))
        problem(
          `facts.${i}.figure.metric`,
          `Không có chỉ số "${fact.figure.metric}".`,
          `There is no metric "${fact.figure.metric}".`,
        );
      else if (metric && metric.unit !== fact.figure.unit)
        problem(
          `facts.${i}.figure.unit`,
          `Đơn vị ${fact.figure.unit} khác đơn vị của chỉ số (${metric.unit}).`,
          `Unit ${fact.figure.unit} is not the metric's unit (${metric.unit}).`,
        );
    }
  });

  // The bundle's rules for names hold for a pack's: no bare title, common word or half a country's name, nothing
  // too short to match safely.
  pack.entities.forEach((entity, i) => {
    if (!entity) return;
    [entity.name, ...entity.aliases].forEach((alias, j) => {
      const path = j === 0 ? `entities.${i}.name` : `entities.${i}.aliases.${j - 1}`;
      const why = aliasProblem(alias);
      if (why === 'forbidden-alias')
        problem(
          path,
          `Tên "${alias}" là chức danh, từ thông dụng hoặc nửa tên một nước: nó sẽ tô sáng chữ thường.`,
          `"${alias}" is a bare title, a common word or half a country's name: it would mark ordinary text.`,
        );
      else if (why === 'short-alias')
        problem(
          path,
          `Tên "${alias}" quá ngắn (dưới 3 chữ cái hoặc chữ số) để tìm an toàn.`,
          `"${alias}" is too short to match safely (fewer than 3 letters or digits).`,
        );
    });
  });

  const added = new Set(present(pack.entities).map((entity) => entity.id));
  const position = new Map(pack.entities.flatMap((entity, i) => (entity ? [[entity.id, i] as const] : [])));
  const collisions = findAliasCollisions(
    [...current.entities.filter((entity) => !added.has(entity.id)), ...present(pack.entities)],
    [...(current.ambiguousAliases ?? []), ...(pack.ambiguousAliases ?? [])],
  );
  for (const collision of collisions) {
    if (collision.level !== 'exact' || collision.explanation) continue;
    const mine = collision.spellings.find((spelling) => added.has(spelling.entity));
    const other = collision.spellings.find((spelling) => spelling.entity !== mine?.entity);
    if (!mine || !other) continue;
    problem(
      `entities.${position.get(mine.entity)}`,
      `Tên "${mine.text}" trùng với "${other.text}" của ${other.entity}.`,
      `The name "${mine.text}" is already ${other.entity}'s ("${other.text}").`,
    );
  }

  if (!parsed.success || errors.length > 0) return { ok: false, errors: errors.slice(0, MAX_PROBLEMS) };
  const valid = parsed.data;
  const id = await factBaseVersion(valid);
  if (imported.includes(id)) {
    return {
      ok: false,
      errors: [{ path: '', message: say('Gói này đã được nhập.', 'This pack is already imported.') }],
    };
  }

  const named = input as { name?: unknown };
  const name =
    typeof named.name === 'string' && named.name.trim() !== ''
      ? named.name.trim().slice(0, 120)
      : (fileName?.replace(/\.json$/i, '') ?? id);
  return {
    ok: true,
    id,
    name,
    base: valid,
    added: { entities: valid.entities.length, facts: valid.facts.length, metrics: valid.metrics.length },
  };
}

/** The bundle with the packs laid over it; without packs, the bundle itself. */
export function mergeBases(bundle: BundledFactBase, packs: readonly PackRecord[]): BundledFactBase {
  if (packs.length === 0) return bundle;
  const seeds = new Map(bundle.seeds.map((seed) => [seed.file, seed]));
  for (const pack of packs) for (const seed of pack.base.seeds) if (!seeds.has(seed.file)) seeds.set(seed.file, seed);
  const base: FactBase = {
    seeds: [...seeds.values()],
    entities: [...bundle.entities, ...packs.flatMap((pack) => pack.base.entities)],
    metrics: [...bundle.metrics, ...packs.flatMap((pack) => pack.base.metrics)],
    facts: [...bundle.facts, ...packs.flatMap((pack) => pack.base.facts)],
    ambiguousAliases: [
      ...(bundle.ambiguousAliases ?? []),
      ...packs.flatMap((pack) => pack.base.ambiguousAliases ?? []),
    ],
  };
  const packsKey = textHash(packs.map((pack) => pack.id).join(',')).slice(0, 8);
  return { ...base, version: `${bundle.version}+${packsKey}`, crossrefs: computeCrossRefs(base) };
}
