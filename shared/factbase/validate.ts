/**
 * Checks a fact base beyond its shape: ids unique and referenced ids present, every quote verbatim in its seed
 * with the seed's date, every figure's number written in its quote, units agreeing with metrics, aliases neither
 * forbidden nor shared unexplained. Pure: the caller passes the seeds' texts.
 */
import { nameKey } from '../text/name-key.ts';
import { type AliasCollision, aliasProblem, findAliasCollisions } from './aliases.ts';
import { expandNames } from './names.ts';
import { type Fact, FactBase, type Source } from './schema.ts';

export interface Issue {
  level: 'error' | 'warning';
  /** Stable code for grouping: `schema`, `quote-not-found`, `alias-collision`, `no-facts`, … */
  code: string;
  message: string;
}

export interface CheckResult {
  /** The parsed base, or null when it does not even have the schema's shape. */
  base: FactBase | null;
  issues: Issue[];
  collisions: AliasCollision[];
}

/** Where a source sits in the base, for messages: "fact to-lam-…", "role of to-lam", … */
interface PlacedSource {
  where: string;
  source: Source;
}

export function sourcesOf(base: FactBase): PlacedSource[] {
  const placed: PlacedSource[] = [];
  for (const fact of base.facts) {
    for (const source of fact.sources) placed.push({ where: `fact ${fact.id}`, source });
  }
  for (const entity of base.entities) {
    for (const role of entity.roles ?? []) {
      for (const source of [role.source, ...(role.also ?? [])])
        placed.push({ where: `role "${role.title}" of ${entity.id}`, source });
    }
    if (entity.when?.source) placed.push({ where: `date of ${entity.id}`, source: entity.when.source });
    for (const relation of entity.relations ?? []) {
      if (relation.source)
        placed.push({ where: `relation ${entity.id} ${relation.type} ${relation.target}`, source: relation.source });
    }
  }
  return placed;
}

const SCALES: Record<string, number> = { tỷ: 1e9, tỉ: 1e9, triệu: 1e6, nghìn: 1e3, ngàn: 1e3 };

/** The numbers a Vietnamese quote writes, in base units: "927,8 triệu" -> 927800000, "11,1" -> 11.1, "5.500" -> 5500. */
export function numbersIn(quote: string): number[] {
  const found: number[] = [];
  const pattern = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?(?:\s*(tỷ|tỉ|triệu|nghìn|ngàn)(?![\p{L}]))?/gu;
  for (const match of quote.matchAll(pattern)) {
    const whole = (match[1] ?? '').replace(/\./g, '');
    const value = Number(`${whole}.${match[2] ?? '0'}`);
    found.push(value * (SCALES[match[3] ?? ''] ?? 1));
  }
  return found;
}

const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

function figureWritten(fact: Fact, value: number): boolean {
  return fact.sources.some((s) => numbersIn(s.quote).some((n) => close(n, value)));
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const id of ids) (seen.has(id) ? twice : seen).add(id);
  return [...twice];
}

export function checkFactBase(input: unknown, seedTexts: Readonly<Record<string, string>>): CheckResult {
  const parsed = FactBase.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map(
      (i): Issue => ({ level: 'error', code: 'schema', message: `${i.path.join('.') || '(root)'}: ${i.message}` }),
    );
    return { base: null, issues, collisions: [] };
  }
  const base = parsed.data;
  const issues: Issue[] = [];
  const error = (code: string, message: string) => issues.push({ level: 'error', code, message });
  const warning = (code: string, message: string) => issues.push({ level: 'warning', code, message });

  const entityIds = new Set(base.entities.map((e) => e.id));
  const metricById = new Map(base.metrics.map((m) => [m.id, m]));
  const seedByFile = new Map(base.seeds.map((s) => [s.file, s]));

  for (const id of duplicates(base.entities.map((e) => e.id))) error('duplicate-id', `entity id ${id} is used twice`);
  for (const id of duplicates(base.metrics.map((m) => m.id))) error('duplicate-id', `metric id ${id} is used twice`);
  for (const id of duplicates(base.facts.map((f) => f.id))) error('duplicate-id', `fact id ${id} is used twice`);
  for (const file of duplicates(base.seeds.map((s) => s.file))) error('duplicate-id', `seed ${file} is listed twice`);

  for (const seed of base.seeds) {
    const text = seedTexts[seed.file];
    if (text === undefined) error('seed-missing', `seed ${seed.file} has no text`);
    if (seed.dateBasis === 'inferred' && !seed.dateNote)
      error('seed-date', `seed ${seed.file}: an inferred date needs a dateNote`);
    for (const id of duplicates((seed.insets ?? []).map((inset) => inset.id)))
      error('duplicate-id', `seed ${seed.file}: inset ${id} is listed twice`);
    for (const inset of seed.insets ?? []) {
      if (inset.dateBasis === 'inferred' && !inset.dateNote)
        error('seed-date', `seed ${seed.file}: inset ${inset.id}'s inferred date needs a dateNote`);
      if (text !== undefined && !text.includes(inset.startsAt))
        error('quote-not-found', `seed ${seed.file}: inset ${inset.id} starts at a line not in the seed`);
      if (text !== undefined && !text.includes(inset.title))
        error('quote-not-found', `seed ${seed.file}: inset ${inset.id}'s title is not in the seed`);
    }
  }

  for (const { where, source } of sourcesOf(base)) {
    const seed = seedByFile.get(source.seed);
    if (!seed) {
      error('unknown-seed', `${where}: seed ${source.seed} is not in the seed list`);
      continue;
    }
    const text = seedTexts[source.seed];
    const at = text?.indexOf(source.quote) ?? -1;
    if (text !== undefined && at < 0) {
      error('quote-not-found', `${where}: quote not found verbatim in ${source.seed}: "${source.quote}"`);
    }
    // Where the quote sits decides whose date it carries: the article's, or an inset's (another story's teaser).
    const insetStart = (id: string) => {
      const inset = seed.insets?.find((candidate) => candidate.id === id);
      return inset && text !== undefined ? text.indexOf(inset.startsAt) : -1;
    };
    if (source.inset === undefined) {
      if (source.date !== seed.date)
        error('source-date', `${where}: date ${source.date} is not the seed's date ${seed.date}`);
      const inside = (seed.insets ?? []).find(
        (inset) => at >= 0 && insetStart(inset.id) >= 0 && at >= insetStart(inset.id),
      );
      if (inside)
        error(
          'source-inset',
          `${where}: the quote is from the inset ${inside.id} of ${seed.file}, not the article; cite it with inset`,
        );
    } else {
      const inset = seed.insets?.find((candidate) => candidate.id === source.inset);
      if (!inset) error('unknown-id', `${where}: seed ${seed.file} has no inset ${source.inset}`);
      else {
        if (source.date !== inset.date)
          error('source-date', `${where}: date ${source.date} is not the inset's date ${inset.date}`);
        if (at >= 0 && at < insetStart(inset.id))
          error('source-inset', `${where}: the quote is not inside the inset ${inset.id}`);
      }
    }
  }

  for (const entity of base.entities) {
    for (const role of entity.roles ?? []) {
      if (role.organization && !entityIds.has(role.organization)) {
        error('unknown-id', `role "${role.title}" of ${entity.id}: unknown organization ${role.organization}`);
      }
      if (role.from && role.to && role.from > role.to)
        error('role-dates', `role "${role.title}" of ${entity.id} ends before it starts`);
    }
    if (entity.when && !entity.when.source && !entity.when.note)
      error('undated-claim', `date of ${entity.id}: a date needs a source or a note saying where it comes from`);
    if (entity.when?.end && entity.when.end < entity.when.date)
      error('event-dates', `date of ${entity.id}: it ends before it starts`);
    if (entity.ended && entity.kind !== 'organization')
      error('ended', `${entity.id}: only an organisation has an end (${entity.kind})`);
    for (const relation of entity.relations ?? []) {
      if (!entityIds.has(relation.target))
        error('unknown-id', `relation of ${entity.id}: unknown target ${relation.target}`);
      if (relation.target === entity.id) error('self-relation', `${entity.id} relates to itself`);
    }
    for (const alias of [entity.name, ...entity.aliases]) {
      const problem = aliasProblem(alias);
      if (problem === 'forbidden-alias') error(problem, `${entity.id}: "${alias}" is a bare title or common word`);
      if (problem === 'short-alias') error(problem, `${entity.id}: "${alias}" is too short to match safely`);
    }
  }

  const mentioned = new Set<string>();
  for (const fact of base.facts) {
    for (const id of fact.about) {
      mentioned.add(id);
      if (!entityIds.has(id)) error('unknown-id', `fact ${fact.id}: unknown entity ${id}`);
    }
    const subject = fact.about[0];
    if (subject && !fact.id.startsWith(`${subject}-`))
      error('fact-id', `fact ${fact.id}: id should start with its subject "${subject}-"`);
    const figure = fact.figure;
    if (!figure) continue;
    const metric = metricById.get(figure.metric);
    if (!metric) error('unknown-id', `fact ${fact.id}: unknown metric ${figure.metric}`);
    else if (metric.unit !== figure.unit)
      error('figure-unit', `fact ${fact.id}: unit ${figure.unit} is not the metric's unit ${metric.unit}`);
    for (const value of figure.valueMax === undefined ? [figure.value] : [figure.value, figure.valueMax]) {
      if (!figureWritten(fact, value))
        error('figure-not-quoted', `fact ${fact.id}: no quote writes the number ${value}`);
    }
  }

  for (const entity of base.entities) {
    if (!mentioned.has(entity.id)) warning('no-facts', `${entity.id} (${entity.kind}) has no fact`);
  }

  // Names as the matcher compiles them: listed aliases and the name model's generated spellings.
  const expansion = expandNames(base);
  for (const message of expansion.errors) error('name-model', message);
  for (const entity of base.entities) {
    for (const id of entity.names?.weak?.support ?? []) {
      if (!entityIds.has(id)) error('unknown-id', `weak spellings of ${entity.id}: unknown support ${id}`);
    }
    if (entity.names?.country && !entityIds.has(entity.names.country.id)) {
      error('unknown-id', `${entity.id}: unknown country ${entity.names.country.id}`);
    }
  }
  const spelled = base.entities.map((entity) => {
    const names = expansion.names.get(entity.id);
    return { id: entity.id, name: entity.name, aliases: names ? [...names.strong, ...names.weak] : entity.aliases };
  });
  const spellingOwner = new Map<string, string>();
  for (const entity of spelled)
    for (const s of [entity.name, ...entity.aliases]) spellingOwner.set(nameKey(s), entity.id);
  for (const block of expansion.blocks) {
    const owner = spellingOwner.get(nameKey(block.phrase));
    if (owner) error('blocked-name', `"${block.phrase}" (blocked for ${block.entity}) is a name of ${owner}`);
  }
  const collisions = findAliasCollisions(spelled, base.ambiguousAliases ?? []);
  for (const c of collisions) {
    if (c.explanation) continue;
    const list = c.spellings.map((s) => `${s.entity} "${s.text}"`).join(', ');
    if (c.level === 'exact') error('alias-collision', `alias shared by ${list}`);
    else warning('alias-collision-folded', `without accents, alias shared by ${list}`);
  }
  for (const allowed of base.ambiguousAliases ?? []) {
    for (const id of allowed.entities) {
      if (!entityIds.has(id)) error('unknown-id', `ambiguous alias "${allowed.alias}": unknown entity ${id}`);
    }
    if (!collisions.some((c) => c.explanation === allowed.reason)) {
      warning('stale-ambiguous-alias', `ambiguous alias "${allowed.alias}" no longer collides; remove it`);
    }
  }

  return { base, issues, collisions };
}
