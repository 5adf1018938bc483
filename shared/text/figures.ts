/**
 * The figure recogniser: Vietnamese numbers with a unit, parsed to a value in base units and tied to the facts
 * of the fact base they state.
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

import type { QualifierName } from './frame-words.ts';
import {
  checkFrameState,
  compileFrameState,
  type FactFigure,
  type FigureRole,
  type FrameContext,
  FrameReader,
  type FrameState,
  verdict,
} from './frames.ts';
import type { MatchFigure, MatchMetric } from './match-table.ts';
import * as normalizeModule from './normalize.ts';
import { type Lexicon, Tokens } from './normalize.ts';
import {
  checkArray,
  checkRange,
  checkSorted,
  checkStringList,
  checkThat,
  type StringList,
  stringAt,
  toStringList,
} from './state.ts';

export type { FigureRole, FrameContext, QualifierName };

// Read once: under a CommonJS transform (tsx, Vitest) every use of an imported binding is a getter call.
const { TOKEN_DASH, TOKEN_DIACRITIC, TOKEN_DIGITS, tokenize } = normalizeModule;

/** Unit words: phrase as written → canonical unit. Longest phrases are tried first. */
export const UNIT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['%', '%'],
  ['phần trăm', '%'],
  ['USD', 'USD'],
  ['US$', 'USD'],
  ['đô la Mỹ', 'USD'],
  ['đô-la Mỹ', 'USD'],
  ['đôla Mỹ', 'USD'],
  ['đô la', 'USD'],
  ['đô-la', 'USD'],
  ['đôla', 'USD'],
  ['đồng', 'VND'],
  ['VNĐ', 'VND'],
  ['VND', 'VND'],
  ['dự án', 'project'],
];

/**
 * Units of measure, recognised always; other units (counts: "6 dự án") only when a metric uses them, and a count
 * is a mention only when it states a fact ("1 dự án thuộc lĩnh vực khai thác mỏ" is not worth a highlight).
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(['%', 'USD', 'VND']);

/** Scale words and their powers of ten. */
export const SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['nghìn tỷ', 12],
  ['ngàn tỷ', 12],
  ['nghìn', 3],
  ['ngàn', 3],
  ['triệu', 6],
  ['tỷ', 9],
];

/** The canonical form of a unit as a fact base or a page may write it (`VNĐ`, `đồng` → `VND`). */
export function canonicalUnit(unit: string): string {
  const folded = unit.trim().normalize('NFC').toLowerCase();
  for (const [phrase, canonical] of UNIT_WORDS) if (phrase.toLowerCase() === folded) return canonical;
  return unit.trim();
}

/** The entity given to a figure no metric claims. */
export const GENERIC_FIGURE = { id: 'figure', name: 'Số liệu' } as const;

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

/**
 * A compiled figure recogniser as plain arrays (structured-clone friendly). Phrases (unit and scale words) are
 * token ids back to back: phrase k is `[phraseEnd[k - 1], phraseEnd[k])` of `phraseFull`/`phraseBare`. The frame
 * vocabulary is `frames` (shared/text/frames.ts). Facts are columns indexed by fact: value, `valueMax` (NaN:
 * none), unit (index into `unitNames`), metric (index into the table's metrics, -1: none), period key, target or
 * not, qualifier (index into `FACT_QUALIFIERS`), and id.
 */
export interface FigureState {
  phraseFull: Int32Array;
  phraseBare: Int32Array;
  phraseEnd: Int32Array;
  unitNames: string[];
  /** Unit phrases in the order they are tried (longest first), and each one's unit (index into `unitNames`). */
  unitPhrases: Int32Array;
  unitOf: Int32Array;
  /** Scale phrases in the order they are tried, and their powers of ten. */
  scalePhrases: Int32Array;
  scaleExponents: Int32Array;
  dot: number;
  comma: number;
  frames: FrameState;
  factValue: Float64Array;
  factValueMax: Float64Array;
  factUnit: Int32Array;
  factMetric: Int32Array;
  /** The fact's `periodKey`, whether it is a target (1) or a result (0), and its qualifier. */
  factPeriod: StringList;
  factTarget: Uint8Array;
  factQualifier: Uint8Array;
  factIds: StringList;
}

/** A fact's qualifier as a number (0: none). */
const FACT_QUALIFIERS = ['', 'more-than', 'about', 'estimate', 'less-than'] as const;

/** Compiles the figure vocabulary and the facts' figures (interning the words into `lexicon`). */
export function compileFigureState(
  lexicon: Lexicon,
  metrics: readonly MatchMetric[],
  figures: readonly MatchFigure[],
): FigureState {
  const scratch = new Tokens();
  const full: number[] = [];
  const bare: number[] = [];
  const ends: number[] = [];
  const phraseLength: number[] = [];
  const addPhrase = (text: string): number => {
    tokenize(text, scratch, lexicon, true);
    for (let k = 0; k < scratch.count; k++) {
      full.push(scratch.full[k] as number);
      bare.push(scratch.bare[k] as number);
    }
    ends.push(full.length);
    phraseLength.push(scratch.count);
    return ends.length - 1;
  };
  const unitNames: string[] = [];
  const unitIndex = (unit: string): number => {
    let index = unitNames.indexOf(unit);
    if (index < 0) index = unitNames.push(unit) - 1;
    return index;
  };
  const inUse = new Set(metrics.map((metric) => metric.unit));
  // A stable sort by length, longest first (as the phrases were tried before: the same order).
  const byLength = (a: number, b: number) => (phraseLength[b] as number) - (phraseLength[a] as number);
  const units = UNIT_WORDS.filter(([, unit]) => MEASURE_UNITS.has(unit) || inUse.has(unit)).map(([text, unit]) => ({
    phrase: addPhrase(text),
    unit: unitIndex(unit),
  }));
  units.sort((a, b) => byLength(a.phrase, b.phrase));
  const scales = SCALE_WORDS.map(([text, exponent]) => ({ phrase: addPhrase(text), exponent }));
  scales.sort((a, b) => byLength(a.phrase, b.phrase));
  const id = (text: string) => {
    tokenize(text, scratch, lexicon, true);
    return scratch.full[0] as number;
  };
  const dot = id('.');
  const comma = id(',');
  const metricIndex = new Map(metrics.map((metric, index) => [metric.id, index]));
  const n = figures.length;
  const state: FigureState = {
    phraseFull: Int32Array.from(full),
    phraseBare: Int32Array.from(bare),
    phraseEnd: Int32Array.from(ends),
    unitNames,
    unitPhrases: Int32Array.from(units, (unit) => unit.phrase),
    unitOf: Int32Array.from(units, (unit) => unit.unit),
    scalePhrases: Int32Array.from(scales, (scale) => scale.phrase),
    scaleExponents: Int32Array.from(scales, (scale) => scale.exponent),
    dot,
    comma,
    frames: compileFrameState(lexicon, metrics),
    factValue: new Float64Array(n),
    factValueMax: new Float64Array(n),
    factUnit: new Int32Array(n),
    factMetric: new Int32Array(n),
    factPeriod: toStringList(figures.map((figure) => figure.periodKey)),
    factTarget: Uint8Array.from(figures, (figure) => (figure.isTarget ? 1 : 0)),
    factQualifier: Uint8Array.from(figures, (figure) => Math.max(0, FACT_QUALIFIERS.indexOf(figure.qualifier ?? ''))),
    factIds: toStringList(figures.map((figure) => figure.fact)),
  };
  figures.forEach((figure, f) => {
    state.factValue[f] = figure.value;
    state.factValueMax[f] = figure.valueMax ?? Number.NaN;
    state.factUnit[f] = unitIndex(figure.unit);
    state.factMetric[f] = metricIndex.get(figure.metric) ?? -1;
  });
  return state;
}

/** Checks a `FigureState` for `metricCount` metrics; throws a `StateError`. */
export function checkFigureState(state: FigureState, metricCount: number): void {
  checkThat(typeof state === 'object' && state !== null, 'figures are missing');
  checkArray(state.phraseFull, Int32Array, 'figures.phraseFull');
  checkArray(state.phraseBare, Int32Array, 'figures.phraseBare', state.phraseFull.length);
  checkArray(state.phraseEnd, Int32Array, 'figures.phraseEnd');
  const phrases = state.phraseEnd.length;
  checkSorted(state.phraseEnd, 0, state.phraseFull.length, 'figures.phraseEnd');
  checkThat(
    Array.isArray(state.unitNames) && state.unitNames.every((unit) => typeof unit === 'string'),
    'figures.unitNames is not a list of strings',
  );
  checkArray(state.unitPhrases, Int32Array, 'figures.unitPhrases');
  checkArray(state.unitOf, Int32Array, 'figures.unitOf', state.unitPhrases.length);
  checkArray(state.scalePhrases, Int32Array, 'figures.scalePhrases');
  checkArray(state.scaleExponents, Int32Array, 'figures.scaleExponents', state.scalePhrases.length);
  checkRange(state.unitPhrases, 0, phrases, 'figures.unitPhrases');
  checkRange(state.scalePhrases, 0, phrases, 'figures.scalePhrases');
  checkRange(state.unitOf, 0, state.unitNames.length, 'figures.unitOf');
  checkThat(Number.isInteger(state.dot) && Number.isInteger(state.comma), 'figures: dot or comma is not an id');
  checkArray(state.factValue, Float64Array, 'figures.factValue');
  const facts = state.factValue.length;
  checkArray(state.factValueMax, Float64Array, 'figures.factValueMax', facts);
  checkArray(state.factUnit, Int32Array, 'figures.factUnit', facts);
  checkArray(state.factMetric, Int32Array, 'figures.factMetric', facts);
  checkRange(state.factUnit, 0, state.unitNames.length, 'figures.factUnit');
  checkRange(state.factMetric, -1, metricCount, 'figures.factMetric');
  checkArray(state.factTarget, Uint8Array, 'figures.factTarget', facts);
  checkArray(state.factQualifier, Uint8Array, 'figures.factQualifier', facts);
  checkRange(state.factQualifier, 0, FACT_QUALIFIERS.length, 'figures.factQualifier');
  checkFrameState(state.frames, metricCount);
  checkStringList(state.factPeriod, 'figures.factPeriod', facts);
  checkStringList(state.factIds, 'figures.factIds', facts);
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
