/**
 * Abbreviations a text defines: "Bộ Kế hoạch và Đầu tư (KHĐT)" makes "KHĐT" that body's name in the text, there and
 * wherever the text writes it again. The letters in brackets must be the name's initials in order (some may be left
 * out: "và", "Bộ"), the last one its last word's, so that a bracket of anything else ("(TTXVN)" after a person, "(Lào)"
 * after a body) defines nothing.
 */
import type { Mention } from './annotate.ts';

/** Right after a name: an opening bracket, 2–9 capitals (and "&"), a closing bracket. */
const DEFINITION = /^\s*\(\s*([\p{Lu}][\p{Lu}&]{1,8})\s*\)/u;

/** The first letter of each word of a name, upper-cased ("Bộ Kế hoạch và Đầu tư" → "BKHVĐT"). */
function initials(name: string): string {
  return [...name.matchAll(/[\p{L}\p{N}]+/gu)].map((word) => (word[0][0] as string).toLocaleUpperCase('vi')).join('');
}

/** Are the abbreviation's letters the name's initials, in order, ending with the last word's? */
export function abbreviates(abbreviation: string, name: string): boolean {
  const letters = abbreviation.replace(/&/g, '');
  const words = initials(name);
  if (letters.length < 2 || letters.at(-1) !== words.at(-1)) return false;
  let k = 0;
  for (const letter of words) if (letter === letters[k]) k++;
  return k === letters.length;
}

/**
 * The mentions an abbreviation defined in `text` adds: the definition itself, and every later whole-word use not
 * inside a mention already. Only organisations define one (a place or a person in brackets is something else).
 */
export function definedAbbreviations(text: string, mentions: readonly Mention[]): Mention[] {
  const added: Mention[] = [];
  for (const mention of mentions) {
    if (mention.kind !== 'organization' || mention.needs) continue;
    const match = DEFINITION.exec(text.slice(mention.end, mention.end + 16));
    const abbreviation = match?.[1];
    if (!match || !abbreviation || !abbreviates(abbreviation, mention.text)) continue;
    const start = mention.end + match[0].indexOf(abbreviation, match[0].indexOf('('));
    const uses = new RegExp(`(?<![\\p{L}\\p{N}&])${abbreviation.replace(/&/g, '\\&')}(?![\\p{L}\\p{N}&])`, 'gu');
    uses.lastIndex = start;
    for (let use = uses.exec(text); use; use = uses.exec(text)) {
      const end = use.index + abbreviation.length;
      const taken = (other: Mention) => other.start < end && use !== null && use.index < other.end;
      if (mentions.some(taken) || added.some(taken)) continue;
      added.push({ start: use.index, end, text: abbreviation, kind: mention.kind, entity: mention.entity });
    }
  }
  return added;
}
