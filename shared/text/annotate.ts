/**
 * The annotator: names and figures of the fact base found in a block of text, with exact offsets.
 *
 *   const annotator = createAnnotator(buildMatchTable(base));   // compile once
 *   annotator.annotate('Thủ tướng Phạm Minh Chính …');          // per block of text, many times
 *
 * Mentions come back sorted by offset and never overlap: names by the matcher's rules (shared/text/matcher.ts:
 * word boundaries, leftmost-longest, case and accent-less rules), then figures (shared/text/figures.ts) in the
 * gaps between names. `start`/`end` are UTF-16 offsets into the very string passed in, so
 * `text.slice(start, end) === mention.text` always — whatever its normalisation (NFC, NFD, tone placement,
 * dashes, spaces).
 *
 * A figure's `entity` is the metric its frame names (shared/text/frames.ts: what its sentence says it measures,
 * for which places, period and role), or `GENERIC_FIGURE` (`{ id: 'figure', name: 'Số liệu' }`) when it fits no
 * metric; `figure.facts` lists the facts it states, `figure.conflicts` those it disagrees with. By default only
 * figures with a metric are returned (option `figures`). `annotate(text, context)` takes the article's date and
 * subject, which resolve "năm nay", "tính đến nay" and "hai nước".
 *
 * Cost per call: one tokenising pass, one matching pass, one pass over token flags for numbers; the token arrays
 * and the match buffer are reused across calls, so the only allocations are the returned mentions.
 *
 * Compile once, restore anywhere. Compiling (tokenising every alias, building the lexicon and the trie) costs
 * ~30 ms at 10,000 entities; so the background compiles a transferable state once and content scripts restore it:
 *
 *   const state = compileAnnotatorState(table);          // background: plain object of typed arrays
 *   const text = encodeAnnotatorState(state);            // one ASCII string, for chrome.runtime.sendMessage
 *   const annotator = restoreAnnotator(decodeAnnotatorState(text), { accentless }); // content script: ~1–3 ms
 *
 * The state is made of typed arrays, numbers and strings (no Maps, class instances or functions), so it also
 * survives structured clone as is (`postMessage`, IndexedDB). Restoring wraps its arrays — the lexicon's
 * open-addressing tables, the trie's rows, the pattern columns — after a check (so a bad state throws a
 * `StateError` rather than making a broken annotator): an O(size) bounds check for a state from structured
 * clone, only the shape for one `decodeAnnotatorState` verified by checksum, none for one compiled in this
 * realm. No string is hashed, no alias re-tokenised; entity ids and names are decoded when first mentioned.
 * A restored annotator finds exactly the mentions `createAnnotator(table, options)` finds, for any text: that is
 * `restoreAnnotator(compileAnnotatorState(table, options))`. The options (`accentless`, `figures`) act only at
 * match time, so one state serves every setting: `restoreAnnotator(state, options)` overrides the ones compiled.
 */
import type { MentionKind } from '../factbase/kinds.ts';
import { definedAbbreviations } from './abbreviations.ts';
import { isCredit } from './credits.ts';
import { checkFigureState, compileFigureState, type FigureState } from './figure-state.ts';
import { GENERIC_FIGURE, MEASURE_UNITS } from './figure-words.ts';
import {
  FigureRecognizer,
  type FigureRole,
  type FrameContext,
  type QualifierName,
  type RecognisedFigure,
} from './figures.ts';
import type { MatchTable } from './match-table.ts';
import { checkMatcherState, Matcher, type MatcherState } from './matcher.ts';
import { MatcherCompiler } from './matcher-compile.ts';
import * as normalizeModule from './normalize.ts';
import { checkLexiconState, Lexicon, type LexiconState, Tokens } from './normalize.ts';
import { sentenceAround } from './sentence.ts';
import {
  checkArray,
  checkRange,
  checkStringList,
  checkThat,
  decodeState,
  deepChecks,
  encodeState,
  StateError,
  type StringList,
  shapeChecksOnly,
  stringAt,
  toStringList,
} from './state.ts';
import { FAMILY_NAMES, NAMED_AFTER_WORDS } from './vietnamese.ts';

/** The kind of the entry that holds blocking phrases (never a mention). */
const BLOCKED = 'blocked';

// Read once: under a CommonJS transform (tsx, Vitest) every use of an imported binding is a getter call.
const { TOKEN_DIGITS, TOKEN_UPPER_FIRST, TOKEN_WORD, tokenize } = normalizeModule;

export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  entity: { id: string; name: string };
  figure?: {
    value: number;
    valueMax?: number;
    unit: string;
    /** The metric its frame names (the mention's `entity`), or null. */
    metric: string | null;
    /** Its period as a fact's `periodKey` ("2024", "2024-H1", "2025-Q1", "2024-08-16"), or null when unnamed. */
    period: string | null;
    role: FigureRole;
    /** "hơn 1,7 tỷ": more-than; "khoảng", "ước": about; "gần": less-than. */
    qualifier?: QualifierName;
    /** The facts this number states. */
    facts: string[];
    /**
     * Facts it disagrees with: same metric, scope and period, another value. Present only when there is one; the
     * card warns the reader.
     */
    conflicts?: string[];
  };
  /** Found by the accent-less rule: the text carries no diacritics where the alias does. */
  accentless?: boolean;
  /**
   * Entities written inside this name (the committee inside "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam -
   * Lào"), in order; offsets index the same text.
   */
  nested?: Array<Pick<Mention, 'start' | 'end' | 'text' | 'kind' | 'entity'>>;
  /**
   * A weak spelling (an abbreviation, a short or shared name): it names the entity only if one of these entities
   * is named on the same page by a strong spelling. `resolveEvidence` keeps or drops it and removes the field.
   */
  needs?: readonly string[];
}

export interface Annotator {
  /**
   * Mentions in `text`: sorted, non-overlapping, offsets into `text` exactly. `context`: what the caller knows
   * of the page (the article's date, its subject — by default the countries `text` names most —, the text
   * before this block), for the frames of figures.
   */
  annotate(text: string, context?: FrameContext): Mention[];
}

export interface AnnotatorOptions {
  /** Match text written without diacritics (default true); see shared/text/matcher.ts for when it is safe. */
  accentless?: boolean;
  /**
   * Which figures to return: `metric` (default) — those whose frame names a metric of the base; `all` — every
   * number with a unit of measure, those with no metric with the generic figure entity; `linked` — only those
   * that state a fact of the base; `none`.
   */
  figures?: FigureMode;
}

export type FigureMode = 'metric' | 'all' | 'linked' | 'none';

export interface CompiledAnnotator extends Annotator {
  /** The compiled matcher (sizes and conflicts, for benchmarks and reports). */
  readonly matcher: Matcher;
  /** The state it runs on (shared, not copied): what `compileAnnotatorState` returned or was restored. */
  readonly state: AnnotatorState;
  /** The countries a text names, most named first (place ids): a page's subject, for `annotate`'s context. */
  subjectOf(text: string): string[];
}

export type { FrameContext } from './frames.ts';
export { StateError } from './state.ts';

/** Bumped whenever the state's layout or the meaning of its ids changes; decoding checks it. */
export const ANNOTATOR_STATE_VERSION = 5;
const FORMAT = 'annotator';
const FIGURE_MODES: readonly FigureMode[] = ['metric', 'all', 'linked', 'none'];
/** States compiled here or that passed `checkAnnotatorState`: restoring one skips the O(size) check. */
const checked = new WeakSet<AnnotatorState>();

/**
 * A compiled annotator as plain data: typed arrays, numbers, strings and small arrays (see the module comment).
 * Treat it as opaque: its layout may change with `ANNOTATOR_STATE_VERSION`.
 */
export interface AnnotatorState {
  version: number;
  /** The options compiled in (defaults for `restoreAnnotator`). */
  options: { accentless: boolean; figures: FigureMode };
  /** The match table's version, for the caller's cache keys. */
  tableVersion: string;
  lexicon: LexiconState;
  matcher: MatcherState;
  figures: FigureState;
  entities: {
    ids: StringList;
    names: StringList;
    /** Index into `kinds`. */
    kind: Uint8Array;
    kinds: string[];
    /**
     * Entries from `strongCount` on are weak spellings' entries (same id, name and kind as their entity), then
     * one entry for blocking phrases; `support` holds, for each weak entry, the ids that support it (spaces).
     */
    strongCount: number;
    support: StringList;
    /** The blocking phrases' entry, or -1. */
    blocker: number;
  };
  metrics: { ids: StringList; names: StringList };
  /** Full ids of the words after which a person's name names a place ("TP", "đường"), and of ".". */
  namedAfter: Int32Array;
  /** Full ids of Vietnamese family names: capitalised before a person's alias, they make another person's name. */
  familyNames: Int32Array;
  /**
   * Latin given names (full ids, one token) of Lao and Khmer people, the entity each names, and that person's
   * family names (lower case, space-separated): the one-letter tolerance of `MatchEntity.latin`.
   */
  latin: { given: Int32Array; entity: Int32Array; family: StringList };
  /** `MatchTable.kindBlocks`, words in lower case (NFC). */
  kindBlocks: Array<{ kind: string; before: string[]; after: string[] }>;
  /** `MatchTable.sharedBodies`, spellings in lower case (NFC). */
  sharedBodies: Array<{ entity: string; spellings: string[] }>;
  dot: number;
}

/** Compiles a match table into a transferable state (the background's part; ~30 ms at 10,000 entities). */
export function compileAnnotatorState(table: MatchTable, options: AnnotatorOptions = {}): AnnotatorState {
  const lexicon = new Lexicon();
  // Figure vocabulary first, then names: the matcher sizes its root table on the lexicon it sees.
  const figures = compileFigureState(lexicon, table.metrics, table.figures);
  const namedAfter = new Set<number>();
  const scratch = new Tokens();
  for (const word of NAMED_AFTER_WORDS) {
    tokenize(word, scratch, lexicon, true);
    namedAfter.add(scratch.full[0] as number);
  }
  const familyNames = new Set<number>();
  for (const word of FAMILY_NAMES) {
    tokenize(word, scratch, lexicon, true);
    familyNames.add(scratch.full[0] as number);
  }
  const latinGiven: number[] = [];
  const latinEntity: number[] = [];
  const latinFamily: string[] = [];
  table.entities.forEach((entity, index) => {
    if (!entity.latin) return;
    const family = entity.latin.family.map((name) => name.toLowerCase()).join(' ');
    for (const given of entity.latin.given) {
      tokenize(given, scratch, lexicon, true);
      if (scratch.count !== 1) continue;
      latinGiven.push(scratch.full[0] as number);
      latinEntity.push(index);
      latinFamily.push(family);
    }
  });
  tokenize('.', scratch, lexicon, true);
  const dot = scratch.full[0] as number;
  // Entries: the entities, then one for each entity's weak spellings (same id, name and kind; its support), then
  // one that takes every blocking phrase. Columns, not an object per entry: there are 10,000 and more.
  const ids: string[] = [];
  const names: string[] = [];
  const entryKinds: string[] = [];
  const support: string[] = [];
  // Every alias with its entry, in compile order (strong, weak, then blocking phrases, compiled loose).
  const aliases: string[] = [];
  const owners: number[] = [];
  table.entities.forEach((entity, index) => {
    ids.push(entity.id);
    names.push(entity.name);
    entryKinds.push(entity.kind);
    support.push('');
    for (const alias of entity.aliases) {
      aliases.push(alias);
      owners.push(index);
    }
  });
  for (const entity of table.entities) {
    if (!entity.weak?.length) continue;
    const index = ids.length;
    ids.push(entity.id);
    names.push(entity.name);
    entryKinds.push(entity.kind);
    support.push((entity.support ?? [entity.id]).join(' '));
    for (const alias of entity.weak) {
      aliases.push(alias);
      owners.push(index);
    }
  }
  const blocks = table.blocks ?? [];
  const compiler = new MatcherCompiler(lexicon, aliases.length + blocks.length);
  compiler.addAll(aliases, owners);
  let blocker = -1;
  if (blocks.length > 0) {
    blocker = ids.length;
    ids.push('');
    names.push('');
    entryKinds.push(BLOCKED);
    support.push('');
    compiler.addAll(blocks, blocker, true);
  }
  const matcher = compiler.toState();
  const kinds: string[] = [];
  const kindIndex = new Map<string, number>();
  const kind = new Uint8Array(entryKinds.length);
  entryKinds.forEach((name, entry) => {
    let at = kindIndex.get(name);
    if (at === undefined) {
      at = kinds.push(name) - 1;
      if (at >= 255) throw new Error('compileAnnotatorState: more than 255 entity kinds');
      kindIndex.set(name, at);
    }
    kind[entry] = at;
  });
  const state: AnnotatorState = {
    version: ANNOTATOR_STATE_VERSION,
    options: { accentless: options.accentless ?? true, figures: options.figures ?? 'metric' },
    tableVersion: table.version,
    lexicon: lexicon.toState(),
    matcher,
    figures,
    entities: {
      ids: toStringList(ids),
      names: toStringList(names),
      kind,
      kinds,
      strongCount: table.entities.length,
      support: toStringList(support),
      blocker,
    },
    metrics: {
      ids: toStringList(table.metrics.map((metric) => metric.id)),
      names: toStringList(table.metrics.map((metric) => metric.name)),
    },
    namedAfter: Int32Array.from(namedAfter),
    familyNames: Int32Array.from(familyNames),
    latin: {
      given: Int32Array.from(latinGiven),
      entity: Int32Array.from(latinEntity),
      family: toStringList(latinFamily),
    },
    kindBlocks: (table.kindBlocks ?? []).map((block) => ({
      kind: block.kind,
      before: block.before.map(lowerNfc),
      after: block.after.map(lowerNfc),
    })),
    sharedBodies: (table.sharedBodies ?? []).map((body) => ({
      entity: body.entity,
      spellings: body.spellings.map(lowerNfc),
    })),
    dot,
  };
  checked.add(state);
  return state;
}

/**
 * Encodes a state as one ASCII string (base64 of its arrays, with a format version and a checksum) that crosses
 * `chrome.runtime.sendMessage`, which carries JSON only. Size: 4/3 of the arrays' bytes — 1.8 MB at 10,000
 * entities (a third of it the entities' ids and names), 84 KB for the curated base (`npm run bench` prints them).
 */
export function encodeAnnotatorState(state: AnnotatorState): string {
  if (!checked.has(state)) checkAnnotatorState(state);
  return encodeState(FORMAT, ANNOTATOR_STATE_VERSION, state);
}

/**
 * Decodes `encodeAnnotatorState`'s string. Throws a `StateError` saying why when it is not one, is of another
 * version, or is truncated or corrupted (checksum); never returns a state `restoreAnnotator` would not accept.
 */
export function decodeAnnotatorState(text: string): AnnotatorState {
  const state = decodeState(FORMAT, ANNOTATOR_STATE_VERSION, text) as AnnotatorState;
  // The checksum matched: these are the bytes of a state that was checked before it was encoded (below), so the
  // shape is checked (types, lengths, counts: a version skew) and the O(size) bounds check is skipped — it costs
  // more than the decoding itself on a content script's cold first call.
  shapeChecksOnly(() => checkAnnotatorState(state));
  checked.add(state);
  return state;
}

/** Throws a `StateError` unless `state` is a well-formed state of this version (bounds included). */
export function checkAnnotatorState(state: AnnotatorState): void {
  checkThat(typeof state === 'object' && state !== null, 'not an object');
  if (state.version !== ANNOTATOR_STATE_VERSION) {
    throw new StateError(
      `annotator state has version ${String(state.version)}; this code reads version ${ANNOTATOR_STATE_VERSION}`,
    );
  }
  checkThat(typeof state.options === 'object' && state.options !== null, 'options are missing');
  checkThat(typeof state.options.accentless === 'boolean', 'options.accentless is not a boolean');
  checkThat(FIGURE_MODES.includes(state.options.figures), 'options.figures is not a figure mode');
  checkThat(typeof state.tableVersion === 'string', 'tableVersion is not a string');
  const entities = state.entities;
  checkThat(typeof entities === 'object' && entities !== null, 'entities are missing');
  checkArray(entities.kind, Uint8Array, 'entities.kind');
  const count = entities.kind.length;
  checkStringList(entities.ids, 'entities.ids', count);
  checkStringList(entities.names, 'entities.names', count);
  checkThat(
    Array.isArray(entities.kinds) && entities.kinds.every((kind) => typeof kind === 'string'),
    'entities.kinds is not a list of strings',
  );
  checkRange(entities.kind, 0, entities.kinds.length, 'entities.kind');
  checkStringList(entities.support, 'entities.support', count);
  checkThat(
    Number.isInteger(entities.strongCount) && entities.strongCount >= 0 && entities.strongCount <= count,
    'entities.strongCount is out of range',
  );
  checkThat(
    Number.isInteger(entities.blocker) && entities.blocker >= -1 && entities.blocker < count,
    'entities.blocker is out of range',
  );
  checkThat(typeof state.metrics === 'object' && state.metrics !== null, 'metrics are missing');
  checkStringList(state.metrics.ids, 'metrics.ids');
  checkStringList(state.metrics.names, 'metrics.names', state.metrics.ids.ends.length);
  checkArray(state.namedAfter, Int32Array, 'namedAfter');
  checkArray(state.familyNames, Int32Array, 'familyNames');
  checkThat(typeof state.latin === 'object' && state.latin !== null, 'latin is missing');
  checkArray(state.latin.given, Int32Array, 'latin.given');
  checkArray(state.latin.entity, Int32Array, 'latin.entity');
  checkThat(state.latin.entity.length === state.latin.given.length, 'latin.entity has the wrong length');
  checkRange(state.latin.entity, 0, count, 'latin.entity');
  checkStringList(state.latin.family, 'latin.family', state.latin.given.length);
  checkThat(
    Array.isArray(state.kindBlocks) &&
      state.kindBlocks.every(
        (block) =>
          typeof block.kind === 'string' &&
          Array.isArray(block.before) &&
          Array.isArray(block.after) &&
          [...block.before, ...block.after].every((word) => typeof word === 'string'),
      ),
    'kindBlocks is not a list of blocks',
  );
  checkThat(
    Array.isArray(state.sharedBodies) &&
      state.sharedBodies.every(
        (body) =>
          typeof body.entity === 'string' &&
          Array.isArray(body.spellings) &&
          body.spellings.every((spelling) => typeof spelling === 'string'),
      ),
    'sharedBodies is not a list of bodies',
  );
  checkThat(Number.isInteger(state.dot), 'dot is not an id');
  checkLexiconState(state.lexicon);
  checkMatcherState(state.matcher, state.lexicon.bare.offsets.length - 1, count);
  checkFigureState(state.figures, state.metrics.ids.ends.length);
  if (deepChecks()) checked.add(state);
}

/** Compiles a match table and wraps it: `restoreAnnotator(compileAnnotatorState(table, options))`. */
export function createAnnotator(table: MatchTable, options: AnnotatorOptions = {}): CompiledAnnotator {
  return restoreAnnotator(compileAnnotatorState(table, options));
}

/**
 * An annotator on a compiled state (from `compileAnnotatorState`, structured clone or `decodeAnnotatorState`).
 * Its arrays are used as they are (no copy, no hashing of strings; an O(size) bounds check unless the state was
 * compiled or decoded here); `options` override the ones compiled in. Throws a `StateError` when the state is
 * malformed.
 */
export function restoreAnnotator(state: AnnotatorState, options: AnnotatorOptions = {}): CompiledAnnotator {
  if (!checked.has(state)) checkAnnotatorState(state);
  const accentless = options.accentless ?? state.options.accentless;
  const figureMode = options.figures ?? state.options.figures;
  const lexicon = new Lexicon(state.lexicon, true);
  const matcher = new Matcher(state.matcher, lexicon, { accentless }, state.entities.kind.length, true);
  const figures = new FigureRecognizer(state.figures, state.metrics.ids.ends.length, lexicon, true);
  const namedAfter = new Set<number>(state.namedAfter);
  const familyNames = new Set<number>(state.familyNames);
  const latinByGiven = new Map<number, number[]>();
  state.latin.given.forEach((id, k) => {
    const list = latinByGiven.get(id) ?? [];
    list.push(k);
    latinByGiven.set(id, list);
  });
  /**
   * "Sonexay Siphandome": a capitalised Latin given name of a Lao or Khmer person followed by a capitalised word
   * of six letters or more, one letter away from that person's family name. Added where no name was found.
   */
  const addNearNames = (text: string, mentions: Mention[]): Mention[] => {
    let at = 0;
    for (let i = 0; i + 1 < tokens.count; i++) {
      const entries = latinByGiven.get(tokens.full[i] as number);
      if (!entries || !((tokens.flags[i] as number) & TOKEN_UPPER_FIRST)) continue;
      const start = tokens.start[i] as number;
      const givenEnd = tokens.end[i] as number;
      while (at < mentions.length && (mentions[at] as Mention).end < givenEnd) at++;
      const nextStart = tokens.start[i + 1] as number;
      const nextEnd = tokens.end[i + 1] as number;
      // The given name alone, or a title and the given name ("Thủ tướng Sonexay"), may already be a mention.
      const titled =
        at < mentions.length && (mentions[at] as Mention).end === givenEnd ? (mentions[at] as Mention) : undefined;
      const next = mentions[titled ? at + 1 : at];
      if ((!titled && next && next.start < nextEnd) || (titled && next && next.start < nextEnd)) continue;
      if (!((tokens.flags[i + 1] as number) & TOKEN_UPPER_FIRST) || nextEnd - nextStart < 6) continue;
      if (!/^\s+$/.test(text.slice(givenEnd, nextStart))) continue;
      const word = text.slice(nextStart, nextEnd).normalize('NFC').toLowerCase();
      const k = entries.find((e) =>
        stringAt(state.latin.family, e)
          .split(' ')
          .some((f) => oneLetterApart(word, f)),
      );
      if (k === undefined) continue;
      const index = state.latin.entity[k] as number;
      if (titled) {
        if (titled.entity.id !== entityRef(index).id) continue;
        mentions[at] = { ...titled, end: nextEnd, text: text.slice(titled.start, nextEnd) };
      } else {
        const kind = kinds[kindOf[index] as number] as MentionKind;
        mentions.splice(at, 0, {
          start,
          end: nextEnd,
          text: text.slice(start, nextEnd),
          kind,
          entity: entityRef(index),
        });
      }
      i++;
    }
    return mentions;
  };
  const dot = state.dot;
  const entities = state.entities;
  const kinds = entities.kinds as MentionKind[];
  const kindOf = entities.kind;
  // Entity and metric references, made on first use (a page mentions a few of 10,000) and then shared.
  const refs: Array<Mention['entity'] | undefined> = new Array(kindOf.length);
  const entityRef = (index: number): Mention['entity'] => {
    let ref = refs[index];
    if (ref === undefined) {
      ref = Object.freeze({ id: stringAt(entities.ids, index), name: stringAt(entities.names, index) });
      refs[index] = ref;
    }
    return ref;
  };
  const metricRefs: Array<Mention['entity'] | undefined> = new Array(state.metrics.ids.ends.length);
  const metricRef = (index: number): Mention['entity'] => {
    let ref = metricRefs[index];
    if (ref === undefined) {
      ref = Object.freeze({ id: stringAt(state.metrics.ids, index), name: stringAt(state.metrics.names, index) });
      metricRefs[index] = ref;
    }
    return ref;
  };
  const tokens = new Tokens();
  const strongCount = entities.strongCount;
  const blocker = entities.blocker;
  const supportRefs = new Map<number, readonly string[]>();
  const supportOf = (index: number): readonly string[] => {
    let ids = supportRefs.get(index);
    if (ids === undefined) {
      ids = Object.freeze(stringAt(entities.support, index).split(' ').filter(Boolean));
      supportRefs.set(index, ids);
    }
    return ids;
  };
  const inner: number[] = [];
  /** Names written inside tokens [first, last] (not the whole span), other than `outer` itself. */
  const nestedIn = (text: string, first: number, last: number, outer: number): Mention['nested'] => {
    inner.length = 0;
    matcher.matchWithin(tokens, first, last + 1, inner, outer);
    let nested: Mention['nested'];
    for (let k = 0; k < inner.length; k += 3) {
      const index = inner[k + 2] as number;
      // A weak spelling inside a strong name that supports it is that entity ("Ủy ban liên Chính phủ" inside "kỳ họp
      // Ủy ban liên Chính phủ lần thứ 46"); any other weak spelling inside a name is only part of it.
      if (index >= strongCount && (outer >= strongCount || !supportOf(index).includes(entityRef(outer).id))) continue;
      const ref = entityRef(index);
      if (ref.id === entityRef(outer).id) continue;
      const kind = kinds[kindOf[index] as number] as MentionKind;
      // The head of a longer name of the same kind is its generic part: "Bộ KH&ĐT" in "Bộ KH&ĐT Lào".
      if (inner[k] === first && kind === kinds[kindOf[outer] as number]) continue;
      if (kind === 'person' && namesAPlace(inner[k] as number)) continue;
      const start = tokens.start[inner[k] as number] as number;
      const end = tokens.end[(inner[k + 1] as number) - 1] as number;
      nested = nested ?? [];
      nested.push({ start, end, text: text.slice(start, end), kind, entity: ref });
    }
    return nested;
  };

  /** "TP Hồ Chí Minh", "TP. Hồ Chí Minh", "đường Hồ Chí Minh": the name of a place, not the person. */
  const namesAPlace = (first: number): boolean => {
    let k = first - 1;
    if (k >= 1 && tokens.full[k] === dot) k--;
    return k >= 0 && namedAfter.has(tokens.full[k] as number);
  };
  /**
   * "Sông Lam Nghệ An", "Đông Á Thanh Hóa", "Sở Công Thương Hà Tĩnh": a place's name at the tail of a longer
   * proper name — a capitalised word right before it that does not open its sentence or clause — names that
   * club, company or body, not the place. ("Tại Hà Nội" opens a sentence; "tỉnh Nghệ An" is not capitalised.)
   */
  const tailOfLongerName = (first: number): boolean => {
    const k = first - 1;
    if (k < 1 || !((tokens.flags[k] as number) & TOKEN_UPPER_FIRST)) return false;
    return ((tokens.flags[k - 1] as number) & TOKEN_WORD) !== 0;
  };
  const blocksByKind = new Map(state.kindBlocks.map((block) => [block.kind, block]));
  /** "CLB Sông Lam …", "Hải Phòng FC", "Công ty CP Cảng …": a kind's words right before or after the name. */
  const kindBlocked = (text: string, kind: string, start: number, end: number): boolean => {
    const block = blocksByKind.get(kind);
    if (!block) return false;
    const before = lowerNfc(text.slice(Math.max(0, start - 40), start));
    if (block.before.some((word) => before.endsWith(` ${word} `) || before === `${word} `)) return true;
    const after = lowerNfc(text.slice(end, end + 40));
    return block.after.some(
      (word) => after.startsWith(` ${word}`) && !/^[\p{L}\p{N}]/u.test(after.slice(word.length + 1)),
    );
  };
  const sharedBodies = new Map(state.sharedBodies.map((body) => [body.entity, new Set(body.spellings)]));
  /**
   * "… giữa Chính phủ Lào với … PetroTrade tại trụ sở Bộ Kế hoạch và Đầu tư": the bare name of a body both
   * countries have, in a sentence that names Laos and not Vietnam, may be either: no card — unless a Vietnamese
   * person's name follows it ("Thứ trưởng Bộ Kế hoạch và Đầu tư Nguyễn Thị Bích Ngọc làm việc với đoàn Lào") or it
   * is the source the press cites ("Theo Bộ Kế hoạch và Đầu tư, Lào …").
   */
  const sharedInLaos = (text: string, id: string, last: number, start: number, end: number): boolean => {
    if (!sharedBodies.get(id)?.has(lowerNfc(text.slice(start, end)))) return false;
    // "Theo Bộ Kế hoạch và Đầu tư, Lào …": the Vietnamese press's own source.
    if (/(?:^|\s)theo\s+$/iu.test(text.slice(Math.max(0, start - 8), start))) return false;
    const next = last + 1;
    if (next < tokens.count && (tokens.flags[next] as number) & TOKEN_UPPER_FIRST) {
      if (familyNames.has(tokens.full[next] as number)) return false;
    }
    const countries = figures.countriesIn(sentenceAround(text, start, end));
    return countries.includes('lao') && !countries.includes('viet-nam');
  };
  /** "Nguyễn Thành Duy", "Lê Tô Lâm": a capitalised family name right before makes it another person's name. */
  const otherPersonsName = (first: number): boolean => {
    const k = first - 1;
    return (
      k >= 0 && ((tokens.flags[k] as number) & TOKEN_UPPER_FIRST) !== 0 && familyNames.has(tokens.full[k] as number)
    );
  };

  /** A recognised figure as a mention, if the figure mode draws it (a count only with a metric). */
  function figureMention(text: string, figure: RecognisedFigure, context: FrameContext): Mention | undefined {
    const link = figures.link(text, tokens, figure, context, figureMode === 'all');
    const metric = link.metric >= 0;
    if (
      figureMode === 'linked'
        ? link.facts.length === 0
        : !metric && (figureMode === 'metric' || !MEASURE_UNITS.has(figure.unit))
    ) {
      return undefined;
    }
    const start = tokens.start[figure.startToken] as number;
    const end = tokens.end[figure.endToken - 1] as number;
    const entity = metric ? metricRef(link.metric) : GENERIC_FIGURE;
    return {
      start,
      end,
      text: text.slice(start, end),
      kind: 'figure',
      entity,
      figure: {
        value: figure.value,
        ...(figure.valueMax !== undefined ? { valueMax: figure.valueMax } : {}),
        unit: figure.unit,
        metric: metric ? entity.id : null,
        period: link.period ?? null,
        role: link.role,
        ...(link.qualifier ? { qualifier: link.qualifier } : {}),
        facts: link.facts,
        ...(link.conflicts.length > 0 ? { conflicts: link.conflicts } : {}),
      },
    };
  }

  function annotate(text: string, context: FrameContext = {}): Mention[] {
    tokenize(text, tokens, lexicon);
    const results = matcher.match(tokens);
    const data = results.data;
    const mentions: Mention[] = [];
    const flags = tokens.flags;
    let digitsFrom = 0;
    figures.startText(text);
    for (let r = 0; r <= results.count; r++) {
      // Figures in the gap before name r (or after the last name).
      const gapEnd = r < results.count ? (data[r * 4] as number) : tokens.count;
      for (let i = figureMode === 'none' ? gapEnd : digitsFrom; i < gapEnd; i++) {
        if (!((flags[i] as number) & TOKEN_DIGITS)) continue;
        const figure = figures.recognise(text, tokens, i, gapEnd);
        if (!figure) continue;
        i = figure.endToken - 1;
        const mention = figureMention(text, figure, context);
        if (mention) mentions.push(mention);
      }
      if (r === results.count) break;
      const first = data[r * 4] as number;
      const last = (data[r * 4 + 1] as number) - 1;
      const index = data[r * 4 + 2] as number;
      digitsFrom = last + 1;
      if (index === blocker) continue;
      const kind = kinds[kindOf[index] as number] as MentionKind;
      if (kind === 'person' && (namesAPlace(first) || otherPersonsName(first))) continue;
      if (kind === 'place' && tailOfLongerName(first)) continue;
      if (kindBlocked(text, kind, tokens.start[first] as number, tokens.end[last] as number)) continue;
      const start = tokens.start[first] as number;
      const end = tokens.end[last] as number;
      if (isCredit(text, start, end, kind === 'organization')) continue;
      if (kind === 'organization' && sharedInLaos(text, entityRef(index).id, last, start, end)) continue;
      const mention: Mention = { start, end, text: text.slice(start, end), kind, entity: entityRef(index) };
      if (data[r * 4 + 3] === 1) mention.accentless = true;
      if (index >= strongCount) mention.needs = supportOf(index);
      if (last > first) {
        const nested = nestedIn(text, first, last, index);
        if (nested) mention.nested = nested;
      }
      mentions.push(mention);
    }
    const found = dropRouteEnds(text, latinByGiven.size > 0 ? addNearNames(text, mentions) : mentions);
    // "Bộ Kế hoạch và Đầu tư (KHĐT)": the text's own abbreviation of a body it names.
    const abbreviations = definedAbbreviations(text, found);
    return abbreviations.length > 0 ? [...found, ...abbreviations].sort((a, b) => a.start - b.start) : found;
  }

  return { annotate, matcher, state, subjectOf: (text: string) => figures.countriesIn(text) };
}

const lowerNfc = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ');

/** Two words of the same length with one letter changed, or one letter more or less (not the same word). */
export function oneLetterApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Between a route's two ends: a dash; or "đi"/"đến"/"tới" after "từ" before the first ("từ X đến Y"). */
const ROUTE_DASH = /^\s*[-–—]\s*$/u;
const ROUTE_TO = /^\s*(?:đi|đến|tới|di|den|toi)\s*$/iu;
const ROUTE_FROM = /(?:^|\s)(?:từ|tu)\s+$/iu;

/**
 * A person's name that is one end of a route whose other end is a place names the city named after them:
 * "Chuyến bay Hồ Chí Minh - Viêng Chăn", "từ Ho Chi Minh di Vientiane".
 */
function dropRouteEnds(text: string, mentions: Mention[]): Mention[] {
  let dropped: Set<Mention> | undefined;
  const linked = (a: Mention | undefined, b: Mention | undefined) => {
    if (a === undefined || b === undefined) return false;
    const gap = text.slice(a.end, b.start);
    return (
      ROUTE_DASH.test(gap) || (ROUTE_TO.test(gap) && ROUTE_FROM.test(text.slice(Math.max(0, a.start - 8), a.start)))
    );
  };
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k] as Mention;
    if (mention.kind !== 'person') continue;
    const before = mentions[k - 1];
    const after = mentions[k + 1];
    if ((before?.kind === 'place' && linked(before, mention)) || (after?.kind === 'place' && linked(mention, after))) {
      dropped = dropped ?? new Set();
      dropped.add(mention);
    }
  }
  return dropped ? mentions.filter((mention) => !dropped?.has(mention)) : mentions;
}

/**
 * Evidence before a card: keeps a weak mention (an abbreviation, a short or shared name; `needs` set) only when
 * the same page names one of the entities it needs by a strong spelling — as a mention or inside one — and drops
 * the field. A weak mention the page does not support leaves the names written inside it standing on their own
 * ("Vũng Áng" in an unsupported "cảng Vũng Áng": the place is named whichever port is meant); they are not
 * evidence. `mentions` are one page's (a file for the CLI, a document for the content script).
 */
export function resolveEvidence(mentions: readonly Mention[]): Mention[] {
  const named = new Set<string>();
  for (const mention of mentions) {
    if (mention.needs) continue;
    named.add(mention.entity.id);
    for (const inner of mention.nested ?? []) named.add(inner.entity.id);
  }
  const kept: Mention[] = [];
  for (const mention of mentions) {
    if (!mention.needs) {
      kept.push(mention);
      continue;
    }
    if (!mention.needs.some((id) => named.has(id))) {
      for (const inner of mention.nested ?? []) kept.push({ ...inner });
      continue;
    }
    const { needs: _needs, ...supported } = mention;
    kept.push(supported);
  }
  return kept;
}
