/**
 * The fuzzy search index behind the popup's and the side panel's search box.
 *
 * Built once from the fact base's entities (`createSearchIndex`), it answers each keystroke
 * (`index.search(query)`) in three steps:
 *
 * 1. Fold the query (`fold`: no diacritics, `đ` -> `d`, lower case, punctuation and spaces collapsed) — every
 *    name, alias and summary was folded the same way once, when the index was built.
 * 2. Narrow 10,000 entities to a few hundred candidates: trigrams of the folded query (weighted by how rare each
 *    trigram is), whole words, abbreviations of the name ("ubnd", "khdt") and exact spellings, looked up in
 *    inverted indexes built at index time.
 * 3. Rank only the candidates: Fuse.js scores the fuzzy match (typos, partial words) over the folded names,
 *    aliases and summaries, and the lexical tier decides first — a name or alias spelled exactly as the query
 *    (ignoring diacritics, case, spaces and dashes) beats one it is a prefix of, which beats one whose words or
 *    abbreviations cover every query word, which beats a fuzzy match. Within a tier, the Fuse.js score and how
 *    much of the name the query covers order the results; ties go to the shorter name, then the id.
 *
 * Cost: building is linear in the total length of names, aliases and summaries (about 0.3 s for 10,000
 * entities); a query costs the length of the trigrams' posting lists plus Fuse.js over `candidates` entities
 * (bench/search.bench.ts measures it; the budget is 16 ms per keystroke at 10,000 entities).
 *
 *   const index = createSearchIndex(bundledFactBase.entities);
 *   index.search('to lam')[0].id === 'to-lam';
 *   groupByKind(index.search('nghe an')) // [{ kind: 'organization', results: [...] }, { kind: 'place', ... }]
 */
import Fuse from 'fuse.js';
import { ENTITY_KINDS, type Entity, type EntityKind } from '../factbase/schema.ts';
import { fold } from './fold.ts';

/** What a result matched: its name, one of its aliases, an abbreviation of its name, or its summary. */
export type MatchedField = 'name' | 'alias' | 'abbreviation' | 'summary';

export interface SearchResult {
  id: string;
  kind: EntityKind;
  name: string;
  /** 0 is a perfect match, larger is worse (below 1); results come sorted by it. */
  score: number;
  /** The field and the original text (with diacritics) that matched the query. */
  matched: { field: MatchedField; text: string };
  /** What it is, for the result line: a person's current role, otherwise the one-line summary. */
  description: string;
}

export interface SearchOptions {
  /** At most this many results (default 20). */
  limit?: number;
  /** Only these kinds (default: all). */
  kinds?: readonly EntityKind[];
}

export interface SearchIndexOptions {
  /** How many candidates Fuse.js ranks per query (default 100). More is slower and rarely better. */
  candidates?: number;
}

export interface SearchIndex {
  /** Number of entities indexed. */
  readonly size: number;
  search(query: string, options?: SearchOptions): SearchResult[];
}

/** Words too common to make an abbreviation letter: "Kế hoạch và Đầu tư" is abbreviated "KH&ĐT" or "KHĐT". */
const ABBREVIATION_SKIP = new Set(['va']);
const MAX_ABBREVIATION_WORDS = 8;
/**
 * Candidates Fuse ranks: its Bitap over them is most of a keystroke's cost. The benchmark's queries all keep the
 * right entity first with 30; 40 leaves room, and halves a long query's time against 100.
 */
const DEFAULT_CANDIDATES = 40;
const DEFAULT_LIMIT = 20;

interface Entry {
  entity: Entity;
  /** Name then aliases, as written. */
  texts: string[];
  /** `texts` folded. */
  folded: string[];
  /** `folded` without spaces. */
  compacts: string[];
  /** Words of the name and aliases, and abbreviations of runs of the name's words -> name words it stands for. */
  tokens: Map<string, number>;
  /** Abbreviations among `tokens` (for reporting what matched). */
  abbreviations: Set<string>;
  nameWords: number;
  summary: string;
  description: string;
}

/** Ranked by Fuse.js: the entry's position and its folded texts. */
interface FuseDoc {
  entry: number;
  name: string;
  aliases: string[];
  summary: string;
}

const TIER_EXACT = 0;
const TIER_PREFIX = 1;
const TIER_WORDS = 2;
const TIER_FUZZY = 3;

export function createSearchIndex(entities: readonly Entity[], options: SearchIndexOptions = {}): SearchIndex {
  const candidateCount = options.candidates ?? DEFAULT_CANDIDATES;
  const entries = entities.map(toEntry);
  const grams = new Map<string, number[]>();
  const tokens = new Map<string, number[]>();
  const exact = new Map<string, number[]>();
  const summaryWords = new Map<string, number[]>();

  entries.forEach((entry, i) => {
    const seenGrams = new Set<string>();
    for (const text of entry.folded) for (const gram of trigrams(text)) seenGrams.add(gram);
    for (const gram of seenGrams) push(grams, gram, i);
    for (const token of entry.tokens.keys()) push(tokens, token, i);
    for (const key of new Set(entry.compacts)) push(exact, key, i);
    for (const word of new Set(entry.summary.split(' '))) if (word.length > 1) push(summaryWords, word, i);
  });

  const size = entries.length;
  const idf = (postings: number) => Math.log(1 + size / postings);
  const scores = new Float64Array(size);

  function candidates(query: string, kinds: ReadonlySet<EntityKind> | undefined): number[] {
    const touched: number[] = [];
    const add = (list: number[] | undefined, weight: number) => {
      if (!list) return;
      const w = weight * idf(list.length);
      for (const i of list) {
        if (scores[i] === 0) touched.push(i);
        scores[i] = (scores[i] ?? 0) + w;
      }
    };
    for (const gram of new Set(trigrams(query))) add(grams.get(gram), 1);
    const words = query.split(' ');
    for (const word of new Set(words)) {
      add(tokens.get(word), 2);
      add(summaryWords.get(word), 0.5);
    }
    const joined = words.join('');
    if (words.length > 1) add(tokens.get(joined), 2 * words.length);
    add(exact.get(joined), 10);

    const kept = kinds ? touched.filter((i) => kinds.has((entries[i] as Entry).entity.kind)) : touched;
    kept.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || a - b);
    for (const i of touched) scores[i] = 0;
    return kept.slice(0, candidateCount);
  }

  function search(query: string, { limit = DEFAULT_LIMIT, kinds }: SearchOptions = {}): SearchResult[] {
    const q = fold(query);
    if (q.length === 0) return [];
    const picked = candidates(q, kinds ? new Set(kinds) : undefined);
    if (picked.length === 0) return [];

    const docs: FuseDoc[] = picked.map((i) => {
      const entry = entries[i] as Entry;
      return { entry: i, name: entry.folded[0] ?? '', aliases: entry.folded.slice(1), summary: entry.summary };
    });
    const fuse = new Fuse(docs, {
      keys: [
        { name: 'name', weight: 3 },
        { name: 'aliases', weight: 2 },
        { name: 'summary', weight: 0.5 },
      ],
      includeScore: true,
      includeMatches: true,
      ignoreLocation: true,
      threshold: 0.45,
    });
    const fuzzy = new Map<number, { score: number; key: string | undefined; value: string | undefined }>();
    for (const hit of fuse.search(q)) {
      const best = longestMatch(hit.matches);
      fuzzy.set(hit.item.entry, { score: hit.score ?? 1, key: best?.key, value: best?.value });
    }

    const words = q.split(' ');
    const ranked: SearchResult[] = [];
    for (const i of picked) {
      const entry = entries[i] as Entry;
      const lexical = analyse(entry, q, words);
      const fuse = fuzzy.get(i);
      if (lexical.tier === TIER_FUZZY && !fuse) continue;
      const within = 0.6 * (fuse?.score ?? 1) + 0.4 * (1 - lexical.coverage);
      const matched = lexical.tier === TIER_FUZZY && fuse ? fromFuse(entry, fuse.key, fuse.value) : lexical.matched;
      ranked.push({
        id: entry.entity.id,
        kind: entry.entity.kind,
        name: entry.entity.name,
        score: (lexical.tier + Math.min(within, 0.999)) / 4,
        matched,
        description: entry.description,
      });
    }
    ranked.sort((a, b) => a.score - b.score || a.name.length - b.name.length || (a.id < b.id ? -1 : 1));
    return ranked.slice(0, limit);
  }

  return { size, search };
}

/** Results in groups by kind, in the fixed order of `ENTITY_KINDS`; each group keeps the ranking. */
export function groupByKind(
  results: readonly SearchResult[],
  order: readonly EntityKind[] = ENTITY_KINDS,
): Array<{ kind: EntityKind; results: SearchResult[] }> {
  return order
    .map((kind) => ({ kind, results: results.filter((result) => result.kind === kind) }))
    .filter((group) => group.results.length > 0);
}

function toEntry(entity: Entity): Entry {
  const texts = [entity.name, ...entity.aliases];
  const folded = texts.map(fold);
  const compacts = folded.map((text) => text.replace(/ /g, ''));
  const tokens = new Map<string, number>();
  for (const text of folded) for (const word of text.split(' ')) if (word) tokens.set(word, 1);
  const nameWords = (folded[0] ?? '').split(' ').filter(Boolean);
  const abbreviations = new Set<string>();
  for (const words of [nameWords, nameWords.filter((word) => !ABBREVIATION_SKIP.has(word))]) {
    for (let start = 0; start < words.length; start++) {
      let letters = '';
      for (let end = start; end < Math.min(words.length, start + MAX_ABBREVIATION_WORDS); end++) {
        letters += (words[end] as string)[0];
        if (end === start) continue;
        abbreviations.add(letters);
        tokens.set(letters, Math.max(tokens.get(letters) ?? 0, end - start + 1));
      }
    }
  }
  return {
    entity,
    texts,
    folded,
    compacts,
    tokens,
    abbreviations,
    nameWords: Math.max(1, nameWords.length),
    summary: fold(entity.summary),
    description: describe(entity),
  };
}

/** A person's role now (the open-ended one, else the latest), otherwise the summary. */
function describe(entity: Entity): string {
  const roles = entity.roles ?? [];
  if (roles.length === 0) return entity.summary;
  const latest = [...roles].sort(
    (a, b) => Number(a.to === undefined) - Number(b.to === undefined) || (a.from ?? '').localeCompare(b.from ?? ''),
  );
  return latest[latest.length - 1]?.title ?? entity.summary;
}

interface Lexical {
  tier: number;
  /** Share of the name's words the query accounts for, 0..1. */
  coverage: number;
  matched: SearchResult['matched'];
}

function analyse(entry: Entry, query: string, words: string[]): Lexical {
  const joined = words.join('');
  const field = (k: number): MatchedField => (k === 0 ? 'name' : 'alias');
  const exactAt = entry.compacts.indexOf(joined);
  if (exactAt >= 0) {
    return {
      tier: TIER_EXACT,
      coverage: 1,
      matched: { field: field(exactAt), text: entry.texts[exactAt] ?? '' },
    };
  }
  const prefixAt = entry.folded.findIndex((text) => text.startsWith(query));
  const compactPrefixAt = prefixAt >= 0 ? prefixAt : entry.compacts.findIndex((text) => text.startsWith(joined));
  if (compactPrefixAt >= 0) {
    const text = entry.compacts[compactPrefixAt] ?? '';
    return {
      tier: TIER_PREFIX,
      coverage: Math.min(1, joined.length / Math.max(1, text.length)),
      matched: { field: field(compactPrefixAt), text: entry.texts[compactPrefixAt] ?? '' },
    };
  }

  let covered = 0;
  let allMatched = true;
  let abbreviation: string | undefined;
  const whole = words.length > 1 ? entry.tokens.get(joined) : undefined;
  if (whole !== undefined) {
    covered = whole;
    if (entry.abbreviations.has(joined)) abbreviation = joined;
  } else {
    words.forEach((word, k) => {
      const span = entry.tokens.get(word);
      if (span !== undefined) {
        covered += span;
        if (entry.abbreviations.has(word) && span > 1) abbreviation ??= word;
        return;
      }
      // The word being typed may be unfinished: a prefix of some word counts.
      if (k === words.length - 1 && word.length >= 2 && hasTokenWithPrefix(entry, word)) {
        covered += 1;
        return;
      }
      allMatched = false;
    });
  }
  const coverage = Math.min(1, covered / entry.nameWords);
  if (!allMatched) return { tier: TIER_FUZZY, coverage: coverage / 2, matched: nameMatch(entry) };
  return {
    tier: TIER_WORDS,
    coverage,
    matched: abbreviation ? { field: 'abbreviation', text: abbreviation.toUpperCase() } : bestWordMatch(entry, words),
  };
}

function hasTokenWithPrefix(entry: Entry, prefix: string): boolean {
  for (const token of entry.tokens.keys()) if (token.startsWith(prefix)) return true;
  return false;
}

function nameMatch(entry: Entry): SearchResult['matched'] {
  return { field: 'name', text: entry.entity.name };
}

/** The name or alias sharing most words with the query (the name on ties). */
function bestWordMatch(entry: Entry, words: string[]): SearchResult['matched'] {
  let best = 0;
  let bestCount = -1;
  entry.folded.forEach((text, k) => {
    const own = new Set(text.split(' '));
    const count = words.filter((word) => own.has(word)).length;
    if (count > bestCount) {
      best = k;
      bestCount = count;
    }
  });
  return { field: best === 0 ? 'name' : 'alias', text: entry.texts[best] ?? entry.entity.name };
}

function fromFuse(entry: Entry, key: string | undefined, value: string | undefined): SearchResult['matched'] {
  if (key === 'summary') return { field: 'summary', text: entry.entity.summary };
  if (key === 'aliases' && value !== undefined) {
    const k = entry.folded.indexOf(value, 1);
    if (k > 0) return { field: 'alias', text: entry.texts[k] ?? value };
  }
  return nameMatch(entry);
}

function longestMatch(
  matches: ReadonlyArray<{ key?: string; value?: string; indices: ReadonlyArray<readonly [number, number]> }> = [],
) {
  let best: (typeof matches)[number] | undefined;
  let bestLength = -1;
  for (const match of matches) {
    const length = match.indices.reduce((sum, [start, end]) => sum + end - start + 1, 0);
    if (length > bestLength) {
      best = match;
      bestLength = length;
    }
  }
  return best;
}

/** Trigrams of a folded text padded with a space at each end, so word starts and ends count. */
function trigrams(text: string): string[] {
  const padded = ` ${text} `;
  const out: string[] = [];
  for (let i = 0; i + 3 <= padded.length; i++) out.push(padded.slice(i, i + 3));
  return out;
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
