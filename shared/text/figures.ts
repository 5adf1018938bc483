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
 * Linking: a figure states a fact when (1) the unit is the same, (2) the value agrees within rounding — half a unit
 * of the last digit written on the page ("1,7 tỷ" covers 1,65–1,75 tỷ) or 0.1 % of the fact's value, whichever is
 * larger; a range must agree at both ends — and (3) one of the fact's metric's `contextWords` ("kim ngạch",
 * "thương mại", "vốn đầu tư") occurs in the same sentence, within `CONTEXT_BEFORE` tokens before or
 * `CONTEXT_AFTER` after. Facts are listed nearest context first, ties broken by a year of the fact's period
 * written in the sentence.
 */
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

// Read once: under a CommonJS transform (tsx, Vitest) every use of an imported binding is a getter call.
const { TOKEN_BREAK, TOKEN_DASH, TOKEN_DIACRITIC, TOKEN_DIGITS, tokenize } = normalizeModule;

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

export const CONTEXT_BEFORE = 30;
export const CONTEXT_AFTER = 20;

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
  facts: string[];
  /** Facts the figure contradicts (see `FigureRecognizer.conflicts`); empty when it states a fact. */
  conflicts: string[];
}

/**
 * The period a sentence names, as a fact's `periodKey`: "6 tháng đầu năm 2024" → `2024-H1`, "4 tháng đầu năm
 * 2024" → `2024-4M`, "(cả) năm 2022" → `2022`. The first such phrase wins; undefined when there is none.
 */
export function periodKeyOf(sentence: string): string | undefined {
  const text = sentence.normalize('NFC').toLowerCase();
  const months = /(\d{1,2})\s+tháng\s+đầu\s+năm\s+((?:19|20)\d{2})/u.exec(text);
  if (months) return months[1] === '6' ? `${months[2]}-H1` : `${months[2]}-${Number(months[1])}M`;
  const year = /(?<![\p{L}\d])năm\s+((?:19|20)\d{2})(?!\d)/u.exec(text);
  return year ? year[1] : undefined;
}

/** How many distinct context words of a metric a sentence must hold before a different number contradicts it. */
const CONFLICT_CONTEXT_WORDS = 2;

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
 * A compiled figure recogniser as plain arrays (structured-clone friendly). Phrases (unit, scale and context
 * words) are token ids back to back: phrase k is `[phraseEnd[k - 1], phraseEnd[k])` of `phraseFull`/`phraseBare`.
 * Facts are columns indexed by fact: value, `valueMax` (NaN: none), unit (index into `unitNames`), metric (index
 * into the table's metrics, -1: none), the year of its period (NaN: none), and its id.
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
  /** Metric m's context phrases are phrases `contextStart[m] … contextStart[m + 1]`. */
  contextStart: Int32Array;
  dot: number;
  comma: number;
  sentenceEnds: Int32Array;
  factValue: Float64Array;
  factValueMax: Float64Array;
  factUnit: Int32Array;
  factMetric: Int32Array;
  factYear: Float64Array;
  /** The fact's `periodKey`, and whether it is a target (1) or a result (0). */
  factPeriod: StringList;
  factTarget: Uint8Array;
  factIds: StringList;
}

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
  const contextStart = new Int32Array(metrics.length + 1);
  metrics.forEach((metric, m) => {
    contextStart[m] = ends.length;
    for (const word of metric.contextWords) addPhrase(word);
  });
  contextStart[metrics.length] = ends.length;
  const id = (text: string) => {
    tokenize(text, scratch, lexicon, true);
    return scratch.full[0] as number;
  };
  const dot = id('.');
  const comma = id(',');
  const sentenceEnds = Int32Array.from(new Set([dot, id('!'), id('?'), id(';')]));
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
    contextStart,
    dot,
    comma,
    sentenceEnds,
    factValue: new Float64Array(n),
    factValueMax: new Float64Array(n),
    factUnit: new Int32Array(n),
    factMetric: new Int32Array(n),
    factYear: new Float64Array(n),
    factPeriod: toStringList(figures.map((figure) => figure.periodKey)),
    factTarget: Uint8Array.from(figures, (figure) => (figure.isTarget ? 1 : 0)),
    factIds: toStringList(figures.map((figure) => figure.fact)),
  };
  figures.forEach((figure, f) => {
    state.factValue[f] = figure.value;
    state.factValueMax[f] = figure.valueMax ?? Number.NaN;
    state.factUnit[f] = unitIndex(figure.unit);
    state.factMetric[f] = metricIndex.get(figure.metric) ?? -1;
    const year = Number(figure.periodKey.slice(0, 4));
    state.factYear[f] = Number.isInteger(year) ? year : Number.NaN;
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
  checkArray(state.contextStart, Int32Array, 'figures.contextStart', metricCount + 1);
  checkArray(state.sentenceEnds, Int32Array, 'figures.sentenceEnds');
  checkRange(state.unitPhrases, 0, phrases, 'figures.unitPhrases');
  checkRange(state.scalePhrases, 0, phrases, 'figures.scalePhrases');
  checkSorted(state.contextStart, 0, phrases, 'figures.contextStart');
  checkRange(state.unitOf, 0, state.unitNames.length, 'figures.unitOf');
  checkThat(Number.isInteger(state.dot) && Number.isInteger(state.comma), 'figures: dot or comma is not an id');
  checkArray(state.factValue, Float64Array, 'figures.factValue');
  const facts = state.factValue.length;
  checkArray(state.factValueMax, Float64Array, 'figures.factValueMax', facts);
  checkArray(state.factUnit, Int32Array, 'figures.factUnit', facts);
  checkArray(state.factMetric, Int32Array, 'figures.factMetric', facts);
  checkArray(state.factYear, Float64Array, 'figures.factYear', facts);
  checkRange(state.factUnit, 0, state.unitNames.length, 'figures.factUnit');
  checkRange(state.factMetric, -1, metricCount, 'figures.factMetric');
  checkArray(state.factTarget, Uint8Array, 'figures.factTarget', facts);
  checkStringList(state.factPeriod, 'figures.factPeriod', facts);
  checkStringList(state.factIds, 'figures.factIds', facts);
}

export class FigureRecognizer {
  private readonly units: UnitPhrase[];
  private readonly scales: ScalePhrase[];
  private readonly contexts: Phrase[][];
  private readonly dot: number;
  private readonly comma: number;
  private readonly sentenceEnds: Set<number>;
  private readonly state: FigureState;
  /** Fact ids, sliced from the state's string list when first linked. */
  private readonly factIds: Array<string | undefined>;

  /**
   * Wraps a compiled state (`compileFigureState`), for `metricCount` metrics, checked unless `checked`.
   * O(phrases + metrics).
   */
  constructor(state: FigureState, metricCount: number, checked = false) {
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
    this.contexts = Array.from({ length: metricCount }, (_, m) => {
      const list: Phrase[] = [];
      for (let k = state.contextStart[m] as number; k < (state.contextStart[m + 1] as number); k++)
        list.push(phrase(k));
      return list;
    });
    this.dot = state.dot;
    this.comma = state.comma;
    this.sentenceEnds = new Set(state.sentenceEnds);
    this.factIds = new Array(state.factValue.length);
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
   * Links a recognised figure to the facts it states, reading its sentence for context words. The metric is that
   * of the nearest fact; a figure that states no fact gets no metric, even with metric words around it ("kim
   * ngạch xuất khẩu gạo … 4,37 tỷ USD" is not the Vietnam–Laos trade series).
   */
  link(text: string, tokens: Tokens, figure: RecognisedFigure): FigureLink {
    const from = this.sentenceStart(tokens, figure.startToken);
    const to = this.sentenceEnd(tokens, figure.endToken);
    const state = this.state;
    // Context is read only for the metrics of facts whose value and unit already agree (most figures have none).
    const distances = new Map<number, number>();
    const distanceTo = (m: number): number => {
      let distance = distances.get(m);
      if (distance === undefined) {
        distance = this.contextDistance(tokens, m, from, to, figure);
        distances.set(m, distance);
      }
      return distance;
    };
    const scored: Array<{ fact: string; metric: number; distance: number; year: number }> = [];
    const facts = state.factValue.length;
    for (let f = 0; f < facts; f++) {
      if (state.unitNames[state.factUnit[f] as number] !== figure.unit) continue;
      if (!close(figure.value, state.factValue[f] as number, figure.tolerance)) continue;
      const valueMax = state.factValueMax[f] as number;
      if ((figure.valueMax === undefined) !== Number.isNaN(valueMax)) continue;
      if (figure.valueMax !== undefined && !close(figure.valueMax, valueMax, figure.tolerance)) continue;
      const metric = state.factMetric[f] as number;
      const distance = metric >= 0 ? distanceTo(metric) : Infinity;
      if (distance === Infinity) continue;
      const year = this.yearInSentence(text, tokens, from, to, state.factYear[f] as number) ? 0 : 1;
      let fact = this.factIds[f];
      if (fact === undefined) {
        fact = stringAt(state.factIds, f);
        this.factIds[f] = fact;
      }
      scored.push({ fact, metric, distance, year });
    }
    scored.sort((a, b) => a.distance - b.distance || a.year - b.year);
    if (scored.length === 0) return this.conflicts(text, tokens, figure, from, to);
    return {
      metric: (scored[0] as { metric: number }).metric,
      facts: scored.map((entry) => entry.fact),
      conflicts: [],
    };
  }

  /**
   * A figure that states no fact may contradict one: a result (not a target) in the same measure unit (money or
   * percent, never a count) whose period is the
   * one the sentence names (`periodKeyOf`), with a value outside rounding, and at least two of its metric's
   * context words in the sentence — "kim ngạch thương mại song phương năm 2022 đạt 2,1 tỷ USD" against the base's
   * 1,7 tỷ. One context word is not enough: "kim ngạch xuất khẩu gạo năm 2022" is another series.
   */
  private conflicts(text: string, tokens: Tokens, figure: RecognisedFigure, from: number, to: number): FigureLink {
    const none: FigureLink = { metric: -1, facts: [], conflicts: [] };
    // Counts ("1 dự án" of the "6 dự án") are too often a part of the figure they differ from.
    if (to <= from || !MEASURE_UNITS.has(figure.unit)) return none;
    const period = periodKeyOf(text.slice(tokens.start[from] as number, tokens.end[to - 1] as number));
    if (!period) return none;
    const state = this.state;
    let best: FigureLink = none;
    let bestWords = CONFLICT_CONTEXT_WORDS - 1;
    for (let f = 0; f < state.factValue.length; f++) {
      const metric = state.factMetric[f] as number;
      if (metric < 0 || state.factTarget[f] === 1) continue;
      if (state.unitNames[state.factUnit[f] as number] !== figure.unit) continue;
      if (stringAt(state.factPeriod, f) !== period) continue;
      if (close(figure.value, state.factValue[f] as number, figure.tolerance)) continue;
      const words = this.contextWordCount(tokens, metric, from, to, figure);
      const fact = stringAt(state.factIds, f);
      if (words > bestWords) {
        bestWords = words;
        best = { metric, facts: [], conflicts: [fact] };
      } else if (words === bestWords && best.metric === metric) {
        best.conflicts.push(fact);
      }
    }
    return best;
  }

  /** How many distinct context words of metric `m` occur in [from, to), outside the figure itself. */
  private contextWordCount(tokens: Tokens, m: number, from: number, to: number, figure: RecognisedFigure): number {
    let count = 0;
    for (const phrase of this.contexts[m] as Phrase[]) {
      const length = phrase.full.length;
      for (let k = from; k + length <= to; k++) {
        if (k + length > figure.startToken && k < figure.endToken) continue;
        if (phraseMatches(phrase, tokens, k, to)) {
          count++;
          break;
        }
      }
    }
    return count;
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

  private isSentenceEnd(tokens: Tokens, k: number): boolean {
    if ((tokens.flags[k] as number) & TOKEN_BREAK) return true;
    if (!this.sentenceEnds.has(tokens.full[k] as number)) return false;
    // "5.500": a dot inside a number ends nothing.
    const glued =
      k > 0 &&
      k + 1 < tokens.count &&
      tokens.end[k - 1] === tokens.start[k] &&
      tokens.end[k] === tokens.start[k + 1] &&
      ((tokens.flags[k + 1] as number) & TOKEN_DIGITS) !== 0;
    return !glued;
  }

  private sentenceStart(tokens: Tokens, i: number): number {
    let k = i - 1;
    while (k >= 0 && i - k <= CONTEXT_BEFORE && !this.isSentenceEnd(tokens, k)) k--;
    return k + 1;
  }

  private sentenceEnd(tokens: Tokens, j: number): number {
    let k = j;
    while (k < tokens.count && k - j < CONTEXT_AFTER && !this.isSentenceEnd(tokens, k)) k++;
    return k;
  }

  /** Token distance from the figure to the nearest context word of metric `m` in [from, to); Infinity if none. */
  private contextDistance(tokens: Tokens, m: number, from: number, to: number, figure: RecognisedFigure): number {
    let best = Infinity;
    for (const phrase of this.contexts[m] as Phrase[]) {
      const length = phrase.full.length;
      for (let k = from; k + length <= to; k++) {
        if (k + length > figure.startToken && k < figure.endToken) continue;
        if (!phraseMatches(phrase, tokens, k, to)) continue;
        const distance = k < figure.startToken ? figure.startToken - (k + length) : k - figure.endToken;
        if (distance < best) best = distance;
      }
    }
    return best;
  }

  private yearInSentence(text: string, tokens: Tokens, from: number, to: number, year: number): boolean {
    if (!Number.isInteger(year)) return false;
    for (let k = from; k < to; k++) {
      if (digitLength(tokens, k) === 4 && digits(text, tokens, k) === year) return true;
    }
    return false;
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

function close(page: number, fact: number, tolerance: number): boolean {
  return Math.abs(page - fact) <= Math.max(tolerance, Math.abs(fact) * 0.001) * (1 + 1e-9);
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
