/**
 * The sentence a figure stands in, as the reading notebook keeps it beside the number (shared/notebook/readings.ts).
 */

/** At most this much text on each side of a figure is looked at for its sentence. */
const SENTENCE_REACH = 400;
/**
 * The sentence around `start`–`end` of a block's text: from after the last sentence end ('.', '!', '?', '…'
 * followed by a space, or a line break) before it, to the first one after it, spaces collapsed.
 */
export function sentenceAround(text: string, start: number, end: number): string {
  const from = Math.max(0, start - SENTENCE_REACH);
  const before = text.slice(from, start);
  let cut = 0;
  for (const match of before.matchAll(/[.!?…]["”’»)]*\s+|\n+/g)) cut = match.index + match[0].length;
  const after = text.slice(end, end + SENTENCE_REACH);
  const stop = /[.!?…](?=["”’»)]*(\s|$))|\n/.exec(after);
  const to = end + (stop ? stop.index + (stop[0] === '\n' ? 0 : 1) : after.length);
  return text
    .slice(from + cut, to)
    .replace(/\s+/g, ' ')
    .trim();
}
