/**
 * Compiling aliases into the matcher's trie (matcher.ts says what matching means). This runs where the fact base
 * is compiled — the background, the CLI, tests and benchmarks — never in a content script, which receives the
 * compiled `MatcherState`.
 */

import { type IdArray, MASK_TOKENS, type MatcherState } from './matcher.ts';
import * as normalizeModule from './normalize.ts';
import { AliasTokenizer, type Lexicon, Tokens } from './normalize.ts';

// Read once: under a CommonJS transform (tsx, Vitest) every use of an imported binding is a getter call.
const { TOKEN_ALL_UPPER, TOKEN_DIACRITIC, TOKEN_UPPER_FIRST, TOKEN_WORD } = normalizeModule;

export interface MatcherPattern {
  /** Index of the entity this alias names (the caller's numbering). */
  entity: number;
  alias: string;
  /**
   * Case variants of this spelling merge to the looser accent-less rule too ("thành phố Hồ Chí Minh" beside
   * "Thành phố …" also finds "thanh pho Ho Chi Minh"): for blocking phrases, where finding more loses nothing.
   */
  loose?: boolean;
}

/** An alias's case rules, read from its tokens (see matcher.ts's header). */
function aliasShape(tokens: Tokens): {
  upperFirst: number;
  caps: number;
  allUpper: number;
  safe: number;
  diacritics: boolean;
} {
  let caps = 0;
  let allUpper = 0;
  let words = 0;
  let capitalised = 0;
  let diacritics = false;
  for (let k = 0; k < tokens.count; k++) {
    const f = tokens.flags[k] as number;
    if (f & TOKEN_WORD) words++;
    if (f & TOKEN_DIACRITIC) diacritics = true;
    if (k >= MASK_TOKENS) continue;
    if (f & TOKEN_UPPER_FIRST) {
      caps |= 1 << k;
      capitalised++;
    }
    if (f & TOKEN_ALL_UPPER) allUpper |= 1 << k;
  }
  return {
    upperFirst: (tokens.flags[0] as number) & TOKEN_UPPER_FIRST ? 1 : 0,
    caps,
    allUpper,
    safe: diacritics && words >= 2 && capitalised >= 2 ? 1 : 0,
    diacritics,
  };
}

/** Builds the trie (edges in one open-addressing hash table while inserting), then freezes it to a `MatcherState`. */
class MatcherBuilder {
  /** Number of patterns compiled (distinct aliases after normalisation), and of trie nodes. */
  patternCount = 0;
  nodeCount = 1;
  /** Aliases that normalise to another entity's alias (first one wins); for reports. */
  readonly conflicts: Array<{ alias: string; kept: number; dropped: number }> = [];

  rootChild: Int32Array;
  private edgeNode: Int32Array;
  private edgeId: Int32Array;
  private edgeTarget: Int32Array;
  private edgeCount = 0;
  private nodeFirst: Int32Array;
  private patNext: Int32Array;
  private patEntity: Int32Array;
  private patLength: Int32Array;
  private patFullOffset: Int32Array;
  private patUpperFirst: Uint8Array;
  private patCapsMask: Int32Array;
  private patAllUpperMask: Int32Array;
  private patSafe: Uint8Array;
  /** An accent-stripped spelling of another alias of the same entity: found only by the accent-less rule. */
  private patFolded: Uint8Array;
  private patDiacritics: Uint8Array;
  private fullPool: Int32Array;
  private fullPoolSize = 0;
  constructor(patterns: readonly MatcherPattern[], lexicon: Lexicon) {
    const n = patterns.length + 1;
    this.nodeFirst = new Int32Array(n * 4 + 16);
    this.patNext = new Int32Array(n);
    this.patEntity = new Int32Array(n);
    this.patLength = new Int32Array(n);
    this.patFullOffset = new Int32Array(n);
    this.patUpperFirst = new Uint8Array(n);
    this.patCapsMask = new Int32Array(n);
    this.patAllUpperMask = new Int32Array(n);
    this.patSafe = new Uint8Array(n);
    this.patFolded = new Uint8Array(n);
    this.patDiacritics = new Uint8Array(n);
    this.fullPool = new Int32Array(n * 4 + 16);
    this.edgeNode = new Int32Array(1 << 12);
    this.edgeId = new Int32Array(1 << 12);
    this.edgeTarget = new Int32Array(1 << 12);

    const tokens = new Tokens();
    const aliasTokenizer = new AliasTokenizer(lexicon);
    for (const { entity, alias, loose } of patterns) {
      aliasTokenizer.tokenize(alias, tokens);
      if (tokens.count > 0) this.insert(tokens, entity, alias, loose === true);
    }
    this.rootChild = new Int32Array(lexicon.bare.size + 1);
    // Root edges go to a direct array (the hot lookup); built after interning so its size is known.
    for (let e = 0; e < this.edgeNode.length; e++) {
      if (this.edgeTarget[e] !== 0 && this.edgeNode[e] === 0) {
        this.rootChild[this.edgeId[e] as number] = this.edgeTarget[e] as number;
      }
    }
  }

  private insert(tokens: Tokens, entity: number, alias: string, loose: boolean): void {
    let node = 0;
    for (let k = 0; k < tokens.count; k++) node = this.child(node, tokens.bare[k] as number, true);
    const length = tokens.count;
    // Same node and same full keys: the same alias after normalisation. For the same entity, the spellings'
    // case rules merge (the looser exact rule, the stricter accent-less one); another entity's is dropped.
    for (let p = this.nodeFirst[node] as number; p !== 0; p = this.patNext[p] as number) {
      if (!this.sameFull(p, tokens)) continue;
      const kept = this.patEntity[p] as number;
      if (kept !== entity) {
        this.conflicts.push({ alias, kept, dropped: entity });
        return;
      }
      const shape = aliasShape(tokens);
      this.patUpperFirst[p] = (this.patUpperFirst[p] as number) & shape.upperFirst;
      this.patAllUpperMask[p] = (this.patAllUpperMask[p] as number) & shape.allUpper;
      this.patCapsMask[p] = loose
        ? (this.patCapsMask[p] as number) & shape.caps
        : (this.patCapsMask[p] as number) | shape.caps;
      this.patSafe[p] = (this.patSafe[p] as number) | shape.safe;
      return;
    }
    // An alias without diacritics that shares its bare form with one of the same entity's that has them
    // ("To Lam" and "Tô Lâm") is that alias typed accent-less: the accent-less rule, not exact matching, decides.
    const shape = aliasShape(tokens);
    let folded = 0;
    for (let q = this.nodeFirst[node] as number; q !== 0; q = this.patNext[q] as number) {
      if (this.patEntity[q] !== entity) continue;
      if (!shape.diacritics && this.patHasDiacritics(q)) folded = 1;
      if (shape.diacritics && !this.patHasDiacritics(q)) this.patFolded[q] = 1;
    }
    const p = ++this.patternCount;
    this.patFolded[p] = folded;
    if (this.fullPoolSize + length > this.fullPool.length) {
      const next = new Int32Array((this.fullPoolSize + length) * 2);
      next.set(this.fullPool);
      this.fullPool = next;
    }
    for (let k = 0; k < length; k++) this.fullPool[this.fullPoolSize + k] = tokens.full[k] as number;
    this.patFullOffset[p] = this.fullPoolSize;
    this.fullPoolSize += length;
    this.patEntity[p] = entity;
    this.patLength[p] = length;
    this.patUpperFirst[p] = shape.upperFirst;
    this.patCapsMask[p] = shape.caps;
    this.patAllUpperMask[p] = shape.allUpper;
    this.patSafe[p] = shape.safe;
    this.patDiacritics[p] = shape.diacritics ? 1 : 0;
    // Append, so that the first compiled alias is tried first.
    const head = this.nodeFirst[node] as number;
    if (head === 0) this.nodeFirst[node] = p;
    else {
      let last = head;
      while (this.patNext[last] !== 0) last = this.patNext[last] as number;
      this.patNext[last] = p;
    }
  }

  private patHasDiacritics(p: number): boolean {
    return this.patDiacritics[p] === 1;
  }

  private sameFull(p: number, tokens: Tokens): boolean {
    if (this.patLength[p] !== tokens.count) return false;
    const offset = this.patFullOffset[p] as number;
    for (let k = 0; k < tokens.count; k++) if (this.fullPool[offset + k] !== tokens.full[k]) return false;
    return true;
  }

  /** The child of `node` along token id `id`; with `create`, made if missing. 0 means none (0 is the root). */
  child(node: number, id: number, create: boolean): number {
    const mask = this.edgeNode.length - 1;
    let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca77)) & mask;
    while (this.edgeTarget[slot] !== 0) {
      if (this.edgeNode[slot] === node && this.edgeId[slot] === id) return this.edgeTarget[slot] as number;
      slot = (slot + 1) & mask;
    }
    if (!create) return 0;
    const target = this.nodeCount++;
    if (target >= this.nodeFirst.length) {
      const next = new Int32Array(target * 2);
      next.set(this.nodeFirst);
      this.nodeFirst = next;
    }
    this.edgeNode[slot] = node;
    this.edgeId[slot] = id;
    this.edgeTarget[slot] = target;
    if (++this.edgeCount * 2 > this.edgeNode.length) this.growEdges();
    return target;
  }

  private growEdges(): void {
    const nodes = this.edgeNode;
    const ids = this.edgeId;
    const targets = this.edgeTarget;
    const size = nodes.length * 2;
    this.edgeNode = new Int32Array(size);
    this.edgeId = new Int32Array(size);
    this.edgeTarget = new Int32Array(size);
    const mask = size - 1;
    for (let e = 0; e < nodes.length; e++) {
      if (targets[e] === 0) continue;
      const node = nodes[e] as number;
      const id = ids[e] as number;
      let slot = (Math.imul(node, 0x9e3779b1) ^ Math.imul(id, 0x85ebca77)) & mask;
      while (this.edgeTarget[slot] !== 0) slot = (slot + 1) & mask;
      this.edgeNode[slot] = node;
      this.edgeId[slot] = id;
      this.edgeTarget[slot] = targets[e] as number;
    }
  }

  /**
   * The frozen trie: root edges in `rootChild`, every other node's edges sorted by token id in one run of
   * `childId`/`childTarget` (compressed rows: 12 bytes an edge, a third of the hash table's size, and nothing to
   * re-hash when restored). Pattern arrays are trimmed to size.
   */
  toState(): MatcherState {
    const nodes = this.nodeCount;
    const childStart = new Int32Array(nodes + 1);
    for (let e = 0; e < this.edgeNode.length; e++) {
      const node = this.edgeNode[e] as number;
      if (this.edgeTarget[e] !== 0 && node !== 0) childStart[node + 1] = (childStart[node + 1] as number) + 1;
    }
    for (let n = 0; n < nodes; n++) childStart[n + 1] = (childStart[n + 1] as number) + (childStart[n] as number);
    const edges = childStart[nodes] as number;
    const childId = new Int32Array(edges);
    const childTarget = new Int32Array(edges);
    const fill = childStart.slice(0, nodes);
    for (let e = 0; e < this.edgeNode.length; e++) {
      const node = this.edgeNode[e] as number;
      if (this.edgeTarget[e] === 0 || node === 0) continue;
      const at = fill[node] as number;
      fill[node] = at + 1;
      childId[at] = this.edgeId[e] as number;
      childTarget[at] = this.edgeTarget[e] as number;
    }
    for (let n = 1; n < nodes; n++) sortRun(childId, childTarget, childStart[n] as number, childStart[n + 1] as number);
    const patterns = this.patternCount + 1;
    return {
      patternCount: this.patternCount,
      nodeCount: nodes,
      rootChild: narrow(this.rootChild),
      childStart: narrow(childStart),
      childId: narrow(childId),
      childTarget: narrow(childTarget),
      nodeFirst: narrow(this.nodeFirst.subarray(0, nodes)),
      patNext: narrow(this.patNext.subarray(0, patterns)),
      patEntity: narrow(this.patEntity.subarray(0, patterns)),
      patLength: narrow(this.patLength.subarray(0, patterns)),
      patFullOffset: narrow(this.patFullOffset.subarray(0, patterns)),
      patUpperFirst: this.patUpperFirst.slice(0, patterns),
      patCapsMask: narrow(this.patCapsMask.subarray(0, patterns)),
      patAllUpperMask: narrow(this.patAllUpperMask.subarray(0, patterns)),
      patSafe: this.patSafe.slice(0, patterns),
      patFolded: this.patFolded.slice(0, patterns),
      fullPool: narrow(this.fullPool.subarray(0, this.fullPoolSize)),
      conflicts: this.conflicts.map((conflict) => ({ ...conflict })),
    };
  }
}

/** A copy in the narrowest array that holds every value (see `IdArray`). */
function narrow(values: Int32Array): IdArray {
  let max = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    if (v < 0) return values.slice();
    if (v > max) max = v;
  }
  if (max <= 0xff) return Uint8Array.from(values);
  if (max <= 0xffff) return Uint16Array.from(values);
  return values.slice();
}

/** Sorts `ids[from, to)` ascending, moving `targets` along (runs are short: insertion sort, else a sort of pairs). */
function sortRun(ids: Int32Array, targets: Int32Array, from: number, to: number): void {
  if (to - from > 32) {
    const pairs = Array.from({ length: to - from }, (_, k) => [ids[from + k] as number, targets[from + k] as number]);
    pairs.sort((a, b) => (a[0] as number) - (b[0] as number));
    pairs.forEach(([id, target], k) => {
      ids[from + k] = id as number;
      targets[from + k] = target as number;
    });
    return;
  }
  for (let k = from + 1; k < to; k++) {
    const id = ids[k] as number;
    const target = targets[k] as number;
    let j = k - 1;
    while (j >= from && (ids[j] as number) > id) {
      ids[j + 1] = ids[j] as number;
      targets[j + 1] = targets[j] as number;
      j--;
    }
    ids[j + 1] = id;
    targets[j + 1] = target;
  }
}

/** Compiles aliases to a `MatcherState` (interning their tokens into `lexicon`). */
export function compileMatcherState(patterns: readonly MatcherPattern[], lexicon: Lexicon): MatcherState {
  return new MatcherBuilder(patterns, lexicon).toState();
}
