/**
 * Is this text Vietnamese? Counts the letters only Vietnamese writes (ă, đ, ơ, ư and the dot-below and
 * hook-above tones, among others) against all letters. French, Portuguese or pinyin share à, é, ô…, so those
 * do not count; real Vietnamese prose has 8–15 % of Vietnamese-only letters, other languages almost none.
 */
const VIETNAMESE_ONLY = new Set('ăđơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĩũ'.normalize('NFC'));

const MIN_LETTERS = 40;
const MIN_SHARE = 0.03;

const LETTER = /\p{L}/u;

export function isVietnameseText(text: string): boolean {
  let letters = 0;
  let vietnamese = 0;
  for (const char of text.normalize('NFC').toLowerCase()) {
    if (VIETNAMESE_ONLY.has(char)) {
      vietnamese++;
      letters++;
    } else if (LETTER.test(char)) {
      letters++;
    }
  }
  return letters >= MIN_LETTERS && vietnamese / letters >= MIN_SHARE;
}

/** A declared language tag says Vietnamese: `vi`, `vi-VN`, `VI`. */
export function isVietnameseTag(tag: string | null | undefined): boolean {
  return !!tag && /^vi(?:-|$)/i.test(tag.trim());
}
