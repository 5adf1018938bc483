/**
 * The annotator: names and figures of the fact base found in a block of text, with exact offsets.
 *
 *   const annotator = createAnnotator(buildMatchTable(base));   // compile once
 *   annotator.annotate('Thủ tướng Phạm Minh Chính …');          // per block of text, many times
 *
 * Mentions come back sorted by offset and never overlap: names by the matcher's rules (shared/text/matcher.ts:
 * word boundaries, leftmost-longest, case and accent-less rules), then figures (shared/text/figures.ts) in the
 * gaps between names. `start`/`end` are UTF-16 offsets into the very string passed in, so
 * `text.slice(start, end) === mention.text` always — whatever its normalisation (NFC, NFD, tone placement,
 * dashes, spaces).
 *
 * A figure's `entity` is the metric it was linked to, or `GENERIC_FIGURE` (`{ id: 'figure', name: 'Số liệu' }`)
 * when no metric's context words are near it; `figure.facts` lists the facts it states (maybe none).
 *
 * Cost per call: one tokenising pass, one matching pass, one pass over token flags for numbers; the token arrays
 * and the match buffer are reused across calls, so the only allocations are the returned mentions.
 */
import type { MentionKind } from '../factbase/kinds.ts';
import { FigureRecognizer, GENERIC_FIGURE, MEASURE_UNITS } from './figures.ts';
import type { MatchTable } from './match-table.ts';
import { Matcher, type MatcherPattern } from './matcher.ts';
import * as normalizeModule from './normalize.ts';
import { Lexicon, Tokens } from './normalize.ts';
import { NAMED_AFTER_WORDS } from './vietnamese.ts';

// Read once: under a CommonJS transform (tsx, Vitest) every use of an imported binding is a getter call.
const { TOKEN_DIGITS, tokenize } = normalizeModule;

export interface Mention {
  start: number;
  end: number;
  text: string;
  kind: MentionKind;
  entity: { id: string; name: string };
  figure?: { value: number; valueMax?: number; unit: string; facts: string[] };
  /** Found by the accent-less rule: the text carries no diacritics where the alias does. */
  accentless?: boolean;
}

export interface Annotator {
  /** Mentions in `text`: sorted, non-overlapping, offsets into `text` exactly. */
  annotate(text: string): Mention[];
}

export interface AnnotatorOptions {
  /** Match text written without diacritics (default true); see shared/text/matcher.ts for when it is safe. */
  accentless?: boolean;
  /**
   * Which figures to return: `all` (default) — every number with a unit, the ones that state no fact with the
   * generic figure entity; `linked` — only those that state a fact of the base; `none`.
   */
  figures?: 'all' | 'linked' | 'none';
}

export interface CompiledAnnotator extends Annotator {
  /** The compiled matcher (sizes and conflicts, for benchmarks and reports). */
  readonly matcher: Matcher;
}

export function createAnnotator(table: MatchTable, options: AnnotatorOptions = {}): CompiledAnnotator {
  const lexicon = new Lexicon();
  // Figure vocabulary first, then names: the matcher sizes its root table on the lexicon it sees.
  const figures = new FigureRecognizer(lexicon, table.metrics, table.figures);
  const namedAfter = new Set<number>();
  const scratch = new Tokens();
  for (const word of NAMED_AFTER_WORDS) {
    tokenize(word, scratch, lexicon, true);
    namedAfter.add(scratch.full[0] as number);
  }
  tokenize('.', scratch, lexicon, true);
  const dot = scratch.full[0] as number;
  const patterns: MatcherPattern[] = [];
  table.entities.forEach((entity, index) => {
    for (const alias of entity.aliases) patterns.push({ entity: index, alias });
  });
  const matcher = new Matcher(patterns, lexicon, options);
  const refs = table.entities.map((entity) => Object.freeze({ id: entity.id, name: entity.name }));
  const metricRefs = table.metrics.map((metric) => Object.freeze({ id: metric.id, name: metric.name }));
  const tokens = new Tokens();
  const figureMode = options.figures ?? 'all';

  /** "TP Hồ Chí Minh", "TP. Hồ Chí Minh", "đường Hồ Chí Minh": the name of a place, not the person. */
  const namesAPlace = (first: number): boolean => {
    let k = first - 1;
    if (k >= 1 && tokens.full[k] === dot) k--;
    return k >= 0 && namedAfter.has(tokens.full[k] as number);
  };

  function annotate(text: string): Mention[] {
    tokenize(text, tokens, lexicon);
    const results = matcher.match(tokens);
    const data = results.data;
    const mentions: Mention[] = [];
    const flags = tokens.flags;
    let digitsFrom = 0;
    for (let r = 0; r <= results.count; r++) {
      // Figures in the gap before name r (or after the last name).
      const gapEnd = r < results.count ? (data[r * 4] as number) : tokens.count;
      for (let i = figureMode === 'none' ? gapEnd : digitsFrom; i < gapEnd; i++) {
        if (!((flags[i] as number) & TOKEN_DIGITS)) continue;
        const figure = figures.recognise(text, tokens, i, gapEnd);
        if (!figure) continue;
        i = figure.endToken - 1;
        const link = figures.link(text, tokens, figure);
        if (link.facts.length === 0 && (figureMode === 'linked' || !MEASURE_UNITS.has(figure.unit))) continue;
        const start = tokens.start[figure.startToken] as number;
        const end = tokens.end[figure.endToken - 1] as number;
        mentions.push({
          start,
          end,
          text: text.slice(start, end),
          kind: 'figure',
          entity: link.metric >= 0 ? (metricRefs[link.metric] as Mention['entity']) : GENERIC_FIGURE,
          figure: {
            value: figure.value,
            ...(figure.valueMax !== undefined ? { valueMax: figure.valueMax } : {}),
            unit: figure.unit,
            facts: link.facts,
          },
        });
      }
      if (r === results.count) break;
      const first = data[r * 4] as number;
      const last = (data[r * 4 + 1] as number) - 1;
      const index = data[r * 4 + 2] as number;
      const entity = table.entities[index] as MatchTable['entities'][number];
      digitsFrom = last + 1;
      if (entity.kind === 'person' && namesAPlace(first)) continue;
      const start = tokens.start[first] as number;
      const end = tokens.end[last] as number;
      const mention: Mention = {
        start,
        end,
        text: text.slice(start, end),
        kind: entity.kind,
        entity: refs[index] as Mention['entity'],
      };
      if (data[r * 4 + 3] === 1) mention.accentless = true;
      mentions.push(mention);
    }
    return mentions;
  }

  return { annotate, matcher };
}
