/**
 * The figure recogniser compiled: its vocabulary (figure-words.ts) as token ids and the facts' figures as columns,
 * plain arrays that survive structured clone and the annotator's encoding; compiled once, checked when restored.
 * The recogniser that runs on them is figures.ts.
 */
import { MEASURE_UNITS, SCALE_WORDS, UNIT_WORDS } from './figure-words.ts';
import { checkFrameState, compileFrameState, type FrameState } from './frames.ts';
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
  toStringList,
} from './state.ts';

// Read once: under a CommonJS transform (tsx, Vitest) every use of an imported binding is a getter call.
const { tokenize } = normalizeModule;

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
export const FACT_QUALIFIERS = ['', 'more-than', 'about', 'estimate', 'less-than'] as const;

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
