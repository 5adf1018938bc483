/**
 * The name model's expansion: what the base states once about how a name is written (schema.ts, `NameModel`,
 * `NameRules`) becomes the flat spellings the matcher compiles — strong aliases, weak aliases with the entities
 * that support them, and blocking phrases (longer names that contain an alias but are something else).
 *
 * Deterministic and linear in what it produces; `MAX_SPELLINGS_PER_ENTITY` bounds a template that would explode.
 * The report counts what it generates and checks collisions on the result (`findAliasCollisions`).
 */
import type { Entity, FactBase, Id, LetterVariant, NameModel } from './schema.ts';

/** A template that expands past this is an error in the data (the report says which). */
export const MAX_SPELLINGS_PER_ENTITY = 4000;

/** Short all-capital abbreviations ("MPI", "GMS", "TPO") name many things: weak unless the data says otherwise. */
const SHORT_ABBREVIATION = /^[\p{Lu}\d&]{2,5}$/u;
/** Heads a place's spelling carries alone but not inside a longer name ("Thủ đô Viêng Chăn", "Khu kinh tế …"). */
const SLOT_HEAD = /^(?:Thủ đô|Khu kinh tế|Tỉnh|Thành phố|Huyện) /u;
const foldMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');

export interface EntityNames {
  /** Spellings that name the entity wherever they are written: its name, aliases and generated forms. */
  strong: string[];
  /** Spellings that name it only when the page supports it (`support`). */
  weak: string[];
  /** Entities whose (strong) mention on the page supports a weak spelling: the entity itself first. */
  support: Id[];
  /** How many spellings the model generated beyond the listed name and aliases. */
  generated: number;
  /** A Lao or Khmer person's Latin given and family names with their letter variants (one-letter tolerance). */
  latin?: { given: string[]; family: string[] };
}

export interface NameBlock {
  phrase: string;
  /** The entity whose spelling it contains, and why it is something else. */
  entity: Id;
  reason: string;
}

export interface NameExpansion {
  names: Map<Id, EntityNames>;
  blocks: NameBlock[];
  /**
   * Bodies both Vietnam and Laos have under one name ("Bộ Kế hoạch và Đầu tư"): the bare name is the Vietnamese
   * one's spelling, by entity. In a sentence about Laos alone it may be the Lao body: no card is surer than a guess.
   */
  shared: Map<Id, string[]>;
  /** Problems in the model (unknown part or entity, a template past the limit, a bad letter rule). */
  errors: string[];
}

/** Expands every entity's names. Never throws on bad data: problems go to `errors`. */
export function expandNames(base: Pick<FactBase, 'entities' | 'names'>): NameExpansion {
  const errors: string[] = [];
  const byId = new Map<Id, Entity>();
  for (const entity of base.entities) byId.set(entity.id, entity);
  const parts = new Map<string, string[]>();
  for (const part of base.names?.parts ?? []) parts.set(part.id, part.variants);
  const letterRules = compileLetterRules(base.names?.letterVariants ?? [], errors);
  const countries = base.names?.qualifyingCountries ?? [];
  const shortNames = new Map<Id, string[]>();
  for (const entry of base.names?.qualifyingShortNames ?? []) {
    shortNames.set(entry.country, [...(shortNames.get(entry.country) ?? []), ...entry.names]);
  }

  /** Spellings of a name part or an entity, for `{id}` in a template (a place may add its country in brackets). */
  const slotSpellings = (id: string, withCountry: boolean, where: string): string[] => {
    const part = parts.get(id);
    if (part) return part;
    const entity = byId.get(id);
    if (!entity) {
      errors.push(`${where}: {${id}} is neither a name part nor an entity`);
      return [];
    }
    // The name as it stands inside another: no abbreviation, no lower-case head ("tỉnh …"), no title head
    // ("Thủ đô …", "Khu kinh tế …"), and no spelling the accent-less rule already finds from one with marks.
    const all = [entity.name, ...entity.aliases];
    const marked = new Set(all.filter((s) => s !== foldMarks(s)).map(foldMarks));
    const own = all.filter(
      (s) =>
        !SHORT_ABBREVIATION.test(s) &&
        !/^[a-z]/.test(s) &&
        !SLOT_HEAD.test(s) &&
        !(s === foldMarks(s) && marked.has(s)),
    );
    if (!withCountry || entity.kind !== 'place') return own;
    const country = entity.relations?.find((r) => r.type === 'located-in' && countries.includes(r.target));
    const countryEntity = country && byId.get(country.target);
    return countryEntity ? [...own, ...own.map((s) => `${s} (${countryEntity.name})`)] : own;
  };

  /** Genericd names of national bodies by country: "Bộ Kế hoạch và Đầu tư" → {viet-nam: …, lao: …}. */
  const bodies = new Map<string, Map<Id, Id>>();
  for (const entity of base.entities) {
    const country = entity.names?.country;
    if (!country) continue;
    for (const generic of country.generic) {
      const key = generic.toLocaleLowerCase('vi');
      const map = bodies.get(key) ?? new Map<Id, Id>();
      map.set(country.id, entity.id);
      bodies.set(key, map);
    }
  }

  /** Who relates to whom, read backwards: the other half of an entity's neighbours. */
  const inverse = new Map<Id, Id[]>();
  for (const entity of base.entities) {
    for (const relation of entity.relations ?? []) {
      const list = inverse.get(relation.target) ?? [];
      list.push(entity.id);
      inverse.set(relation.target, list);
    }
  }
  const names = new Map<Id, EntityNames>();
  const blocks: NameBlock[] = [];
  for (const entity of base.entities) {
    const model: NameModel = entity.names ?? {};
    const listed = [entity.name, ...entity.aliases];
    const strong = new Set(listed);
    const where = `entity ${entity.id}`;
    for (const form of model.forms ?? []) {
      for (const spelling of expandTemplate(form, slotSpellings, `${where}, form "${form}"`, errors))
        strong.add(spelling);
    }
    let latin: EntityNames['latin'];
    const person = model.person;
    if (person) {
      const givens = letterVariants(person.given, letterRules);
      const families = letterVariants(person.family, letterRules);
      latin = { given: givens, family: families };
      const fulls: string[] = [];
      for (const given of givens) {
        for (const family of families) fulls.push(person.familyFirst ? `${family} ${given}` : `${given} ${family}`);
      }
      const phoneticFulls: string[] = [];
      const phoneticGivens: string[] = [];
      for (const phonetic of person.phonetic ?? []) {
        for (const spelling of hyphenVariants(phonetic)) phoneticFulls.push(spelling);
        const given = phonetic.split(' ')[0] as string;
        if (given.includes('-')) phoneticGivens.push(...hyphenVariants(given));
      }
      for (const full of [...fulls, ...phoneticFulls]) strong.add(full);
      for (const title of person.titles ?? []) {
        for (const given of [...givens, ...phoneticGivens]) strong.add(`${title} ${given}`);
      }
    }
    if (model.country) {
      for (const generic of model.country.generic) {
        const others = bodies.get(generic.toLocaleLowerCase('vi'));
        for (const countryId of countries) {
          const country = byId.get(countryId);
          if (!country) {
            errors.push(`names.qualifyingCountries: ${countryId} is not an entity`);
            continue;
          }
          const owner = others?.get(countryId);
          const short = shortNames.get(countryId) ?? [];
          for (const countryName of [country.name, ...country.aliases.filter((a) => /^[\p{Lu}]/u.test(a)), ...short]) {
            const phrase = `${generic} ${countryName}`;
            if (owner === entity.id) strong.add(phrase);
            else if (owner === undefined && countryId !== model.country.id) {
              blocks.push({ phrase, entity: entity.id, reason: `a body of ${country.name}, not ${entity.name}` });
            }
          }
        }
      }
    }
    const weak = new Set<string>();
    const strongOverride = new Set(model.strong?.aliases ?? []);
    for (const alias of model.weak?.aliases ?? []) weak.add(alias);
    for (const spelling of strong) {
      if (SHORT_ABBREVIATION.test(spelling) && !strongOverride.has(spelling)) weak.add(spelling);
    }
    for (const spelling of weak) strong.delete(spelling);
    // An entity's own blocks go with every spelling. (A kind's blocks, `names.kindBlocks`, are read around each
    // mention at match time instead: as phrases they would multiply by every entity of the kind.)
    for (const block of model.blocks ?? []) {
      for (const phrase of block.phrases ?? []) blocks.push({ phrase, entity: entity.id, reason: block.reason });
      for (const spelling of [...strong, ...weak]) {
        for (const word of block.before ?? []) {
          blocks.push({ phrase: `${word} ${spelling}`, entity: entity.id, reason: block.reason });
        }
        for (const word of block.after ?? []) {
          blocks.push({ phrase: `${spelling} ${word}`, entity: entity.id, reason: block.reason });
        }
      }
    }
    if (strong.size + weak.size > MAX_SPELLINGS_PER_ENTITY) {
      errors.push(`${where}: ${strong.size + weak.size} spellings, more than ${MAX_SPELLINGS_PER_ENTITY}`);
    }
    const related = new Set<Id>(weak.size === 0 ? [] : (model.weak?.support ?? relatedIds(entity, inverse)));
    related.delete(entity.id);
    names.set(entity.id, {
      strong: [...strong],
      weak: [...weak],
      support: [entity.id, ...related],
      generated: [...strong, ...weak].filter((s) => !listed.includes(s)).length,
      ...(latin ? { latin } : {}),
    });
  }
  const shared = new Map<Id, string[]>();
  for (const [generic, owners] of bodies) {
    const home = owners.get('viet-nam');
    if (!home || !owners.has('lao')) continue;
    const spellings = [...(byId.get(home)?.names?.country?.generic ?? [])].filter(
      (spelling) => spelling.toLocaleLowerCase('vi') === generic,
    );
    shared.set(home, [...(shared.get(home) ?? []), ...spellings]);
  }
  return { names, blocks, errors, shared };
}

/** Entities an entity is related to in either direction: its neighbours in the base. */
function relatedIds(entity: Entity, inverse: ReadonlyMap<Id, readonly Id[]>): Id[] {
  const ids = new Set<Id>();
  for (const relation of entity.relations ?? []) ids.add(relation.target);
  for (const id of inverse.get(entity.id) ?? []) ids.add(id);
  return [...ids];
}

/**
 * Expands one template: literal text, `{id}` slots, `{a~b}` pairs in either order, `(x|y|)` alternatives.
 * Spaces are normalised (an empty alternative leaves no double space).
 */
export function expandTemplate(
  template: string,
  slot: (id: string, withCountry: boolean, where: string) => string[],
  where: string,
  errors: string[],
): string[] {
  let results: string[] = [''];
  const grow = (options: readonly string[]) => {
    const next: string[] = [];
    for (const prefix of results) for (const option of options) next.push(prefix + option);
    results = next;
    if (results.length > MAX_SPELLINGS_PER_ENTITY) throw new RangeError('too many spellings');
  };
  try {
    let i = 0;
    while (i < template.length) {
      const c = template[i] as string;
      if (c === '{' || c === '(') {
        const close = closingOf(template, i);
        if (close < 0) {
          errors.push(`${where}: "${c}" is not closed`);
          return [];
        }
        const inner = template.slice(i + 1, close);
        if (c === '(') {
          // Each alternative may hold slots of its own: "({vn-la}|về hợp tác song phương {vn-la})".
          const options: string[] = [];
          for (const alternative of inner.split('|')) {
            if (alternative === '') options.push('');
            else {
              const lead = alternative.startsWith(' ') ? ' ' : '';
              const trail = alternative.endsWith(' ') ? ' ' : '';
              for (const x of expandTemplate(alternative, slot, where, errors)) options.push(lead + x + trail);
            }
          }
          grow(options);
        } else if (inner.includes('~')) {
          const [a, b] = inner.split('~') as [string, string];
          const left = slot(a.trim(), true, where);
          const right = slot(b.trim(), true, where);
          const pairs: string[] = [];
          for (const x of left) for (const y of right) pairs.push(`${x} - ${y}`, `${y} - ${x}`);
          grow(pairs);
        } else grow(slot(inner.trim(), false, where));
        i = close + 1;
      } else {
        let j = i;
        while (j < template.length && template[j] !== '{' && template[j] !== '(') j++;
        grow([template.slice(i, j)]);
        i = j;
      }
    }
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    errors.push(`${where}: expands to more than ${MAX_SPELLINGS_PER_ENTITY} spellings`);
    return [];
  }
  return [...new Set(results.map((s) => s.replace(/\s+/g, ' ').trim()).filter(Boolean))];
}

/** Where the bracket opened at `open` closes (alternatives hold slots, never other alternatives). */
function closingOf(template: string, open: number): number {
  if (template[open] === '{') return template.indexOf('}', open);
  let depth = 0;
  for (let k = open + 1; k < template.length; k++) {
    if (template[k] === '{') depth++;
    else if (template[k] === '}') depth--;
    else if (template[k] === ')' && depth === 0) return k;
  }
  return -1;
}

interface LetterRule {
  from: RegExp;
  to: string;
}

function compileLetterRules(rules: readonly LetterVariant[], errors: string[]): LetterRule[] {
  const compiled: LetterRule[] = [];
  for (const rule of rules) {
    try {
      compiled.push({ from: new RegExp(rule.from, 'g'), to: rule.to });
    } catch {
      errors.push(`names.letterVariants: "${rule.from}" is not a regular expression`);
    }
  }
  return compiled;
}

/**
 * A Latin word and its letter variants: each rule applied at one place at a time, up to two changes
 * ("Thongloun" → "Thonglun", "Thongloon"; "Sisoulith" → "Xisoulith", "Sisulith", "Xisulith").
 */
export function letterVariants(word: string, rules: readonly LetterRule[]): string[] {
  const seen = new Set<string>([word]);
  let frontier = [word];
  for (let depth = 0; depth < 2; depth++) {
    const next: string[] = [];
    for (const current of frontier) {
      const lower = current.toLowerCase();
      for (const rule of rules) {
        rule.from.lastIndex = 0;
        for (const match of lower.matchAll(rule.from)) {
          const at = match.index ?? 0;
          const changed = lower.slice(0, at) + rule.to + lower.slice(at + match[0].length);
          if (!changed) continue;
          const spelled = changed.charAt(0).toUpperCase() + changed.slice(1);
          if (!seen.has(spelled)) {
            seen.add(spelled);
            next.push(spelled);
          }
        }
      }
    }
    frontier = next;
  }
  return [...seen];
}

/** "Xỏn-xay Xỉ-phăn-đon" as written and with spaces for the hyphens ("Xỏn xay Xỉ phăn đon"). */
function hyphenVariants(name: string): string[] {
  // The matcher ignores case after a name's first letter ("Thoong-Lun" is "Thoong-lun"), not a dash.
  return [...new Set([name, name.replace(/-/g, ' ')])];
}
