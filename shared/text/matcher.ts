/**
 * The multi-pattern name matcher: every alias of every entity, found in one pass over a text's tokens.
 *
 * Semantics (what a caller may rely on):
 * - **Word boundaries.** Text is cut into tokens by `tokenize` (shared/text/normalize.ts): a word is a run of
 *   letters — a Vietnamese letter with diacritics is a letter, in NFC or NFD — and digits. An alias matches whole
 *   tokens only: "Lào" is never found inside "Làohouse", "Nam" never inside "Namibia".
 * - **Leftmost, then longest.** Scanning left to right, at each token the longest alias that starts there and
 *   passes its checks wins ("Ủy ban liên Chính phủ Việt Nam - Lào" over "Việt Nam"); the scan then resumes after
 *   it. So matches **never overlap** and come out sorted.
 * - **Equivalences.** Case, both tone-mark placements, i/y variants, every dash and space variant (see
 *   normalize.ts). Two aliases with the same normalised form but different entities: the first one compiled wins.
 * - **Case rules** (precision). An alias that starts with a capital only matches text that starts with a capital
 *   (proper nouns are capitalised in Vietnamese: "Lào" the country, not "thuốc lào"). A token of an alias written
 *   all in capitals (two letters or more: GMS, UBND, ASEAN) matches only text written all in capitals.
 * - **Accent-less text** (optional, on by default). An alias the data writes without diacritics that is only
 *   the accent-stripped form of another alias of the same entity ("To Lam" beside "Tô Lâm") follows this rule too. Text typed without diacritics ("Pham Minh Chinh", "Vung Ang")
 *   matches an alias that is *accent-less safe*: at least two words, at least two of them capitalised (the shape
 *   of a proper name: "Phạm Minh Chính", "Ủy hội sông Mekong", "Tô Lâm"), and it carries diacritics (otherwise the
 *   exact route already finds it). The text must then carry no diacritic at all in the matched span (a wrongly
 *   accented word is a different word: "Lão" is not "Lào") and be capitalised wherever the alias is ("to lam",
 *   "To lam" — accent-less "to lắm", very big — do not match "Tô Lâm"; "To Lam" does). Text all in capitals
 *   carries no such evidence ("TO LAM NHA CUA?"), so it never matches accent-less. Single-word aliases never
 *   match accent-less: "Lao" is also spear, tuberculosis, "lao động".
 *
 * Cost: compiling is linear in the total length of the aliases (a trie over token ids: a node's first child beside
 * it, other edges in one hash table). Matching is one pass over the tokens: at each token one array lookup decides
 * whether any alias starts there, and a match attempt walks at most as many tokens as the longest alias, so the
 * work is O(tokens × longest alias in words) in the worst case and about one lookup per token on real text.
 * Matching allocates nothing: results go into a reused typed array.
 *
 * Why not a character-level Aho–Corasick automaton: matches must start and end on word boundaries, so a
 * failure link could only ever lead to another token start, which the scan visits anyway; working on token ids
 * also makes the automaton ~5× smaller (one state per alias word, not per letter) and lets one compiled form
 * serve NFC, NFD, both tone placements and accent-less text.
 */

import type { Lexicon, Tokens } from './normalize.ts';
import * as normalizeModule from './normalize.ts';
import { checkArray, checkRange, checkSorted, checkThat, deepChecks } from './state.ts';

// Read once: under a CommonJS transform (tsx, Vitest) every use of an imported binding is a getter call.
const { TOKEN_ALL_UPPER, TOKEN_DIACRITIC, TOKEN_DIGITS, TOKEN_UPPER_FIRST, TOKEN_WORD } = normalizeModule;

export interface MatcherOptions {
  /** Match accent-less text against accent-less-safe aliases (default true). */
  accentless?: boolean;
}

/** One match: token range [startToken, endToken), the entity, and whether it matched without diacritics. */
export interface MatchResults {
  count: number;
  /** Quadruples: startToken, endToken, entity, accentless (0/1). */
  data: Int32Array;
}

/** Case rules are kept for an alias's first 31 tokens (bits of an int32 mask); later tokens have none. */
export const MASK_TOKENS = 31;

/**
 * Ids, counts and masks, in the narrowest array that holds them all: a copy in 8 or 16 bits when every value
 * fits (at 10,000 entities nearly every column fits 16 bits: half the bytes to send and to decode), else in 32.
 */
export type IdArray = Uint8Array | Uint16Array | Int32Array;

function checkIds(value: unknown, what: string, length?: number): asserts value is IdArray {
  if (value instanceof Uint8Array) checkArray(value, Uint8Array, what, length);
  else if (value instanceof Uint16Array) checkArray(value, Uint16Array, what, length);
  else checkArray(value, Int32Array, what, length);
}

/**
 * A compiled matcher as plain arrays (structured-clone friendly; see `Matcher`). Node 0 is the root; pattern ids
 * start at 1 (0 ends a list).
 */
export interface MatcherState {
  patternCount: number;
  nodeCount: number;
  /** Bare token id → the root's child along it (0: none); one entry per bare id of the lexicon, and 0. */
  rootChild: IdArray;
  /** Node n's children (n ≥ 1) are `childId`/`childTarget[childStart[n] … childStart[n + 1])`, sorted by id. */
  childStart: IdArray;
  childId: IdArray;
  childTarget: IdArray;
  /** Per node: its first pattern (0: none); then `patNext`, in compile order. */
  nodeFirst: IdArray;
  patNext: IdArray;
  patEntity: IdArray;
  patLength: IdArray;
  patFullOffset: IdArray;
  patUpperFirst: Uint8Array;
  patCapsMask: IdArray;
  patAllUpperMask: IdArray;
  patSafe: Uint8Array;
  patFolded: Uint8Array;
  /** The full token ids of every pattern, back to back (16 bits when they all fit). */
  fullPool: IdArray;
  conflicts: Array<{ alias: string; kept: number; dropped: number }>;
}

/** Checks a `MatcherState` enough that matching always ends and stays in bounds; throws a `StateError`. */
export function checkMatcherState(state: MatcherState, bareSize: number, entityCount: number): void {
  checkThat(typeof state === 'object' && state !== null, 'matcher is missing');
  const { patternCount, nodeCount } = state;
  checkThat(Number.isInteger(patternCount) && patternCount >= 0, 'matcher.patternCount is not a count');
  checkThat(Number.isInteger(nodeCount) && nodeCount >= 1, 'matcher.nodeCount is not a count');
  const patterns = patternCount + 1;
  checkIds(state.rootChild, 'matcher.rootChild', bareSize + 1);
  checkIds(state.childStart, 'matcher.childStart', nodeCount + 1);
  checkIds(state.childId, 'matcher.childId');
  checkIds(state.childTarget, 'matcher.childTarget', state.childId.length);
  checkIds(state.nodeFirst, 'matcher.nodeFirst', nodeCount);
  for (const name of [
    'patNext',
    'patEntity',
    'patLength',
    'patFullOffset',
    'patCapsMask',
    'patAllUpperMask',
  ] as const) {
    checkIds(state[name], `matcher.${name}`, patterns);
  }
  for (const name of ['patUpperFirst', 'patSafe', 'patFolded'] as const) {
    checkArray(state[name], Uint8Array, `matcher.${name}`, patterns);
  }
  checkIds(state.fullPool, 'matcher.fullPool');
  checkThat(Array.isArray(state.conflicts), 'matcher.conflicts is not an array');
  checkRange(state.rootChild, 0, nodeCount, 'matcher.rootChild');
  checkThat(state.childStart[0] === 0 && state.childStart[1] === 0, 'matcher: the root has listed children');
  checkThat(state.childStart[nodeCount] === state.childId.length, 'matcher.childStart does not end at the edges');
  checkSorted(state.childStart, 0, state.childId.length, 'matcher.childStart');
  checkRange(state.childTarget, 1, nodeCount, 'matcher.childTarget');
  checkRange(state.nodeFirst, 0, patterns, 'matcher.nodeFirst');
  checkRange(state.patEntity, 0, Math.max(entityCount, 1), 'matcher.patEntity');
  const pool = state.fullPool.length;
  if (!deepChecks()) return;
  for (let p = 1; p < patterns; p++) {
    const next = state.patNext[p] as number;
    // Lists run forward (patterns are appended in compile order): no cycles.
    if (next !== 0 && (next <= p || next >= patterns)) checkThat(false, `matcher.patNext[${p}] is out of order`);
    const offset = state.patFullOffset[p] as number;
    const length = state.patLength[p] as number;
    if (length < 1 || offset < 0 || offset + length > pool) checkThat(false, `matcher: pattern ${p} is out of bounds`);
  }
}

/**
 * The matcher at work, on a `MatcherState` compiled in the background (matcher-compile.ts) and sent to pages:
 * `new Matcher(state, lexicon)` uses the arrays as they are, in O(1) beyond the bounds check. Compiling is not
 * here, so that it never ships in the content script.
 */
export class Matcher {
  readonly lexicon: Lexicon;
  readonly accentless: boolean;
  /** Number of patterns compiled (distinct aliases after normalisation), and of trie nodes. */
  readonly patternCount: number;
  readonly nodeCount: number;
  /** Aliases that normalise to another entity's alias (first one wins); for reports. */
  readonly conflicts: ReadonlyArray<{ alias: string; kept: number; dropped: number }>;
  /** The arrays it runs on (shared, not copied). */
  readonly state: MatcherState;

  private readonly rootChild: IdArray;
  private readonly childStart: IdArray;
  private readonly childId: IdArray;
  private readonly childTarget: IdArray;
  private readonly nodeFirst: IdArray;
  private readonly patNext: IdArray;
  private readonly patEntity: IdArray;
  private readonly patLength: IdArray;
  private readonly patFullOffset: IdArray;
  private readonly patUpperFirst: Uint8Array;
  private readonly patCapsMask: IdArray;
  private readonly patAllUpperMask: IdArray;
  private readonly patSafe: Uint8Array;
  /** An accent-stripped spelling of another alias of the same entity: found only by the accent-less rule. */
  private readonly patFolded: Uint8Array;
  private readonly fullPool: IdArray;
  private results = new Int32Array(256);

  /** `state` is checked (`checkMatcherState`, `entityCount` bounding its entity indices) unless `checked`. */
  constructor(
    state: MatcherState,
    lexicon: Lexicon,
    options: MatcherOptions = {},
    entityCount = 0x7fffffff,
    checked = false,
  ) {
    if (!checked) checkMatcherState(state, lexicon.bare.size, entityCount);
    this.lexicon = lexicon;
    this.accentless = options.accentless ?? true;
    this.state = state;
    this.patternCount = state.patternCount;
    this.nodeCount = state.nodeCount;
    this.conflicts = state.conflicts;
    this.rootChild = state.rootChild;
    this.childStart = state.childStart;
    this.childId = state.childId;
    this.childTarget = state.childTarget;
    this.nodeFirst = state.nodeFirst;
    this.patNext = state.patNext;
    this.patEntity = state.patEntity;
    this.patLength = state.patLength;
    this.patFullOffset = state.patFullOffset;
    this.patUpperFirst = state.patUpperFirst;
    this.patCapsMask = state.patCapsMask;
    this.patAllUpperMask = state.patAllUpperMask;
    this.patSafe = state.patSafe;
    this.patFolded = state.patFolded;
    this.fullPool = state.fullPool;
  }

  /** The child of (non-root) `node` along token id `id`, or 0: a search in the node's sorted run of edges. */
  private child(node: number, id: number): number {
    const ids = this.childId;
    let lo = this.childStart[node] as number;
    let hi = this.childStart[node + 1] as number;
    while (hi - lo > 8) {
      const mid = (lo + hi) >>> 1;
      if ((ids[mid] as number) < id) lo = mid + 1;
      else hi = mid + 1;
    }
    for (; lo < hi; lo++) {
      const at = ids[lo] as number;
      if (at === id) return this.childTarget[lo] as number;
      if (at > id) return 0;
    }
    return 0;
  }

  /**
   * Finds the matches in `tokens` (leftmost-longest, non-overlapping, in order). The returned object and its
   * array are reused by the next call.
   */
  match(tokens: Tokens): MatchResults {
    const count = tokens.count;
    const bare = tokens.bare;
    const rootChild = this.rootChild;
    let results = this.results;
    let found = 0;
    for (let i = 0; i < count; i++) {
      const first = bare[i] as number;
      if (first === 0) continue;
      let node = rootChild[first] as number;
      if (node === 0) continue;
      let bestEnd = -1;
      let bestEntity = 0;
      let bestAccentless = 0;
      let j = i + 1;
      for (;;) {
        const head = this.nodeFirst[node] as number;
        if (head !== 0) {
          const verdict = this.verify(head, tokens, i);
          if (verdict !== 0) {
            bestEnd = j;
            bestEntity = this.patEntity[verdict > 0 ? verdict : -verdict] as number;
            bestAccentless = verdict < 0 ? 1 : 0;
          }
        }
        if (j >= count) break;
        const id = bare[j] as number;
        if (id === 0) break;
        node = this.child(node, id);
        if (node === 0) break;
        j++;
      }
      if (bestEnd < 0) continue;
      if (found * 4 + 4 > results.length) {
        const next = new Int32Array(results.length * 2);
        next.set(results);
        results = next;
        this.results = next;
      }
      results[found * 4] = i;
      results[found * 4 + 1] = bestEnd;
      results[found * 4 + 2] = bestEntity;
      results[found * 4 + 3] = bestAccentless;
      found++;
      i = bestEnd - 1;
    }
    return { count: found, data: results };
  }

  /**
   * Names written inside the token span [from, to) other than the span itself, by the same rules (leftmost,
   * longest, no overlaps): the entities a longer name contains ("Ủy ban liên Chính phủ Việt Nam - Lào" inside
   * "Kỳ họp lần thứ 46 Ủy ban liên Chính phủ Việt Nam - Lào"). Appends (startToken, endToken, entity) triples to
   * `out`; spellings of `skipEntity` (the outer name's entity) are passed over. Called only for the few long
   * matches of a text, so it allocates freely.
   */
  matchWithin(tokens: Tokens, from: number, to: number, out: number[], skipEntity = -1): void {
    const bare = tokens.bare;
    for (let i = from; i < to; i++) {
      const first = bare[i] as number;
      if (first === 0) continue;
      let node = this.rootChild[first] as number;
      if (node === 0) continue;
      let bestEnd = -1;
      let bestEntity = 0;
      let j = i + 1;
      for (;;) {
        const head = this.nodeFirst[node] as number;
        if (head !== 0 && !(i === from && j === to)) {
          const verdict = this.verify(head, tokens, i);
          const entity = verdict === 0 ? -1 : (this.patEntity[verdict > 0 ? verdict : -verdict] as number);
          // A shorter spelling of the outer name itself ("… Lào - Việt" inside "… Lào - Việt Nam") hides nothing.
          if (entity >= 0 && entity !== skipEntity) {
            bestEnd = j;
            bestEntity = entity;
          }
        }
        if (j >= to) break;
        const id = bare[j] as number;
        if (id === 0) break;
        node = this.child(node, id);
        if (node === 0) break;
        j++;
      }
      if (bestEnd < 0) continue;
      out.push(i, bestEnd, bestEntity);
      i = bestEnd - 1;
    }
  }

  /**
   * Checks the patterns ending at one trie node against the text at token `i`: returns the pattern matched
   * exactly (> 0), else one matched accent-less (< 0, negated), else 0.
   */
  private verify(head: number, tokens: Tokens, i: number): number {
    const full = tokens.full;
    const flags = tokens.flags;
    let accentless = 0;
    for (let p = head; p !== 0; p = this.patNext[p] as number) {
      if (this.patFolded[p]) continue;
      const length = this.patLength[p] as number;
      const offset = this.patFullOffset[p] as number;
      if (this.patUpperFirst[p] && !((flags[i] as number) & TOKEN_UPPER_FIRST)) continue;
      const allUpper = this.patAllUpperMask[p] as number;
      let ok = true;
      for (let k = 0; k < length && ok; k++) {
        if (k < MASK_TOKENS && allUpper & (1 << k) && !((flags[i + k] as number) & TOKEN_ALL_UPPER)) ok = false;
      }
      if (!ok) continue;
      let exact = true;
      for (let k = 0; k < length; k++) {
        if (full[i + k] !== this.fullPool[offset + k]) {
          exact = false;
          break;
        }
      }
      if (exact) return p;
      if (accentless !== 0 || !this.accentless || !this.patSafe[p]) continue;
      const caps = this.patCapsMask[p] as number;
      let plain = true;
      let shouting = true;
      for (let k = 0; k < length; k++) {
        const f = flags[i + k] as number;
        if (f & TOKEN_DIACRITIC || (k < MASK_TOKENS && caps & (1 << k) && !(f & TOKEN_UPPER_FIRST))) {
          plain = false;
          break;
        }
        if (f & TOKEN_WORD && !(f & (TOKEN_ALL_UPPER | TOKEN_DIGITS))) shouting = false;
      }
      if (plain && !shouting) accentless = -p;
    }
    return accentless;
  }
}
