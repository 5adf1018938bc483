/**
 * The one answer to "is this the same name?": the page matcher's own tokens (shared/text/normalize.ts `tokenize`).
 * Two spellings get the same `nameKey` exactly when the matcher reads them as the same words — case, NFC/NFD, both
 * tone-mark placements, i/y variants, every dash, every kind of space — and the same `bareNameKey` when they
 * differ at most in their marks, as text typed without accents reads them. The fact base's checks (forbidden and
 * colliding aliases, blocked phrases) and the match table's ambiguous spellings all key names this way, so a
 * check can never pass a spelling the matcher would read as another.
 *
 * Keys are the tokens' keys joined by spaces (a full key carries its tone as a last code unit): stable strings
 * across runs, meant for comparing, not for showing.
 */
import { Lexicon, Tokens, tokenize } from './normalize.ts';

// One lexicon for every key: it grows by the distinct words keyed (a few thousand for the whole base).
const lexicon = new Lexicon();
const tokens = new Tokens();

function keyFrom(text: string, bare: boolean): string {
  tokenize(text, tokens, lexicon, true);
  const table = bare ? lexicon.bare : lexicon.full;
  const ids = bare ? tokens.bare : tokens.full;
  const parts: string[] = [];
  for (let k = 0; k < tokens.count; k++) parts.push(table.keyOf(ids[k] as number));
  return parts.join(' ');
}

/** The matcher's reading of `text`: equal keys, the same name on a page. */
export function nameKey(text: string): string {
  return keyFrom(text, false);
}

/** `nameKey` without marks: equal keys, the same name in text typed without accents. */
export function bareNameKey(text: string): string {
  return keyFrom(text, true);
}
