/**
 * Is this text Vietnamese? Counts the letters only Vietnamese writes (ă, đ, ơ, ư and the dot-below and
 * hook-above tones, among others) against all letters. French, Portuguese or pinyin share à, é, ô…, so those
 * do not count; real Vietnamese prose has 8–15 % of Vietnamese-only letters, other languages almost none.
 *
 * It runs on every page a person opens (the first content script decides with it), so precomposed text — nearly
 * every page — is read by char code from a table of the Latin letters, without normalising, lower-casing or a
 * Unicode-property RegExp (compiling `\p{L}` alone costs a fresh page's script context a measurable fraction of a
 * millisecond). Text with combining marks, and letters outside the table, take the exact slow path.
 */
const VIETNAMESE_ONLY_LETTERS = 'ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ'.normalize('NFC');
const VIETNAMESE_ONLY = new Set(VIETNAMESE_ONLY_LETTERS);

const MIN_LETTERS = 40;
const MIN_SHARE = 0.03;

let letterPattern: RegExp | undefined;
function isLetter(char: string): boolean {
  letterPattern ??= /\p{L}/u;
  return letterPattern.test(char);
}

/** The table's range: ASCII to Latin Extended-B, then Latin Extended Additional (where Vietnamese's letters are). */
const TABLE_END = 0x1f00;
const OTHER = 0;
const LETTER = 1;
const VIETNAMESE = 2;
const UNKNOWN = 3;
let table: Uint8Array | undefined;

function letterTable(): Uint8Array {
  const codes = new Uint8Array(TABLE_END).fill(UNKNOWN);
  for (let code = 0; code < 0xc0; code++) codes[code] = OTHER;
  for (let code = 0x41; code <= 0x5a; code++) codes[code] = LETTER;
  for (let code = 0x61; code <= 0x7a; code++) codes[code] = LETTER;
  for (const code of [0xaa, 0xb5, 0xba]) codes[code] = LETTER;
  for (let code = 0xc0; code < 0x250; code++) codes[code] = code === 0xd7 || code === 0xf7 ? OTHER : LETTER;
  for (let code = 0x1e00; code < TABLE_END; code++) codes[code] = LETTER;
  for (const char of VIETNAMESE_ONLY_LETTERS + VIETNAMESE_ONLY_LETTERS.toUpperCase()) {
    codes[char.charCodeAt(0)] = VIETNAMESE;
  }
  return codes;
}

export function isVietnameseText(text: string): boolean {
  table ??= letterTable();
  const codes = table;
  let letters = 0;
  let vietnamese = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // A combining mark: the text is decomposed (or unusual); count it exactly.
    if (code >= 0x300 && code <= 0x36f) return exactlyVietnamese(text);
    const kind = code < TABLE_END ? codes[code] : UNKNOWN;
    if (kind === LETTER) letters++;
    else if (kind === VIETNAMESE) {
      letters++;
      vietnamese++;
    } else if (kind === UNKNOWN) {
      const char = String.fromCodePoint(text.codePointAt(index) as number);
      if (char.length === 2) index++;
      if (isLetter(char)) letters++;
    }
  }
  return letters >= MIN_LETTERS && vietnamese / letters >= MIN_SHARE;
}

/** The definition the fast path follows: NFC, lower case, each Vietnamese-only letter against every letter. */
export function exactlyVietnamese(text: string): boolean {
  let letters = 0;
  let vietnamese = 0;
  for (const char of text.normalize('NFC').toLowerCase()) {
    if (VIETNAMESE_ONLY.has(char)) {
      vietnamese++;
      letters++;
    } else if (isLetter(char)) {
      letters++;
    }
  }
  return letters >= MIN_LETTERS && vietnamese / letters >= MIN_SHARE;
}

/** A declared language tag says Vietnamese: `vi`, `vi-VN`, `VI`. */
export function isVietnameseTag(tag: string | null | undefined): boolean {
  return !!tag && /^vi(?:-|$)/i.test(tag.trim());
}
