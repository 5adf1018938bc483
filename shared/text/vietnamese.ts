/**
 * Vietnamese text rules, in one place: which characters are letters, how a character folds (case, tone mark,
 * vowel-quality mark), which characters are dashes and spaces, and the spelling variants Vietnamese allows.
 * Everything else in shared/text/ reads these tables; no other module knows a Vietnamese quirk.
 *
 * A character is described by five lookups, precomputed once for the code points below `TABLE_LIMIT`
 * (Latin, Latin Extended Additional — where the precomposed Vietnamese letters live —, combining marks, general
 * punctuation); above it, `classify` decides without a table:
 * - `CHAR_CLASS`: letter, digit, space, dash, tone mark, quality mark, other mark, ignorable, other;
 * - `CHAR_FULL`: the letter lower-cased with its vowel-quality mark kept and its tone mark removed
 *   (`Ế` → `ê`, `ự` → `ư`, `Đ` → `đ`), or the canonical form of a dash (`-`) or quote (`'`, `"`);
 * - `CHAR_BARE`: the letter with every mark removed and `đ` → `d` (`ế` → `e`);
 * - `CHAR_TONE`: the tone the character carries, 0 (none) to 5;
 * - `CHAR_FLAGS`: upper case, carries a diacritic.
 */

export const TABLE_LIMIT = 0x2500;

/** Character classes (`CHAR_CLASS` values). */
export const OTHER = 0;
export const LETTER = 1;
export const DIGIT = 2;
export const SPACE = 3;
export const DASH = 4;
/** A combining tone mark (NFD input): grave, acute, hook above, tilde, dot below. */
export const TONE_MARK = 5;
/** A combining vowel-quality mark (NFD input): circumflex, breve, horn. */
export const QUALITY_MARK = 6;
/** Any other combining mark: part of the word, ignored by the key. */
export const OTHER_MARK = 7;
/** Invisible characters that do not break a word: soft hyphen, zero-width joiners, BOM. */
export const IGNORABLE = 8;
/** Line and paragraph separators: a name never spans one. */
export const LINE_BREAK = 9;

export const FLAG_UPPER = 1;
export const FLAG_DIACRITIC = 2;

/** The five tone marks as combining characters, numbered 1–5 (0 is the level tone, written without a mark). */
export const TONE_MARKS: Readonly<Record<number, number>> = {
  768: 1, // huyền (grave)
  832: 1,
  769: 2, // sắc (acute)
  833: 2,
  777: 3, // hỏi (hook above)
  771: 4, // ngã (tilde)
  803: 5, // nặng (dot below)
};

/** Vowel-quality marks as combining characters: circumflex (â ê ô), breve (ă), horn (ơ ư). */
const QUALITY_MARKS = new Set([0x0302, 0x0306, 0x031b]);

/** Every dash a newspaper sets between names ("Việt - Lào", "Việt–Lào", "Việt — Lào"): all read as `-`. */
export const DASHES = [
  0x2d, 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0x2e3a, 0x2e3b, 0xfe58, 0xfe63, 0xff0d,
];

/** Spaces beyond ASCII: no-break, en/em/thin/hair spaces, narrow no-break, ideographic. */
export const SPACES = [
  0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a, 0x202f, 0x205f,
  0x3000,
];

const LINE_BREAK_CHARS = [0x0a, 0x0b, 0x0c, 0x0d, 0x85, 0x2028, 0x2029];
/**
 * Invisible inside a word: soft hyphen, zero-width space, non-joiner, joiner, word joiner, BOM. A CMS that breaks
 * long words writes them inside names ("Phom\u200Bvihane"); a reader sees one word, and so do we.
 */
const IGNORABLE_CHARS = [0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff];
const QUOTES: Readonly<Record<number, number>> = {
  8216: 0x27,
  8217: 0x27,
  8219: 0x27,
  8242: 0x27,
  8220: 0x22,
  8221: 0x22,
  8222: 0x22,
};

export const CHAR_CLASS = new Uint8Array(TABLE_LIMIT);
export const CHAR_FULL = new Uint16Array(TABLE_LIMIT);
export const CHAR_BARE = new Uint16Array(TABLE_LIMIT);
export const CHAR_TONE = new Uint8Array(TABLE_LIMIT);
export const CHAR_FLAGS = new Uint8Array(TABLE_LIMIT);

const LETTERS_RE = /\p{L}/gu;
const MARKS_RE = /\p{M}/gu;
const DIGITS_RE = /\p{Nd}/gu;
const SPACE_RE = /\s/u;

/** Latin letters with diacritics (Latin-1, Extended-A/B, Extended Additional): Vietnamese's, and its neighbours'. */
const isLatinWithMarks = (c: number) => (c >= 0xc0 && c < 0x250) || (c >= 0x1e00 && c < 0x1f00);

function describeLetter(c: number, char: string): void {
  const lower = char.toLowerCase().length === 1 ? char.toLowerCase() : char;
  if (!isLatinWithMarks(c)) {
    // Other scripts' letters stand for themselves (only case matters): decomposing all of them is most of the
    // cost of building these tables, on the page, and Vietnamese rules never look inside them.
    CHAR_CLASS[c] = LETTER;
    CHAR_FULL[c] = lower.charCodeAt(0);
    CHAR_BARE[c] = lower.charCodeAt(0);
    CHAR_FLAGS[c] = lower !== char ? FLAG_UPPER : 0;
    return;
  }
  const decomposed = lower.normalize('NFD');
  const base = decomposed[0] ?? lower;
  let tone = 0;
  let quality = '';
  for (let k = 1; k < decomposed.length; k++) {
    const mark = decomposed.charCodeAt(k);
    const t = TONE_MARKS[mark];
    if (t) tone = t;
    else quality += decomposed[k];
  }
  const composed = (base + quality).normalize('NFC');
  const full = composed.length === 1 ? composed : base;
  const bare = base === 'đ' ? 'd' : base;
  CHAR_CLASS[c] = LETTER;
  CHAR_FULL[c] = full.charCodeAt(0);
  CHAR_BARE[c] = bare.charCodeAt(0);
  CHAR_TONE[c] = tone;
  CHAR_FLAGS[c] = (lower !== char ? FLAG_UPPER : 0) | (full !== bare || tone !== 0 ? FLAG_DIACRITIC : 0);
}

/**
 * Letters some sites type for Vietnamese ones: the Icelandic Eth Ð (U+00D0) for Đ (U+0110), common in text from
 * legacy fonts ("Năm Ðoàn kết"). Read as the letter they stand for.
 */
const LOOKALIKES: ReadonlyArray<readonly [number, string]> = [[0xd0, 'Đ']];

let tablesBuilt = false;

/**
 * Fills the character tables, once. They are built on first use rather than when the module loads: the content
 * script loads this module on every page a person opens, and only Vietnamese pages ever tokenise text. Every
 * function that reads the tables calls this first (a flag check).
 */
export function ensureCharTables(): void {
  if (tablesBuilt) return;
  tablesBuilt = true;
  for (let c = 0; c < TABLE_LIMIT; c++) {
    CHAR_FULL[c] = c;
    CHAR_BARE[c] = c;
  }
  // One regex pass per class over every code point of the tables: far cheaper than testing them one by one.
  const everyChar = String.fromCharCode(...Array.from({ length: TABLE_LIMIT }, (_, c) => c));
  for (const { index: c } of everyChar.matchAll(MARKS_RE)) {
    CHAR_CLASS[c] = TONE_MARKS[c] ? TONE_MARK : QUALITY_MARKS.has(c) ? QUALITY_MARK : OTHER_MARK;
    CHAR_TONE[c] = TONE_MARKS[c] ?? 0;
    CHAR_FLAGS[c] = FLAG_DIACRITIC;
  }
  for (const { index: c, 0: char } of everyChar.matchAll(LETTERS_RE)) describeLetter(c, char);
  for (const { index: c } of everyChar.matchAll(DIGITS_RE)) CHAR_CLASS[c] = DIGIT;
  for (const [c, letter] of LOOKALIKES) describeLetter(c, letter);
  for (const c of SPACES) if (c < TABLE_LIMIT) CHAR_CLASS[c] = SPACE;
  for (let c = 0; c < 0x80; c++) if (SPACE_RE.test(String.fromCharCode(c))) CHAR_CLASS[c] = SPACE;
  for (const c of LINE_BREAK_CHARS) CHAR_CLASS[c] = LINE_BREAK;
  for (const c of IGNORABLE_CHARS) if (c < TABLE_LIMIT) CHAR_CLASS[c] = IGNORABLE;
  for (const c of DASHES) {
    if (c < TABLE_LIMIT) {
      CHAR_CLASS[c] = DASH;
      CHAR_FULL[c] = 0x2d;
      CHAR_BARE[c] = 0x2d;
    }
  }
  for (const [from, to] of Object.entries(QUOTES)) {
    CHAR_FULL[Number(from)] = to;
    CHAR_BARE[Number(from)] = to;
  }
}

/** Code points above the tables folded to their compatibility form (NFKC), one for one; 0 until first asked. */
const COMPATIBLE = new Uint16Array(0x10000 - TABLE_LIMIT);

/**
 * A code point above the tables as its compatibility form when that is one code unit: full-width Latin letters and
 * digits ("Ｌàｏ" reads "Lào"), ideographic space, letter-like symbols. Looked up once per code point.
 */
export function compatible(c: number): number {
  const at = c - TABLE_LIMIT;
  let folded = COMPATIBLE[at] as number;
  if (folded === 0) {
    const form = c >= 0xd800 && c <= 0xdfff ? '' : String.fromCharCode(c).normalize('NFKC');
    folded = form.length === 1 ? form.charCodeAt(0) : c;
    COMPATIBLE[at] = folded;
  }
  return folded;
}

/** The class of a code point above the tables: only a few matter to Vietnamese text, the rest are letters. */
export function classifyHigh(c: number): number {
  if (c === 0x3000) return SPACE;
  if (c === 0xfeff || (c >= 0xfe00 && c <= 0xfe0f)) return IGNORABLE;
  if (c === 0x2e3a || c === 0x2e3b || c === 0xfe58 || c === 0xfe63 || c === 0xff0d) return DASH;
  if (
    (c >= 0x2500 && c <= 0x2bff) || // box drawing, shapes, symbols, arrows
    (c >= 0x2e00 && c <= 0x2e7f) || // supplemental punctuation
    (c >= 0x3001 && c <= 0x303f) || // CJK punctuation
    (c >= 0xd800 && c <= 0xf8ff) || // surrogates (emoji), private use
    (c >= 0xfe10 && c <= 0xfe6f) || // vertical and small forms
    (c >= 0xff00 && c <= 0xff65) || // full-width punctuation
    c >= 0xfff0
  ) {
    return OTHER;
  }
  return LETTER;
}

/** Puts a combining quality mark on a folded base letter (NFD input: `o` + horn → `ơ`); 0 if it does not apply. */
export function composeQuality(base: number, mark: number): number {
  if (mark === 0x0302) return base === 0x61 ? 0xe2 : base === 0x65 ? 0xea : base === 0x6f ? 0xf4 : 0; // â ê ô
  if (mark === 0x0306) return base === 0x61 ? 0x103 : 0; // ă
  if (mark === 0x031b) return base === 0x6f ? 0x1a1 : base === 0x75 ? 0x1b0 : 0; // ơ ư
  return 0;
}

const VOWELS_BARE = new Set([0x61, 0x65, 0x69, 0x6f, 0x75, 0x79]); // a e i o u y

/** Is this bare (folded) code a vowel letter? */
export function isBareVowel(code: number): boolean {
  return VOWELS_BARE.has(code);
}

/**
 * The i/y rule. Vietnamese writes a syllable whose whole vowel is a final `i` or `y` after a consonant either
 * way (tỉ/tỷ, lí/lý, kĩ/kỹ, Mĩ/Mỹ, quí/quý): such a syllable's `y` folds to `i`. `y` after another vowel is
 * a different sound and stays (tay, thủy, Huy).
 *
 * `bare` holds the syllable's bare letters; returns the index of the `y` to fold, or -1.
 */
export function foldableY(bare: Uint16Array, length: number): number {
  if (length < 1 || bare[length - 1] !== 0x79) return -1;
  // "qu" is one consonant: quý/quí
  let k = length >= 3 && bare[0] === 0x71 && bare[1] === 0x75 ? 2 : 0;
  for (; k < length - 1; k++) if (VOWELS_BARE.has(bare[k] as number)) return -1;
  return length - 1;
}

/**
 * Words after which a person's name names a place or an institution instead: cities, streets and schools are
 * named after people ("TP Hồ Chí Minh", "đường Hồ Chí Minh", "phố Lê Duẩn", "trường Lê Quý Đôn").
 */
export const NAMED_AFTER_WORDS: readonly string[] = [
  'TP',
  'phố',
  'đường',
  'quận',
  'phường',
  'trường',
  'cầu',
  'ngõ',
  'hẻm',
  'lộ',
];

/**
 * Vietnamese family names: a person's alias right after one is part of another person's name ("Nguyễn Thành Duy"
 * is not the photographer Thành Duy, "Lê Tô Lâm" not Tô Lâm). Read like `NAMED_AFTER_WORDS`.
 */
export const FAMILY_NAMES: readonly string[] = [
  'Nguyễn',
  'Trần',
  'Lê',
  'Phạm',
  'Hoàng',
  'Huỳnh',
  'Phan',
  'Vũ',
  'Võ',
  'Đặng',
  'Bùi',
  'Đỗ',
  'Hồ',
  'Ngô',
  'Dương',
  'Lý',
  'Đinh',
  'Đoàn',
  'Lâm',
  'Mai',
  'Trịnh',
  'Trương',
  'Lương',
  'Cao',
  'Tạ',
  'Hà',
  'Chu',
  'Lưu',
  'Quách',
  'Tô',
  'Thái',
  'Vương',
  'Kiều',
  'Triệu',
  'Tôn',
  'Khúc',
  'Nghiêm',
  'Lại',
  'Đào',
  'Văn',
];

/**
 * Photo credits, bylines, datelines and source tags are not mentions ("(Ảnh: THÀNH DUY)", "TPO - …",
 * "Viêng Chăn (TTXVN) - …", "Theo TTXVN"). What marks them, read by shared/text/credits.ts.
 */
export const CREDIT_LABELS: readonly string[] = [
  'Ảnh',
  'Ảnh minh họa',
  'Ảnh minh hoạ',
  'Ảnh tư liệu',
  'Nguồn',
  'Video',
  'Clip',
  'Đồ họa',
  'Đồ hoạ',
  'Infographic',
  'Bài và ảnh',
  'Bài, ảnh',
  'Thực hiện',
  'Photo',
];
/** "Theo X" is a source tag when it stands alone: a line or bracket of at most this many characters. */
export const SOURCE_TAG_MAX = 48;
