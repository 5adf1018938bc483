/**
 * Compiling aliases into the matcher's trie (matcher.ts says what matching means). This runs where the fact base
 * is compiled — the background, the CLI, tests and benchmarks — never in a content script, which receives the
 * compiled `MatcherState`.
 */

import type { IdArray, MatcherState } from './matcher.ts';
import * as matcherModule from './matcher.ts';
import * as normalizeModule from './normalize.ts';
import { AliasTokenizer, type Lexicon } from './normalize.ts';

// Read once: under a CommonJS transform (tsx, Vitest) every use of an imported binding is a getter call.
const { TOKEN_ALL_UPPER, TOKEN_DIACRITIC, TOKEN_UPPER_FIRST, TOKEN_WORD } = normalizeModule;
const { MASK_TOKENS } = matcherModule;

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

/**
 * Builds the trie while aliases are added (root edges in an array by bare id, each node's first child beside it,
 * later children in one open-addressing hash table), then freezes it to a `MatcherState`. Adding costs no allocation beyond the tables' growth: callers
 * with many aliases add them one by one rather than building pattern objects (`compileMatcherState` does that for
 * a list).
 */
export class MatcherCompiler {
  /** Number of patterns compiled (distinct aliases after normalisation), and of trie nodes. */
  patternCount = 0;
  nodeCount = 1;
  /** Aliases that normalise to another entity's alias (first one wins); for reports. */
  readonly conflicts: Array<{ alias: string; kept: number; dropped: number }> = [];

  private readonly lexicon: Lexicon;
  private readonly aliasTokenizer: AliasTokenizer;
  /** Bare id → the root's child along it (0: none). */
  private rootChild: Int32Array;
  /** Per node: its parent (0: the root), the bare id of the edge into it, and its first child (0: none yet). */
  private parentOf: Int32Array;
  private tokenOf: Int32Array;
  private firstChild: Int32Array;
  /**
   * Later children: slot s holds the edge's hash and its target at 2s and 2s + 1 (8 bytes a slot, so that the
   * table stays in cache: each probe is a miss otherwise); a matching hash is confirmed on the target's
   * `parentOf`/`tokenOf`.
   */
  private edges: Int32Array;
  private edgeMask: number;
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

  /** `expected`: about how many aliases will be added (the tables are sized for it once, and grow past it). */
  constructor(lexicon: Lexicon, expected = 64) {
    this.lexicon = lexicon;
    this.aliasTokenizer = new AliasTokenizer(lexicon);
    const n = expected + 1;
    this.rootChild = new Int32Array(Math.max(lexicon.bare.size + 1, 1024));
    // About 1.5 trie nodes an alias, 0.65 of them later children: the table is about 0.3–0.65 full.
    let slots = 1024;
    while (slots < n) slots *= 2;
    this.edges = new Int32Array(slots * 2);
    this.edgeMask = slots - 1;
    this.nodeFirst = new Int32Array(n * 2 + 16);
    this.parentOf = new Int32Array(n * 2 + 16);
    this.tokenOf = new Int32Array(n * 2 + 16);
    this.firstChild = new Int32Array(n * 2 + 16);
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
    // About 5.7 tokens an alias at 10,000 entities: the pool is not grown (a copy of 100,000 ids) on the way.
    this.fullPool = new Int32Array(n * 6 + 16);
  }

  /**
   * Adds `alias` as a name of `entity` (the caller's numbering). `loose`: case variants of this spelling merge to
   * the looser accent-less rule too (see `MatcherPattern.loose`).
   */
  add(entity: number, alias: string, loose = false): void {
    this.addRange(entity, alias, 0, alias.length, loose);
  }

  /**
   * `add` for each of `aliases`, as names of `entities` (one for all, or one each), cut from strings that join
   * them `JOIN_BATCH` at a time: an alias built by concatenation is a rope that every character read has to walk,
   * and a joined string is flat (reading 636,000 characters costs half). A batch's string (about 14 KB) is still
   * in cache when it is cut; one string of them all (1.2 MB) was written out and read back (compile 10 % slower).
   */
  addAll(aliases: readonly string[], entities: number | readonly number[], loose = false): void {
    for (let from = 0; from < aliases.length; from += JOIN_BATCH) {
      const to = Math.min(aliases.length, from + JOIN_BATCH);
      const text = aliases.slice(from, to).join(' ');
      let start = 0;
      for (let k = from; k < to; k++) {
        const end = start + (aliases[k] as string).length;
        this.addRange(typeof entities === 'number' ? entities : (entities[k] as number), text, start, end, loose);
        start = end + 1;
      }
    }
  }

  /** Adds `text[start, end)` as a name of `entity`. */
  private addRange(entity: number, text: string, start: number, end: number, loose: boolean): void {
    const tokenizer = this.aliasTokenizer;
    const chunks = tokenizer.cut(text, start, end);
    const packed = tokenizer.packed;
    // One pass over the alias's tokens, chunk by chunk: the trie walk, the case rules (matcher.ts's header), and
    // the full ids, written past the end of the pool (kept only if this is a new pattern).
    let length = 0;
    for (let c = 0; c < chunks; c++) length += tokenizer.count[tokenizer.chunks[c] as number] as number;
    if (length === 0) return;
    if (this.fullPoolSize + length > this.fullPool.length) {
      this.fullPool = grown(this.fullPool, (this.fullPoolSize + length) * 2);
    }
    const pool = this.fullPool;
    const offset = this.fullPoolSize;
    let node = 0;
    let k = 0;
    let caps = 0;
    let allUpper = 0;
    let words = 0;
    let capitalised = 0;
    let diacritics = false;
    let upperFirst = 0;
    for (let c = 0; c < chunks; c++) {
      const id = tokenizer.chunks[c] as number;
      const end = (tokenizer.first[id] as number) + 3 * (tokenizer.count[id] as number);
      for (let at = tokenizer.first[id] as number; at < end; at += 3, k++) {
        const bare = packed[at] as number;
        node = k === 0 ? this.rootNode(bare) : this.child(node, bare);
        pool[offset + k] = packed[at + 1] as number;
        const f = packed[at + 2] as number;
        if (f & TOKEN_WORD) words++;
        if (f & TOKEN_DIACRITIC) diacritics = true;
        if (k === 0 && f & TOKEN_UPPER_FIRST) upperFirst = 1;
        if (k >= MASK_TOKENS) continue;
        if (f & TOKEN_UPPER_FIRST) {
          caps |= 1 << k;
          capitalised++;
        }
        if (f & TOKEN_ALL_UPPER) allUpper |= 1 << k;
      }
    }
    const safe = diacritics && words >= 2 && capitalised >= 2 ? 1 : 0;

    // Same node and same full keys: the same alias after normalisation. For the same entity, the spellings'
    // case rules merge (the looser exact rule, the stricter accent-less one); another entity's is dropped.
    const head = this.nodeFirst[node] as number;
    let last = 0;
    let folded = 0;
    for (let p = head; p !== 0; p = this.patNext[p] as number) {
      last = p;
      const kept = this.patEntity[p] as number;
      if (this.sameFull(p, offset, length)) {
        if (kept !== entity) {
          this.conflicts.push({ alias: text.slice(start, end), kept, dropped: entity });
          return;
        }
        this.patUpperFirst[p] = (this.patUpperFirst[p] as number) & upperFirst;
        this.patAllUpperMask[p] = (this.patAllUpperMask[p] as number) & allUpper;
        this.patCapsMask[p] = loose ? (this.patCapsMask[p] as number) & caps : (this.patCapsMask[p] as number) | caps;
        this.patSafe[p] = (this.patSafe[p] as number) | safe;
        return;
      }
    }
    // An alias without diacritics that shares its bare form with one of the same entity's that has them
    // ("To Lam" and "Tô Lâm") is that alias typed accent-less: the accent-less rule, not exact matching, decides.
    // (No pattern at this node had the same full keys: the loop above ran to the end of the list.)
    for (let q = head; q !== 0; q = this.patNext[q] as number) {
      if (this.patEntity[q] !== entity) continue;
      const marked = this.patDiacritics[q] === 1;
      if (!diacritics && marked) folded = 1;
      if (diacritics && !marked) this.patFolded[q] = 1;
    }
    const p = ++this.patternCount;
    if (p >= this.patNext.length) this.growPatterns(p * 2);
    this.patFolded[p] = folded;
    this.patFullOffset[p] = offset;
    this.fullPoolSize += length;
    this.patEntity[p] = entity;
    this.patLength[p] = length;
    this.patUpperFirst[p] = upperFirst;
    this.patCapsMask[p] = caps;
    this.patAllUpperMask[p] = allUpper;
    this.patSafe[p] = safe;
    this.patDiacritics[p] = diacritics ? 1 : 0;
    // Append, so that the first compiled alias is tried first.
    if (head === 0) this.nodeFirst[node] = p;
    else this.patNext[last] = p;
  }

  /** Whether pattern `p`'s full ids are the `length` ones at `offset` in the pool. */
  private sameFull(p: number, offset: number, length: number): boolean {
    if (this.patLength[p] !== length) return false;
    const pool = this.fullPool;
    const at = this.patFullOffset[p] as number;
    for (let k = 0; k < length; k++) if (pool[at + k] !== pool[offset + k]) return false;
    return true;
  }

  /** The root's child along bare id `id`, made if missing. */
  private rootNode(id: number): number {
    if (id >= this.rootChild.length)
      this.rootChild = grown(this.rootChild, Math.max(id + 1, this.rootChild.length * 2));
    let node = this.rootChild[id] as number;
    if (node === 0) {
      node = this.newNode(0, id);
      this.rootChild[id] = node;
    }
    return node;
  }

  /** A new node, child of `parent` along bare id `id`. */
  private newNode(parent: number, id: number): number {
    const node = this.nodeCount++;
    if (node >= this.nodeFirst.length) {
      this.nodeFirst = grown(this.nodeFirst, node * 2);
      this.parentOf = grown(this.parentOf, node * 2);
      this.tokenOf = grown(this.tokenOf, node * 2);
      this.firstChild = grown(this.firstChild, node * 2);
    }
    this.parentOf[node] = parent;
    this.tokenOf[node] = id;
    return node;
  }

  /**
   * The child of (non-root) `node` along token id `id`, made if missing. A node's first child is kept beside it:
   * most nodes have one child or none, so a chain of new nodes never touches the hash table, which holds only
   * second and later children (a third of the edges).
   */
  private child(node: number, id: number): number {
    const first = this.firstChild[node] as number;
    if (first === 0) {
      const target = this.newNode(node, id);
      this.firstChild[node] = target;
      return target;
    }
    if (this.tokenOf[first] === id) return first;
    const edges = this.edges;
    const mask = this.edgeMask;
    const hash = edgeHash(node, id);
    let slot = hash & mask;
    for (;;) {
      const at = slot << 1;
      const target = edges[at + 1] as number;
      if (target === 0) break;
      if (edges[at] === hash && this.parentOf[target] === node && this.tokenOf[target] === id) return target;
      slot = (slot + 1) & mask;
    }
    const target = this.newNode(node, id);
    edges[slot << 1] = hash;
    edges[(slot << 1) + 1] = target;
    if (++this.edgeCount * 2 > mask + 1) this.growEdges();
    return target;
  }

  private growEdges(): void {
    const old = this.edges;
    const slots = (this.edgeMask + 1) * 2;
    const edges = new Int32Array(slots * 2);
    const mask = slots - 1;
    for (let at = 0; at < old.length; at += 2) {
      const target = old[at + 1] as number;
      if (target === 0) continue;
      const hash = old[at] as number;
      let slot = hash & mask;
      while (edges[(slot << 1) + 1] !== 0) slot = (slot + 1) & mask;
      edges[slot << 1] = hash;
      edges[(slot << 1) + 1] = target;
    }
    this.edges = edges;
    this.edgeMask = mask;
  }

  private growPatterns(size: number): void {
    this.patNext = grown(this.patNext, size);
    this.patEntity = grown(this.patEntity, size);
    this.patLength = grown(this.patLength, size);
    this.patFullOffset = grown(this.patFullOffset, size);
    this.patUpperFirst = grown(this.patUpperFirst, size);
    this.patCapsMask = grown(this.patCapsMask, size);
    this.patAllUpperMask = grown(this.patAllUpperMask, size);
    this.patSafe = grown(this.patSafe, size);
    this.patFolded = grown(this.patFolded, size);
    this.patDiacritics = grown(this.patDiacritics, size);
  }

  /**
   * The frozen trie: root edges in `rootChild` (one entry per bare id of the lexicon, and 0), every other node's
   * edges sorted by token id in one run of `childId`/`childTarget` (compressed rows: 12 bytes an edge, a third of
   * the hash table's size, and nothing to re-hash when restored). Pattern arrays are trimmed to size.
   */
  toState(): MatcherState {
    const nodes = this.nodeCount;
    const childStart = new Int32Array(nodes + 1);
    countChildren(this.parentOf, childStart, nodes);
    runningSum(childStart);
    const edgeCount = childStart[nodes] as number;
    const childId = new Int32Array(edgeCount);
    const childTarget = new Int32Array(edgeCount);
    const fill = childStart.slice(0, nodes);
    fillChildren(this.parentOf, this.tokenOf, fill, childId, childTarget, nodes);
    sortRows(childStart, childId, childTarget, nodes);
    const patterns = this.patternCount + 1;
    const rootChild = new Int32Array(this.lexicon.bare.size + 1);
    rootChild.set(this.rootChild.subarray(0, Math.min(this.rootChild.length, rootChild.length)));
    return {
      patternCount: this.patternCount,
      nodeCount: nodes,
      // Arrays of ids below a known bound are narrowed by it (no pass to find their largest value).
      rootChild: narrowTo(rootChild, nodes - 1),
      childStart: narrowTo(childStart, edgeCount),
      childId: narrowTo(childId, this.lexicon.bare.size),
      childTarget: narrowTo(childTarget, nodes - 1),
      nodeFirst: narrowTo(this.nodeFirst.subarray(0, nodes), this.patternCount),
      patNext: narrowTo(this.patNext.subarray(0, patterns), this.patternCount),
      patEntity: narrow(this.patEntity.subarray(0, patterns)),
      patLength: narrow(this.patLength.subarray(0, patterns)),
      patFullOffset: narrow(this.patFullOffset.subarray(0, patterns)),
      patUpperFirst: this.patUpperFirst.slice(0, patterns),
      patCapsMask: narrow(this.patCapsMask.subarray(0, patterns)),
      patAllUpperMask: narrow(this.patAllUpperMask.subarray(0, patterns)),
      patSafe: this.patSafe.slice(0, patterns),
      patFolded: this.patFolded.slice(0, patterns),
      fullPool: narrowTo(this.fullPool.subarray(0, this.fullPoolSize), this.lexicon.full.size),
      conflicts: this.conflicts.map((conflict) => ({ ...conflict })),
    };
  }
}

/** How many aliases `addAll` joins into one string. */
const JOIN_BATCH = 256;

/** A longer copy of `array` (the rest zero). */
function grown<T extends Int32Array | Uint8Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}

/** A copy in the narrowest array that holds every value (see `IdArray`). */
function narrow(values: Int32Array): IdArray {
  const max = maxOf(values);
  return max < 0 ? values.slice() : narrowTo(values, max);
}

/** A copy in the narrowest array that holds values from 0 to `max`. */
function narrowTo(values: Int32Array, max: number): IdArray {
  if (max <= 0xff) return new Uint8Array(values);
  if (max <= 0xffff) return new Uint16Array(values);
  return values.slice();
}

// The loops below are each a function of their own, ending in a plain return: each runs once per compile, so V8
// optimises it by on-stack replacement, and code after an optimised loop that had never run (no type feedback)
// would throw it back to the interpreter on every compile.

/** The largest value, or -1 if any is negative (0 for none). */
function maxOf(values: Int32Array): number {
  let max = 0;
  for (let k = 0; k < values.length; k++) {
    const v = values[k] as number;
    if (v < 0) return -1;
    if (v > max) max = v;
  }
  return max;
}

/** A hash of the edge from `node` along `id` (the hash table's key, compared before the edge itself). */
function edgeHash(node: number, id: number): number {
  const h = Math.imul(node ^ Math.imul(id, 0x85ebca77), 0x9e3779b1);
  return h ^ (h >>> 15);
}

/** `counts[p + 1]`: how many children node p ≥ 1 has (the root's are in `rootChild`). */
function countChildren(parentOf: Int32Array, counts: Int32Array, nodes: number): void {
  for (let n = 1; n < nodes; n++) {
    const parent = parentOf[n] as number;
    if (parent !== 0) counts[parent + 1] = (counts[parent + 1] as number) + 1;
  }
}

function runningSum(values: Int32Array): void {
  for (let k = 1; k < values.length; k++) values[k] = (values[k] as number) + (values[k - 1] as number);
}

/** Each non-root edge into its parent's row, in creation order (`sortRows` orders them by id). */
function fillChildren(
  parentOf: Int32Array,
  tokenOf: Int32Array,
  fill: Int32Array,
  childId: Int32Array,
  childTarget: Int32Array,
  nodes: number,
): void {
  for (let n = 1; n < nodes; n++) {
    const parent = parentOf[n] as number;
    if (parent === 0) continue;
    const to = fill[parent] as number;
    fill[parent] = to + 1;
    childId[to] = tokenOf[n] as number;
    childTarget[to] = n;
  }
}

function sortRows(childStart: Int32Array, childId: Int32Array, childTarget: Int32Array, nodes: number): void {
  for (let n = 1; n < nodes; n++) {
    const from = childStart[n] as number;
    const to = childStart[n + 1] as number;
    if (to - from > 1) sortRun(childId, childTarget, from, to);
  }
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
  const compiler = new MatcherCompiler(lexicon, patterns.length);
  for (const { entity, alias, loose } of patterns) compiler.add(entity, alias, loose === true);
  return compiler.toState();
}
