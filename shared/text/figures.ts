/**
 * The figure recogniser: Vietnamese numbers with a unit, parsed to a value in base units and tied to the facts
 * of the fact base they state. It runs on a compiled state (figure-state.ts) of the words in figure-words.ts.
 *
 * Recognised (on the tokens of `tokenize`, so NFD, tone placement and dashes are already folded):
 * - numbers: thousands dot and decimal comma (`5.500`, `927,8`, `1.234.567,5`); a dot followed by one, two or
 *   four or more digits, in a number without thousands groups, reads as an English decimal point (`1.7`);
 * - an optional range: `10 - 15%`, `10–15%`, `5-7 tỷ USD` (dash of any kind, spaces or none);
 * - an optional scale: `nghìn`/`ngàn` 10³, `triệu` 10⁶, `tỷ`/`tỉ` 10⁹, and `nghìn tỷ` 10¹²;
 * - a unit, which is required (a bare number is a date, a count, a page number — not a figure we can check):
 *   `%`, `phần trăm` → `%`; `USD`, `đô la (Mỹ)`, `đôla`, `US$` → `USD`; `đồng`, `VNĐ`, `VND` → `VND`; and
 *   count nouns (`dự án` → `project`) only when the fact base has a metric in that unit.
 *   A unit or scale word matches with its diacritics, or written entirely without them ("5 ty USD"): "3 dòng"
 *   (three lines) is not "3 đồng".
 *
 * Linking is by the figure's frame (shared/text/frames.ts): what its sentence says it measures, for which places,
 * which period and in which role. It states a fact when metric, scope, period and value agree (within the
 * precision written and the fact's qualifier); it disagrees with the facts of the same metric, scope and period
 * whose value does not; it is a new point of the metric's series when the base has nothing for its period; and a
 * number whose frame fits no metric gets none — never a link by its value alone.
 */

import { checkFigureState, FACT_QUALIFIERS, type FigureState } from './figure-state.ts';
import type { QualifierName } from './frame-words.ts';
import { type FactFigure, type FigureRole, type FrameContext, FrameReader, verdict } from './frames.ts';
import type { Lexicon, Tokens } from './normalize.ts';
import * as normalizeModule from './normalize.ts';
import { stringAt } from './state.ts';

export type { FigureRole, FrameContext, QualifierName };

// Read once: under a CommonJS transform (tsx, Vitest) every use of an imported binding is a getter call.
const { TOKEN_DASH, TOKEN_DIACRITIC, TOKEN_DIGITS } = normalizeModule;

/** A recognised figure: value in base units, and the token range it spans. */
export interface RecognisedFigure {
  value: number;
  valueMax?: number;
  unit: string;
  /** Half a unit of the last digit written. */
  tolerance: number;
  startToken: number;
  endToken: number;
}

export interface FigureLink {
  /** Index into the table's metrics, or -1. */
  metric: number;
  /** Facts it states. */
  facts: string[];
  /** Facts it disagrees with (same metric, scope and period); empty when it states a fact. */
  conflicts: string[];
  /** Its period, as a fact's `periodKey` (shared/text/periods.ts); undefined when the page names none. */
  period?: string;
  role: FigureRole;
  qualifier?: QualifierName;
}

interface Phrase {
  full: Int32Array;
  bare: Int32Array;
}

interface UnitPhrase extends Phrase {
  unit: string;
}

interface ScalePhrase extends Phrase {
  exponent: number;
}

export class FigureRecognizer {
  private readonly units: UnitPhrase[];
  private readonly scales: ScalePhrase[];
  private readonly dot: number;
  private readonly comma: number;
  private readonly frames: FrameReader;
  /** The facts' figures by metric, made when first needed. */
  private facts: Map<number, FactFigure[]> | undefined;
  private readonly state: FigureState;

  /**
   * Wraps a compiled state (`compileFigureState`), for `metricCount` metrics, checked unless `checked`. `lexicon`
   * is the one the state was compiled with. O(phrases + metrics).
   */
  constructor(state: FigureState, metricCount: number, lexicon: Lexicon, checked = false) {
    if (!checked) checkFigureState(state, metricCount);
    this.state = state;
    const phrase = (k: number): Phrase => {
      const from = k > 0 ? (state.phraseEnd[k - 1] as number) : 0;
      const to = state.phraseEnd[k] as number;
      return { full: state.phraseFull.subarray(from, to), bare: state.phraseBare.subarray(from, to) };
    };
    this.units = Array.from(state.unitPhrases, (k, index) => ({
      ...phrase(k),
      unit: state.unitNames[state.unitOf[index] as number] as string,
    }));
    this.scales = Array.from(state.scalePhrases, (k, index) => ({
      ...phrase(k),
      exponent: state.scaleExponents[index] as number,
    }));
    this.dot = state.dot;
    this.comma = state.comma;
    this.frames = new FrameReader(state.frames, lexicon);
  }

  /**
   * Recognises a figure whose number starts at token `i` (a digits token), or returns undefined. `limit` is the
   * first token the figure may not reach (the next name).
   */
  recognise(text: string, tokens: Tokens, i: number, limit: number): RecognisedFigure | undefined {
    if (i > 0 && this.continuesNumber(tokens, i)) return undefined;
    const first = this.number(text, tokens, i, limit);
    if (!first) return undefined;
    let j = first.next;
    let second: ParsedNumber | undefined;
    if (j + 1 < limit && tokens.flags[j] === TOKEN_DASH && (tokens.flags[j + 1] as number) & TOKEN_DIGITS) {
      second = this.number(text, tokens, j + 1, limit);
      if (second) j = second.next;
    }
    let exponent = 0;
    const scale = this.phraseAt(this.scales, tokens, j, limit);
    if (scale) {
      exponent = scale.exponent;
      j += scale.full.length;
    }
    const unit = this.phraseAt(this.units, tokens, j, limit);
    if (!unit) return undefined;
    j += unit.full.length;
    const value = scaled(first, exponent);
    const figure: RecognisedFigure = {
      value,
      unit: unit.unit,
      tolerance: 0.5 * 10 ** (exponent - Math.max(first.decimals, second?.decimals ?? 0)),
      startToken: i,
      endToken: j,
    };
    if (second) figure.valueMax = scaled(second, exponent);
    return figure;
  }

  /**
   * Reads a recognised figure's frame in its sentence and gives the verdict: its metric (or none), the facts it
   * states, those it disagrees with, its period, role and qualifier. `context` gives the article's date and
   * subject. Call `startText` once per text first. Without `full`, a figure no metric can claim is not read
   * further (its period, role and qualifier are left out).
   */
  link(text: string, tokens: Tokens, figure: RecognisedFigure, context: FrameContext = {}, full = true): FigureLink {
    const frame = this.frames.read(text, tokens, figure, context, full);
    const link: FigureLink = { metric: frame.metric, facts: [], conflicts: [], role: frame.role };
    if (frame.period !== undefined) link.period = frame.period;
    if (frame.qualifier) link.qualifier = frame.qualifier;
    if (frame.metric < 0) return link;
    const found = verdict(frame, { ...figure, unit: 2 * figure.tolerance }, this.factFigures().get(frame.metric) ?? []);
    link.facts = found.facts;
    link.conflicts = found.conflicts;
    return link;
  }

  /** Starts a new text: what was read of the last one's sentences is forgotten. */
  startText(text: string): void {
    this.frames.reset(text);
  }

  /** The countries a text names, most named first (place ids): a page's subject. */
  countriesIn(text: string): string[] {
    return this.frames.countriesIn(text);
  }

  private factFigures(): Map<number, FactFigure[]> {
    if (!this.facts) {
      const state = this.state;
      const all = Array.from(state.factValue, (value, f): FactFigure => {
        const valueMax = state.factValueMax[f] as number;
        const qualifier = FACT_QUALIFIERS[state.factQualifier[f] as number];
        return {
          id: stringAt(state.factIds, f),
          metric: state.factMetric[f] as number,
          value,
          ...(Number.isNaN(valueMax) ? {} : { valueMax }),
          periodKey: stringAt(state.factPeriod, f),
          isTarget: state.factTarget[f] === 1,
          ...(qualifier ? { qualifier } : {}),
        };
      });
      this.facts = new Map();
      for (const fact of all) {
        const list = this.facts.get(fact.metric);
        if (list) list.push(fact);
        else this.facts.set(fact.metric, [fact]);
      }
    }
    return this.facts;
  }

  /** Is token `i` the tail of a number already read ("5.500": "500" follows "5.")? */
  private continuesNumber(tokens: Tokens, i: number): boolean {
    const before = i - 1;
    if (tokens.end[before] !== tokens.start[i]) return false;
    const id = tokens.full[before];
    return (
      (id === this.dot || id === this.comma) &&
      before > 0 &&
      ((tokens.flags[before - 1] as number) & TOKEN_DIGITS) !== 0
    );
  }

  private number(text: string, tokens: Tokens, i: number, limit: number): ParsedNumber | undefined {
    if (!((tokens.flags[i] as number) & TOKEN_DIGITS)) return undefined;
    let mantissa = digits(text, tokens, i);
    const length = (tokens.end[i] as number) - (tokens.start[i] as number);
    let j = i + 1;
    let grouped = false;
    if (length <= 3) {
      while (this.joined(tokens, j, limit, this.dot) && digitLength(tokens, j + 1) === 3) {
        mantissa = mantissa * 1000 + digits(text, tokens, j + 1);
        grouped = true;
        j += 2;
      }
    }
    let decimals = 0;
    if (this.joined(tokens, j, limit, this.comma)) {
      decimals = digitLength(tokens, j + 1);
      mantissa = mantissa * 10 ** decimals + digits(text, tokens, j + 1);
      j += 2;
    } else if (!grouped && this.joined(tokens, j, limit, this.dot) && digitLength(tokens, j + 1) !== 3) {
      decimals = digitLength(tokens, j + 1);
      mantissa = mantissa * 10 ** decimals + digits(text, tokens, j + 1);
      j += 2;
    }
    return { mantissa, decimals, next: j };
  }

  /** Token `j` is `separator`, glued to a digits token before and after it (no space). */
  private joined(tokens: Tokens, j: number, limit: number, separator: number): boolean {
    return (
      j + 1 < limit &&
      tokens.full[j] === separator &&
      tokens.end[j - 1] === tokens.start[j] &&
      tokens.end[j] === tokens.start[j + 1] &&
      ((tokens.flags[j + 1] as number) & TOKEN_DIGITS) !== 0
    );
  }

  private phraseAt<P extends Phrase>(phrases: readonly P[], tokens: Tokens, j: number, limit: number): P | undefined {
    for (const phrase of phrases) if (phraseMatches(phrase, tokens, j, limit)) return phrase;
    return undefined;
  }
}

interface ParsedNumber {
  mantissa: number;
  decimals: number;
  next: number;
}

/** The phrase's tokens at `j`: same full key, or same bare key where the text is written without diacritics. */
function phraseMatches(phrase: Phrase, tokens: Tokens, j: number, limit: number): boolean {
  const length = phrase.full.length;
  if (j + length > limit) return false;
  for (let k = 0; k < length; k++) {
    if (tokens.full[j + k] === phrase.full[k]) continue;
    const plain = ((tokens.flags[j + k] as number) & TOKEN_DIACRITIC) === 0;
    if (plain && tokens.bare[j + k] === phrase.bare[k] && phrase.bare[k] !== 0) continue;
    return false;
  }
  return true;
}

function scaled(number: ParsedNumber, exponent: number): number {
  const power = exponent - number.decimals;
  return power >= 0 ? number.mantissa * 10 ** power : number.mantissa / 10 ** -power;
}

function digitLength(tokens: Tokens, k: number): number {
  if (k >= tokens.count || !((tokens.flags[k] as number) & TOKEN_DIGITS)) return -1;
  return (tokens.end[k] as number) - (tokens.start[k] as number);
}

function digits(text: string, tokens: Tokens, k: number): number {
  let value = 0;
  for (let c = tokens.start[k] as number; c < (tokens.end[k] as number); c++)
    value = value * 10 + text.charCodeAt(c) - 48;
  return value;
}
