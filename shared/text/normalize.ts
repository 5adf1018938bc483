/**
 * Vietnamese normalisation, with offsets back to the original text.
 *
 * Two forms of the same rules (shared/text/vietnamese.ts):
 *
 * - `tokenize` — the matcher's hot path. It cuts text into tokens (a word: a run of letters, digits and
 *   combining marks; or one punctuation character; spaces separate tokens and are dropped) and gives each token
 *   two integer ids from a `Lexicon`: its *full key* (lower case, NFC, vowel-quality marks kept, the tone kept
 *   but moved to the end of the syllable, so both tone-mark placements `hoà`/`hòa`, `uỷ`/`ủy` meet; the i/y
 *   variants `tỉ`/`tỷ` meet) and its *bare key* (every mark removed, `đ` → `d`). Every dash reads `-`, every
 *   quote `'`/`"`; spaces of any kind (no-break, thin, ideographic) separate, so "Việt - Lào", "Việt-Lào" and
 *   "Việt – Lào" are the same three tokens. A line break is a token no alias contains: names never span lines.
 *   NFC and NFD input give the same tokens. Each token keeps its exact start and end in the original text.
 *   Cost: one char-code loop over the text, table lookups per character, one hash probe per token; the token
 *   arrays are typed and reused from call to call.
 *
 * - `normalize` — the same folding as a string with an offset map (`map[i]` is the index in the original text
 *   of the character that became output character `i`; `map[output.length] === text.length`). It writes the
 *   tone mark where modern spelling puts it (kiểu mới: hoà, thuỷ, khoẻ), folds i/y, turns every dash into `-`
 *   and every run of spaces into one space; optionally keeps case, optionally strips every mark.
 */
import { checkArray, checkRange, checkThat, deepChecks } from './state.ts';
import * as vi from './vietnamese.ts';

// Read once: under a CommonJS transform (tsx, Vitest) every use of an imported binding is a getter call.
const {
  CHAR_BARE,
  CHAR_CLASS,
  CHAR_FLAGS,
  CHAR_FULL,
  CHAR_TONE,
  classifyHigh,
  compatible,
  composeQuality,
  DASH,
  DIGIT,
  ensureCharTables,
  FLAG_DIACRITIC,
  FLAG_UPPER,
  foldableY,
  IGNORABLE,
  isBareVowel,
  LETTER,
  LINE_BREAK,
  OTHER_MARK,
  QUALITY_MARK,
  SPACE,
  TABLE_LIMIT,
  TONE_MARK,
} = vi;

/** Token flags. */
export const TOKEN_WORD = 1;
/** The word's first letter is upper case. */
export const TOKEN_UPPER_FIRST = 2;
/** At least two letters, all upper case: an abbreviation as written (GMS, UBND). */
export const TOKEN_ALL_UPPER = 4;
/** The word carries a diacritic (a tone or a quality mark, or đ). */
export const TOKEN_DIACRITIC = 8;
/** The word is ASCII digits only. */
export const TOKEN_DIGITS = 16;
export const TOKEN_DASH = 32;
export const TOKEN_BREAK = 64;

const MAX_KEY = 120;

/**
 * A `KeyTable` as plain arrays (see `KeyTable.toState`): restoring it wraps the arrays, nothing is re-hashed.
 * `slots` is the open-addressing table itself (a power of two, at most half full); id `i` (1 … size) has its key at
 * `pool[offsets[i] …][0 … lengths[i])` and its hash in `hashes[i]`; index 0 of the three is unused.
 */
export interface KeyTableState {
  slots: Int32Array;
  pool: Uint16Array;
  offsets: Uint32Array;
  lengths: Uint16Array;
  hashes: Int32Array;
}

/** An open-addressing hash table from short code sequences to dense ids (1, 2, …); 0 means absent. */
export class KeyTable {
  private slots: Int32Array;
  private pool: Uint16Array;
  private poolSize: number;
  private offsets: Uint32Array;
  private lengths: Uint16Array;
  private hashes: Int32Array;
  size: number;

  /** An empty table, or one restored from `state` (its arrays are used as they are, not copied). */
  constructor(state?: KeyTableState, checked = false) {
    if (state) {
      if (!checked) checkKeyTableState(state, 'lexicon');
      this.slots = state.slots;
      this.pool = state.pool;
      this.poolSize = state.pool.length;
      this.offsets = state.offsets;
      this.lengths = state.lengths;
      this.hashes = state.hashes;
      this.size = state.offsets.length - 1;
    } else {
      this.slots = new Int32Array(1024);
      this.pool = new Uint16Array(4096);
      this.poolSize = 0;
      this.offsets = new Uint32Array(256);
      this.lengths = new Uint16Array(256);
      this.hashes = new Int32Array(256);
      this.size = 0;
    }
  }

  /** The table as plain arrays, trimmed to size (copies: later additions do not change it). */
  toState(): KeyTableState {
    return {
      slots: this.slots.slice(),
      pool: this.pool.slice(0, this.poolSize),
      offsets: this.offsets.slice(0, this.size + 1),
      lengths: this.lengths.slice(0, this.size + 1),
      hashes: this.hashes.slice(0, this.size + 1),
    };
  }

  get(key: Uint16Array, length: number, hash: number): number {
    const slots = this.slots;
    const pool = this.pool;
    const mask = slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot] as number;
      if (id === 0) return 0;
      if (this.hashes[id] === hash && this.lengths[id] === length) {
        const offset = this.offsets[id] as number;
        let k = 0;
        while (k < length && pool[offset + k] === key[k]) k++;
        if (k === length) return id;
      }
    }
  }

  add(key: Uint16Array, length: number, hash: number): number {
    const found = this.get(key, length, hash);
    if (found) return found;
    const id = ++this.size;
    if (id >= this.offsets.length) {
      this.offsets = grow(this.offsets, id * 2);
      this.lengths = grow(this.lengths, id * 2);
      this.hashes = grow(this.hashes, id * 2);
    }
    if (this.poolSize + length > this.pool.length) this.pool = grow(this.pool, (this.poolSize + length) * 2);
    const pool = this.pool;
    for (let k = 0, at = this.poolSize; k < length; k++, at++) pool[at] = key[k] as number;
    this.offsets[id] = this.poolSize;
    this.lengths[id] = length;
    this.hashes[id] = hash;
    this.poolSize += length;
    if (id * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  /** The stored key of an id, as a string (tests and diagnostics). */
  keyOf(id: number): string {
    const offset = this.offsets[id] as number;
    return String.fromCharCode(...this.pool.subarray(offset, offset + (this.lengths[id] as number)));
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = (this.hashes[id] as number) & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id;
  }

  private rehash(capacity: number): void {
    this.slots = new Int32Array(capacity);
    for (let id = 1; id <= this.size; id++) this.place(id);
  }
}

function grow<T extends Uint16Array | Uint32Array | Int32Array | Uint8Array>(array: T, length: number): T {
  const next = new (array.constructor as new (n: number) => T)(length);
  next.set(array);
  return next;
}

function hashKey(key: Uint16Array, length: number): number {
  let h = 0x811c9dc5 | 0;
  for (let k = 0; k < length; k++) h = Math.imul(h ^ (key[k] as number), 0x01000193);
  return h & 0x7fffffff;
}

/** Checks a `KeyTableState` well enough that lookups always end and stay in bounds; throws a `StateError`. */
export function checkKeyTableState(state: KeyTableState, what: string): void {
  checkThat(typeof state === 'object' && state !== null, `${what} is missing`);
  checkArray(state.slots, Int32Array, `${what}.slots`);
  checkArray(state.pool, Uint16Array, `${what}.pool`);
  checkArray(state.offsets, Uint32Array, `${what}.offsets`);
  const size = state.offsets.length - 1;
  checkArray(state.lengths, Uint16Array, `${what}.lengths`, size + 1);
  checkArray(state.hashes, Int32Array, `${what}.hashes`, size + 1);
  const capacity = state.slots.length;
  checkThat(size >= 0 && capacity > 0 && (capacity & (capacity - 1)) === 0, `${what}.slots is not a power of two`);
  checkThat(size * 2 <= capacity, `${what}.slots is too full`);
  if (!deepChecks()) return;
  checkRange(state.slots, 0, size + 1, `${what}.slots`);
  let used = 0;
  for (let k = 0; k < capacity; k++) if (state.slots[k] !== 0) used++;
  checkThat(used === size, `${what}.slots holds ${used} ids, expected ${size}`);
  const pool = state.pool.length;
  for (let id = 1; id <= size; id++) {
    if ((state.offsets[id] as number) + (state.lengths[id] as number) > pool) {
      checkThat(false, `${what}: key ${id} lies outside the pool`);
    }
  }
}

/** A `Lexicon` as plain arrays. */
export interface LexiconState {
  full: KeyTableState;
  bare: KeyTableState;
}

export function checkLexiconState(state: LexiconState): void {
  checkThat(typeof state === 'object' && state !== null, 'lexicon is missing');
  checkKeyTableState(state.full, 'lexicon.full');
  checkKeyTableState(state.bare, 'lexicon.bare');
}

/** The ids of every syllable (and punctuation) the aliases use, by full key and by bare key. */
export class Lexicon {
  readonly full: KeyTable;
  readonly bare: KeyTable;

  /** An empty lexicon, or one restored from `state` (arrays used as they are; `checked`: already checked). */
  constructor(state?: LexiconState, checked = false) {
    if (state !== undefined && !checked) checkLexiconState(state);
    this.full = new KeyTable(state?.full, true);
    this.bare = new KeyTable(state?.bare, true);
  }

  toState(): LexiconState {
    return { full: this.full.toState(), bare: this.bare.toState() };
  }
}

/** Reusable token arrays: one `Tokens` per annotator, grown as needed, never shrunk. */
export class Tokens {
  count = 0;
  start = new Uint32Array(1024);
  end = new Uint32Array(1024);
  bare = new Int32Array(1024);
  full = new Int32Array(1024);
  flags = new Uint8Array(1024);

  ensure(capacity: number): void {
    if (capacity <= this.start.length) return;
    const size = Math.max(capacity, this.start.length * 2);
    this.start = grow(this.start, size);
    this.end = grow(this.end, size);
    this.bare = grow(this.bare, size);
    this.full = grow(this.full, size);
    this.flags = grow(this.flags, size);
  }
}

const bareScratch = new Uint16Array(MAX_KEY + 2);
const fullScratch = new Uint16Array(MAX_KEY + 2);

/**
 * Cuts `text` into `out` (see the module comment). With `intern`, unknown keys are added to the lexicon (used
 * when compiling aliases); without it, an unknown key gets id 0, and a token whose bare key is unknown gets
 * full id 0 without a second lookup.
 */
export function tokenize(text: string, out: Tokens, lexicon: Lexicon, intern = false): void {
  ensureCharTables();
  const length = text.length;
  // A token per character at most (usually one per five): grow once, up front.
  out.ensure(length + 1);
  const starts = out.start;
  const ends = out.end;
  const bareIds = out.bare;
  const fullIds = out.full;
  const flags = out.flags;
  const bareTable = lexicon.bare;
  const fullTable = lexicon.full;
  let count = 0;
  let inWord = false;
  let size = 0;
  let tone = 0;
  let wordFlags = 0;
  let letters = 0;
  let uppers = 0;
  let digitsOnly = true;
  let overflow = false;
  let wordStart = 0;
  let wordEnd = 0;

  // One step past the end, reading a space there, ends the last word where every other word ends (no closure for
  // it: a closure would keep this loop's variables in a heap context).
  for (let i = 0; i <= length; i++) {
    let c = i < length ? text.charCodeAt(i) : 0x20;
    if (c >= TABLE_LIMIT) c = compatible(c);
    const cls = c < TABLE_LIMIT ? (CHAR_CLASS[c] as number) : classifyHigh(c);
    if (cls === LETTER || cls === DIGIT) {
      if (!inWord) {
        inWord = true;
        wordStart = i;
        size = 0;
        tone = 0;
        wordFlags = 0;
        letters = 0;
        uppers = 0;
        digitsOnly = true;
        overflow = false;
      }
      wordEnd = i + 1;
      if (size >= MAX_KEY) {
        overflow = true;
        continue;
      }
      if (c < TABLE_LIMIT) {
        bareScratch[size] = CHAR_BARE[c] as number;
        fullScratch[size] = CHAR_FULL[c] as number;
        const t = CHAR_TONE[c] as number;
        if (t !== 0) tone = (tone * 6 + t) & 0xffff;
        const charFlags = CHAR_FLAGS[c] as number;
        if (cls === LETTER) {
          letters++;
          digitsOnly = false;
          if (charFlags & FLAG_UPPER) {
            uppers++;
            if (size === 0) wordFlags |= TOKEN_UPPER_FIRST;
          }
        } else if (c > 0x39 || c < 0x30) {
          digitsOnly = false;
        }
        if (charFlags & FLAG_DIACRITIC) wordFlags |= TOKEN_DIACRITIC;
      } else {
        bareScratch[size] = c;
        fullScratch[size] = c;
        letters++;
        digitsOnly = false;
      }
      size++;
    } else if (cls === TONE_MARK || cls === QUALITY_MARK || cls === OTHER_MARK) {
      if (!inWord) continue; // a stray mark at a word's start: nothing to carry it
      wordEnd = i + 1;
      wordFlags |= TOKEN_DIACRITIC;
      if (cls === TONE_MARK) tone = (tone * 6 + (CHAR_TONE[c] as number)) & 0xffff;
      else if (cls === QUALITY_MARK && size > 0) {
        const made = composeQuality(fullScratch[size - 1] as number, c);
        if (made !== 0) fullScratch[size - 1] = made;
      }
    } else if (cls === IGNORABLE) {
    } else {
      if (inWord) {
        inWord = false;
        let bareId = 0;
        let fullId = 0;
        if (!overflow) {
          const y = foldableY(bareScratch, size);
          if (y >= 0) {
            bareScratch[y] = 0x69;
            fullScratch[y] = 0x69;
          }
          fullScratch[size] = tone;
          const bareHash = hashKey(bareScratch, size);
          bareId = intern ? bareTable.add(bareScratch, size, bareHash) : bareTable.get(bareScratch, size, bareHash);
          if (bareId !== 0) {
            const fullHash = hashKey(fullScratch, size + 1);
            fullId = intern
              ? fullTable.add(fullScratch, size + 1, fullHash)
              : fullTable.get(fullScratch, size + 1, fullHash);
          }
        }
        let f = wordFlags | TOKEN_WORD;
        if (letters >= 2 && uppers === letters) f |= TOKEN_ALL_UPPER;
        if (digitsOnly) f |= TOKEN_DIGITS;
        starts[count] = wordStart;
        ends[count] = wordEnd;
        bareIds[count] = bareId;
        fullIds[count] = fullId;
        flags[count] = f;
        count++;
      }
      if (cls === SPACE) continue;
      starts[count] = i;
      ends[count] = i + 1;
      if (cls === LINE_BREAK) {
        bareIds[count] = 0;
        fullIds[count] = 0;
        flags[count] = TOKEN_BREAK;
      } else {
        const code = c < TABLE_LIMIT ? (CHAR_FULL[c] as number) : c;
        bareScratch[0] = code;
        fullScratch[0] = code;
        fullScratch[1] = 0;
        const bareHash = hashKey(bareScratch, 1);
        const bareId = intern ? bareTable.add(bareScratch, 1, bareHash) : bareTable.get(bareScratch, 1, bareHash);
        let fullId = 0;
        if (bareId !== 0) {
          const fullHash = hashKey(fullScratch, 2);
          fullId = intern ? fullTable.add(fullScratch, 2, fullHash) : fullTable.get(fullScratch, 2, fullHash);
        }
        bareIds[count] = bareId;
        fullIds[count] = fullId;
        flags[count] = cls === DASH ? TOKEN_DASH : 0;
      }
      count++;
    }
  }
  out.count = count;
}

/**
 * `tokenize` with interning for compiling many aliases: aliases share most of their words, so each space-separated
 * chunk is cut once and its ids are copied after that. Tokens never span an ASCII space, so the result is the one
 * `tokenize` gives, except that `start`/`end` are not filled (compiling needs ids and flags only).
 *
 * Chunks are looked up by their char codes in a `KeyTable`, hashed while scanning the alias: no substring is made
 * and no string hashed except for a chunk's first occurrence (at 10,000 entities, 2,500 distinct in 137,000).
 */
export class AliasTokenizer {
  /**
   * Every distinct chunk's tokens, packed as bare, full, flags: chunk id c (from `keys`) has `count[c]` tokens from
   * `packed[first[c]]` on. `cut` leaves an alias's chunk ids in `chunks[0 … its result)`.
   */
  packed = new Int32Array(4096);
  first = new Int32Array(256);
  count = new Int32Array(256);
  chunks = new Int32Array(64);
  private readonly keys = new KeyTable();
  private packedSize = 0;
  private chars = new Uint16Array(64);
  private readonly scratch = new Tokens();
  constructor(private readonly lexicon: Lexicon) {}

  /** Cuts `alias` into `out` (see the class comment). */
  tokenize(alias: string, out: Tokens): void {
    const chunks = this.cut(alias);
    let count = 0;
    for (let c = 0; c < chunks; c++) {
      const id = this.chunks[c] as number;
      const n = this.count[id] as number;
      out.ensure(count + n + 1);
      for (let k = 0, at = this.first[id] as number; k < n; k++, count++, at += 3) {
        out.bare[count] = this.packed[at] as number;
        out.full[count] = this.packed[at + 1] as number;
        out.flags[count] = this.packed[at + 2] as number;
      }
    }
    out.count = count;
  }

  /**
   * Cuts `text[start, end)` — an alias, or one of several joined — into its chunks (left in `chunks`, a chunk's
   * tokens in `packed`); returns how many.
   */
  cut(text: string, start = 0, end = text.length): number {
    if (end - start > this.chars.length) this.chars = new Uint16Array((end - start) * 2);
    const chars = this.chars;
    const keys = this.keys;
    let chunks = 0;
    let from = start;
    while (from < end) {
      let h = 0x811c9dc5 | 0;
      let k = from;
      for (; k < end; k++) {
        const c = text.charCodeAt(k);
        if (c === 0x20) break;
        chars[k - from] = c;
        h = Math.imul(h ^ c, 0x01000193);
      }
      if (k > from) {
        const hash = h & 0x7fffffff;
        let id = keys.get(chars, k - from, hash);
        if (id === 0) id = this.learn(text, from, k, hash);
        if (chunks >= this.chunks.length) this.chunks = grow(this.chunks, chunks * 2);
        this.chunks[chunks++] = id;
      }
      from = k + 1;
    }
    return chunks;
  }

  /** A chunk seen for the first time: cut by `tokenize` (interning its keys), its tokens packed. */
  private learn(text: string, from: number, to: number, hash: number): number {
    const id = this.keys.add(this.chars, to - from, hash);
    const scratch = this.scratch;
    tokenize(from === 0 && to === text.length ? text : text.slice(from, to), scratch, this.lexicon, true);
    if (id >= this.first.length) {
      this.first = grow(this.first, id * 2);
      this.count = grow(this.count, id * 2);
    }
    const n = scratch.count;
    if (this.packedSize + n * 3 > this.packed.length) this.packed = grow(this.packed, (this.packedSize + n * 3) * 2);
    const packed = this.packed;
    let at = this.packedSize;
    this.first[id] = at;
    this.count[id] = n;
    for (let k = 0; k < n; k++, at += 3) {
      packed[at] = scratch.bare[k] as number;
      packed[at + 1] = scratch.full[k] as number;
      packed[at + 2] = scratch.flags[k] as number;
    }
    this.packedSize = at;
    return id;
  }
}

export interface Normalized {
  /** The normalised text. */
  text: string;
  /** `map[i]`: the original index of output character `i`; one more entry, `map[text.length] === input.length`. */
  map: Uint32Array;
}

export interface NormalizeOptions {
  /** Lower-case the text (default true). */
  lowercase?: boolean;
  /** `keep` (default): tone and quality marks kept, tone placed by modern spelling; `strip`: every mark removed. */
  accents?: 'keep' | 'strip';
}

const TONE_COMBINING = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
const composedCache = new Map<number, string>();

function compose(full: number, tone: number): string {
  const key = full * 8 + tone;
  let made = composedCache.get(key);
  if (made === undefined) {
    made = (String.fromCharCode(full) + TONE_COMBINING[tone]).normalize('NFC');
    composedCache.set(key, made);
  }
  return made;
}

function isFullVowel(code: number): boolean {
  // a ă â e ê i o ô ơ u ư y
  return (
    isBareVowel(code) ||
    code === 0x103 ||
    code === 0xe2 ||
    code === 0xea ||
    code === 0xf4 ||
    code === 0x1a1 ||
    code === 0x1b0
  );
}

function hasQuality(code: number): boolean {
  return code === 0x103 || code === 0xe2 || code === 0xea || code === 0xf4 || code === 0x1a1 || code === 0x1b0;
}

/**
 * Where modern spelling (kiểu mới) writes the tone of a syllable: on the vowel with a quality mark (the last
 * one: ươ → ơ); else on a lone vowel; else, with a final consonant, on the last vowel; else on the second of
 * oa/oe/uy (hoà, khoẻ, thuỷ), the middle of three, the first of other pairs (mùa, tài).
 */
export function tonePosition(full: ArrayLike<number>, bare: ArrayLike<number>, length: number): number {
  let first = 0;
  if (length >= 2 && bare[0] === 0x71 && bare[1] === 0x75)
    first = 2; // qu
  else if (length >= 3 && bare[0] === 0x67 && bare[1] === 0x69 && isFullVowel(full[2] as number)) first = 2; // gi
  while (first < length && !isFullVowel(full[first] as number)) first++;
  if (first >= length) return -1;
  let last = first;
  while (last + 1 < length && isFullVowel(full[last + 1] as number)) last++;
  for (let k = last; k >= first; k--) if (hasQuality(full[k] as number)) return k;
  if (first === last) return first;
  const hasFinal = last + 1 < length;
  if (hasFinal) return last;
  if (last - first === 2) return first + 1;
  const a = bare[first];
  const b = bare[last];
  if ((a === 0x6f && (b === 0x61 || b === 0x65)) || (a === 0x75 && b === 0x79)) return last;
  return first;
}

/** Normalises `text` as described in the module comment; see `Normalized` for the offset map. */
export function normalize(text: string, options: NormalizeOptions = {}): Normalized {
  ensureCharTables();
  const lowercase = options.lowercase ?? true;
  const strip = options.accents === 'strip';
  const parts: string[] = [];
  const map: number[] = [];
  const full: number[] = [];
  const bare: number[] = [];
  const upper: boolean[] = [];
  const origin: number[] = [];
  const tones: number[] = [];
  let pendingSpace = -1;

  const flushWord = (): void => {
    if (full.length === 0) return;
    const y = foldableY(Uint16Array.from(bare), bare.length);
    if (y >= 0) {
      bare[y] = 0x69;
      full[y] = 0x69;
    }
    // One tone on a vowel: a Vietnamese syllable, tone written where modern spelling puts it. Several tones, or
    // one on a consonant: not a Vietnamese syllable, every letter keeps its own.
    let marked = -1;
    let count = 0;
    for (let k = 0; k < tones.length; k++) {
      if (tones[k] !== 0) {
        marked = k;
        count++;
      }
    }
    const single = count === 1 && isFullVowel(full[marked] as number);
    const at = single ? tonePosition(full, bare, full.length) : -1;
    const tone = single ? (tones[marked] as number) : 0;
    for (let k = 0; k < full.length; k++) {
      const isUpper = !lowercase && (upper[k] as boolean);
      let out: string;
      if (strip) out = String.fromCharCode(bare[k] as number);
      else out = compose(full[k] as number, single ? (k === at ? tone : 0) : (tones[k] as number));
      if (isUpper) out = out.toUpperCase();
      parts.push(out);
      // A letter outside Vietnamese may compose to more than one code unit ("ö̃"): one map entry for each.
      for (let u = 0; u < out.length; u++) map.push(origin[k] as number);
    }
    full.length = 0;
    bare.length = 0;
    upper.length = 0;
    origin.length = 0;
    tones.length = 0;
  };
  const emit = (s: string, at: number): void => {
    if (pendingSpace >= 0) {
      parts.push(' ');
      map.push(pendingSpace);
      pendingSpace = -1;
    }
    parts.push(s);
    map.push(at);
  };

  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= TABLE_LIMIT) c = compatible(c);
    const cls = c < TABLE_LIMIT ? (CHAR_CLASS[c] as number) : classifyHigh(c);
    if (cls === LETTER || cls === DIGIT) {
      if (full.length === 0 && pendingSpace >= 0) {
        parts.push(' ');
        map.push(pendingSpace);
        pendingSpace = -1;
      }
      const small = c < TABLE_LIMIT;
      full.push(small ? (CHAR_FULL[c] as number) : c);
      bare.push(small ? (CHAR_BARE[c] as number) : c);
      upper.push(small && ((CHAR_FLAGS[c] as number) & FLAG_UPPER) !== 0);
      origin.push(i);
      tones.push(small ? (CHAR_TONE[c] as number) : 0);
    } else if (cls === TONE_MARK) {
      if (full.length > 0) tones[tones.length - 1] = CHAR_TONE[c] as number;
    } else if (cls === QUALITY_MARK) {
      const made = full.length > 0 ? composeQuality(full[full.length - 1] as number, c) : 0;
      if (made !== 0) full[full.length - 1] = made;
    } else if (cls === OTHER_MARK || cls === IGNORABLE) {
    } else {
      flushWord();
      if (cls === SPACE) {
        if (pendingSpace < 0 && parts.length > 0) pendingSpace = i;
        continue;
      }
      if (cls === LINE_BREAK) {
        emit('\n', i);
        continue;
      }
      emit(String.fromCharCode(c < TABLE_LIMIT ? (CHAR_FULL[c] as number) : c), i);
    }
  }
  flushWord();
  if (pendingSpace >= 0) {
    parts.push(' ');
    map.push(pendingSpace);
  }
  map.push(text.length);
  return { text: parts.join(''), map: Uint32Array.from(map) };
}

/** Does the text carry a Vietnamese diacritic (a tone or quality mark, or đ)? A char-code loop, no allocation. */
export function hasDiacritics(text: string): boolean {
  ensureCharTables();
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < TABLE_LIMIT && (CHAR_FLAGS[c] as number) & FLAG_DIACRITIC) return true;
  }
  return false;
}

/** Folds a short string to the bare form: no marks, `đ` → `d`, lower case, spaces collapsed (for rules and tests). */
export function bareFold(text: string): string {
  return normalize(text, { accents: 'strip' }).text;
}
