/**
 * The frame reader: what a figure on a page measures, read from its sentence. A number is tied to the fact base
 * by its frame, never by its value alone (DESIGN.md, "Figures that say what the page says").
 *
 * A frame is
 * - the **quantity**: the nearest quantity phrase to the number in its sentence (each metric declares its phrases,
 *   `Metric.frame.quantity`; "kim ngạch thương mại", "xuất khẩu", "vốn đăng ký", the unit "dự án" for counts).
 *   A phrase followed by a word that narrows it ("xuất khẩu gạo", "dự án thuộc lĩnh vực y tế") or preceded by
 *   one ("cà phê xuất khẩu") is another quantity, and so is a phrase of no metric nearer to the number ("giá",
 *   "lạm phát", "thặng dư thương mại"); after "trong đó" the number is a part of the quantity, not it. A metric
 *   may also need one of its `cues` in the sentence ("cấp phép" for newly licensed investment);
 * - the **scope and direction**: the places the sentence names (shared/text/frame-words.ts), each bound to the
 *   flow verb it belongs to ("Lào chi … nhập khẩu hàng hóa từ Việt Nam": Laos imports from Vietnam, so goods
 *   go Vietnam → Laos); "hai nước", "song phương" are the page's pair of countries — Vietnam and the foreign
 *   country named last before the sentence (in its block, then the text before it), else the page's subject;
 *   Vietnam is the implicit end of a flow ("xuất khẩu sang Lào"). A province, a city or a group of countries
 *   named as the scope is another scope ("Đà Nẵng cấp phép 6 dự án"). A sentence that names no scope takes
 *   the one of the sentence before it in the same block ("Riêng 6 tháng đầu năm 2024, 6 dự án …");
 * - the **period** (shared/text/periods.ts): the one in the number's clause, else the nearest before it, else
 *   after it, else the previous sentence's; comparison bases ("so với cùng kỳ năm 2023") are not it;
 * - the **role**: a target after "mục tiêu", "phấn đấu", "hướng tới" in the same clause; a growth rate for a
 *   percentage after "tăng", "giảm" or before "so với"; a share after "chiếm"; else a result;
 * - the **qualifier** right before the number: "hơn", "trên" (more than), "khoảng", "ước", "xấp xỉ" (about),
 *   "gần", "dưới" (less than).
 *
 * Cost: it runs only for numbers with a unit. One pass over the sentence's tokens with a table of first words
 * (a few hundred phrases), one regex pass of the sentence for periods; both cached for the other numbers of the
 * sentence.
 */

import type { QualifierName } from './frame-words.ts';
import * as frameWords from './frame-words.ts';
import type { MatchMetric } from './match-table.ts';
import * as normalizeModule from './normalize.ts';
import { type Lexicon, Tokens } from './normalize.ts';
import {
  isCumulativeKey,
  isOpenTargetKey,
  type PeriodKind,
  type PeriodMention,
  readPeriods,
  samePeriod,
} from './periods.ts';
import { checkArray, checkRange, checkSorted, checkThat } from './state.ts';

// Read once: under a CommonJS transform (tsx, Vitest) every use of an imported binding is a getter call.
const { Cue, CUES, HOME, Link, PLACES, QUALIFIER_NAMES } = frameWords;
const {
  TOKEN_ALL_UPPER,
  TOKEN_BREAK,
  TOKEN_DASH,
  TOKEN_DIACRITIC,
  TOKEN_DIGITS,
  TOKEN_UPPER_FIRST,
  TOKEN_WORD,
  tokenize,
} = normalizeModule;

import type { FigureRole } from '../factbase/kinds.ts';

export type { FigureRole };

/**
 * Tags beyond the language's cues (`Cue`): a metric's quantity phrase, one that needs a cue, a cue word (payload:
 * the metric), a place (payload: the place).
 */
const QUANTITY = 30;
const CUED_QUANTITY = 31;
const METRIC_CUE = 32;
const PLACE = 33;
const isQuantity = (tag: number) => tag === QUANTITY || tag === CUED_QUANTITY;

/** How far (tokens) a sentence may reach from a number, each way. */
const SENTENCE_REACH = 160;
/** How far back (tokens) the block is searched for the pair's foreign country. */
const PARTNER_REACH = 600;
/** How far back (characters) a report's period holds over paragraphs that name none. */
const RUNNING_REACH = 1000;
/** The kinds of period a report sets for the paragraphs after it (not a span, a running total or a target's). */
const RUNNING_KINDS: ReadonlySet<PeriodKind> = new Set(['year', 'months', 'quarter', 'month']);
/** A clause boundary between a number and a word counts as this many tokens of distance. */
const CLAUSE_COST = 4;

/** A metric's frame as the runtime reads it (`Metric.frame`, compiled). */
export interface MetricFrameState {
  unit: string;
  scope: string[];
  /** '' when the metric has no direction. */
  from: string;
  to: string;
  cumulative: boolean;
  average: boolean;
  roles: string[];
}

/**
 * The frame vocabulary as plain arrays. Phrase k is tokens `[phraseEnd[k - 1], phraseEnd[k])` of
 * `phraseFull`/`phraseBare`; `phraseCaps`/`phraseUpper` mark its tokens written with a capital / in capitals.
 * Entries (sorted by phrase) give each phrase its meanings: a tag (`Cue`, or QUANTITY, METRIC_CUE, PLACE) and
 * a payload (a `Qualifier`, a `Link`, a metric index, a place index).
 */
export interface FrameState {
  phraseFull: Int32Array;
  phraseBare: Int32Array;
  phraseEnd: Int32Array;
  phraseCaps: Int32Array;
  phraseUpper: Int32Array;
  entryPhrase: Int32Array;
  entryTag: Uint8Array;
  entryPayload: Int32Array;
  places: string[];
  placeCountry: Uint8Array;
  metrics: MetricFrameState[];
  /** The metric of each group of cued phrases (the payload of CUED_QUANTITY and METRIC_CUE entries). */
  groups: Int32Array;
  /** Token ids that end a sentence (. ! ?), that end a clause (, ; :), brackets (( )), a list item (;). */
  sentenceEnds: Int32Array;
  clauseEnds: Int32Array;
  brackets: Int32Array;
  listEnds: Int32Array;
  /** Bare ids of scale and unit words ("tỷ", "triệu", "USD", "%"): what makes a number an amount. */
  amountWords: Int32Array;
}

/** Compiles the vocabulary: the language's cue words and places, and each metric's quantity phrases and cues. */
export function compileFrameState(lexicon: Lexicon, metrics: readonly MatchMetric[]): FrameState {
  const scratch = new Tokens();
  const full: number[] = [];
  const bare: number[] = [];
  const ends: number[] = [];
  const caps: number[] = [];
  const upper: number[] = [];
  const index = new Map<string, number>();
  const phrase = (text: string): number => {
    tokenize(text, scratch, lexicon, true);
    const key = idsKey(scratch);
    const known = index.get(key);
    if (known !== undefined) {
      // Same words: a capital in any spelling is not required (the looser rule wins).
      caps[known] = (caps[known] as number) & capsMask(scratch);
      upper[known] = (upper[known] as number) & upperMask(scratch);
      return known;
    }
    for (let k = 0; k < scratch.count; k++) {
      full.push(scratch.full[k] as number);
      bare.push(scratch.bare[k] as number);
    }
    ends.push(full.length);
    caps.push(capsMask(scratch));
    upper.push(upperMask(scratch));
    index.set(key, ends.length - 1);
    return ends.length - 1;
  };
  const entries: Array<[number, number, number]> = [];
  for (const [cue, payload, phrases] of CUES) for (const text of phrases) entries.push([phrase(text), cue, payload]);
  const places: string[] = [];
  const placeCountry: number[] = [];
  for (const place of PLACES) {
    const at = places.push(place.id) - 1;
    placeCountry.push(place.country ? 1 : 0);
    for (const name of place.names) entries.push([phrase(name), PLACE, at]);
  }
  const groups: number[] = [];
  const frames: MetricFrameState[] = metrics.map((metric, m) => {
    for (const text of metric.frame.quantity) entries.push([phrase(text), QUANTITY, m]);
    for (const cued of metric.frame.cued ?? []) {
      const group = groups.push(m) - 1;
      for (const text of cued.quantity) entries.push([phrase(text), CUED_QUANTITY, group]);
      for (const text of cued.cues) entries.push([phrase(text), METRIC_CUE, group]);
    }
    return {
      unit: metric.unit,
      scope: [...metric.frame.scope],
      from: metric.frame.direction?.from ?? '',
      to: metric.frame.direction?.to ?? '',
      cumulative: metric.frame.cumulative ?? false,
      average: metric.frame.average ?? false,
      roles: [...metric.frame.roles],
    };
  });
  // A quantity that is a flow verb with more words ("nhập khẩu hàng hóa", "kim ngạch xuất khẩu") flows the same
  // way; one with both ("xuất nhập khẩu") is no flow.
  const flows = new Map<number, Set<number>>();
  for (const [p, tag] of entries) {
    if (tag !== Cue.Inbound && tag !== Cue.Outbound) continue;
    flows.set(p, new Set([tag]));
  }
  const tokensOf = (p: number) => full.slice(p > 0 ? (ends[p - 1] as number) : 0, ends[p] as number);
  const flowPhrases = [...flows.keys()].map((p) => ({
    tag: [...(flows.get(p) as Set<number>)][0] as number,
    ids: tokensOf(p),
  }));
  flowPhrases.sort((a, b) => b.ids.length - a.ids.length);
  for (const [p, tag] of [...entries]) {
    if (!isQuantity(tag) || flows.has(p)) continue;
    const ids = tokensOf(p);
    const found = new Set<number>();
    for (let k = 0; k < ids.length; ) {
      const flow = flowPhrases.find((f) => f.ids.every((id, j) => ids[k + j] === id));
      if (flow) {
        found.add(flow.tag);
        k += flow.ids.length;
      } else k++;
    }
    flows.set(p, found);
    if (found.size === 1) entries.push([p, [...found][0] as number, 0]);
  }
  entries.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
  const id = (text: string) => {
    tokenize(text, scratch, lexicon, true);
    return scratch.full[0] as number;
  };
  const bareId = (text: string) => {
    tokenize(text, scratch, lexicon, true);
    return scratch.bare[0] as number;
  };
  return {
    phraseFull: Int32Array.from(full),
    phraseBare: Int32Array.from(bare),
    phraseEnd: Int32Array.from(ends),
    phraseCaps: Int32Array.from(caps),
    phraseUpper: Int32Array.from(upper),
    entryPhrase: column(new Int32Array(entries.length), entries, 0),
    entryTag: column(new Uint8Array(entries.length), entries, 1),
    entryPayload: column(new Int32Array(entries.length), entries, 2),
    places,
    placeCountry: Uint8Array.from(placeCountry),
    metrics: frames,
    groups: Int32Array.from(groups),
    sentenceEnds: Int32Array.from(new Set(['.', '!', '?'].map(id))),
    clauseEnds: Int32Array.from(new Set([',', ';', ':'].map(id))),
    brackets: Int32Array.from(new Set(['(', ')'].map(id))),
    listEnds: Int32Array.from([id(';')]),
    amountWords: Int32Array.from(
      new Set(['%', 'tỷ', 'tỉ', 'triệu', 'nghìn', 'ngàn', 'USD', 'đồng', 'phần', 'dự'].map(bareId)),
    ),
  };
}

/** The tokens' full ids as a string, two UTF-16 units an id (a map key: making it costs little at each phrase). */
function idsKey(tokens: Tokens): string {
  let key = '';
  for (let k = 0; k < tokens.count; k++) {
    const id = tokens.full[k] as number;
    key += String.fromCharCode(id >>> 16, id & 0xffff);
  }
  return key;
}

/** `array` filled with field `field` of each entry (`TypedArray.from` with a mapping function is much slower). */
function column<T extends Int32Array | Uint8Array>(
  array: T,
  entries: ReadonlyArray<readonly number[]>,
  field: number,
): T {
  for (let k = 0; k < entries.length; k++) array[k] = (entries[k] as readonly number[])[field] as number;
  return array;
}

function capsMask(tokens: Tokens): number {
  let mask = 0;
  for (let k = 0; k < Math.min(tokens.count, 31); k++)
    if ((tokens.flags[k] as number) & TOKEN_UPPER_FIRST) mask |= 1 << k;
  return mask;
}

function upperMask(tokens: Tokens): number {
  let mask = 0;
  for (let k = 0; k < Math.min(tokens.count, 31); k++)
    if ((tokens.flags[k] as number) & TOKEN_ALL_UPPER) mask |= 1 << k;
  return mask;
}

/** Checks a `FrameState` for `metricCount` metrics; throws a `StateError`. */
export function checkFrameState(state: FrameState, metricCount: number): void {
  checkThat(typeof state === 'object' && state !== null, 'frames are missing');
  checkArray(state.phraseFull, Int32Array, 'frames.phraseFull');
  checkArray(state.phraseBare, Int32Array, 'frames.phraseBare', state.phraseFull.length);
  checkArray(state.phraseEnd, Int32Array, 'frames.phraseEnd');
  const phrases = state.phraseEnd.length;
  checkSorted(state.phraseEnd, 1, state.phraseFull.length, 'frames.phraseEnd');
  checkArray(state.phraseCaps, Int32Array, 'frames.phraseCaps', phrases);
  checkArray(state.phraseUpper, Int32Array, 'frames.phraseUpper', phrases);
  checkArray(state.entryPhrase, Int32Array, 'frames.entryPhrase');
  const entries = state.entryPhrase.length;
  checkArray(state.entryTag, Uint8Array, 'frames.entryTag', entries);
  checkArray(state.entryPayload, Int32Array, 'frames.entryPayload', entries);
  checkSorted(state.entryPhrase, 0, phrases - 1, 'frames.entryPhrase');
  checkThat(
    Array.isArray(state.places) && state.places.every((place) => typeof place === 'string'),
    'frames.places is not a list of strings',
  );
  checkArray(state.placeCountry, Uint8Array, 'frames.placeCountry', state.places.length);
  checkArray(state.groups, Int32Array, 'frames.groups');
  checkRange(state.groups, 0, metricCount, 'frames.groups');
  checkArray(state.sentenceEnds, Int32Array, 'frames.sentenceEnds');
  checkArray(state.clauseEnds, Int32Array, 'frames.clauseEnds');
  checkArray(state.brackets, Int32Array, 'frames.brackets');
  checkArray(state.listEnds, Int32Array, 'frames.listEnds');
  checkArray(state.amountWords, Int32Array, 'frames.amountWords');
  checkThat(Array.isArray(state.metrics) && state.metrics.length === metricCount, 'frames.metrics: wrong count');
  const strings = (value: unknown) => Array.isArray(value) && value.every((item) => typeof item === 'string');
  for (const frame of state.metrics) {
    checkThat(
      typeof frame === 'object' &&
        frame !== null &&
        typeof frame.unit === 'string' &&
        strings(frame.scope) &&
        typeof frame.from === 'string' &&
        typeof frame.to === 'string' &&
        typeof frame.cumulative === 'boolean' &&
        typeof frame.average === 'boolean' &&
        strings(frame.roles),
      'frames.metrics: a malformed metric frame',
    );
  }
  for (let e = 0; e < entries; e++) {
    const tag = state.entryTag[e] as number;
    const payload = state.entryPayload[e] as number;
    if (tag === QUANTITY) checkThat(payload >= 0 && payload < metricCount, 'frames: bad metric');
    if (tag === CUED_QUANTITY || tag === METRIC_CUE)
      checkThat(payload >= 0 && payload < state.groups.length, 'frames: bad group');
    if (tag === PLACE) checkThat(payload >= 0 && payload < state.places.length, 'frames: bad place');
  }
  checkRange(state.entryPayload, -1, 0x7fffffff, 'frames.entryPayload');
}

/** A phrase found in a sentence: tokens [start, end), one of its meanings. */
interface Hit {
  start: number;
  end: number;
  tag: number;
  payload: number;
}

/** What the caller knows of the page: its date, its subject, the text before this block. */
export interface FrameContext {
  /** The article's date, `YYYY-MM-DD`. */
  date?: string;
  /** The countries the page is about (place ids, e.g. `['viet-nam', 'lao']`); "hai nước" reads as these. */
  subject?: readonly string[];
  /** The text that comes before this block on the page (for "hai nước" when the block names no country). */
  before?: () => string;
}

/** A figure's frame, as read (see the module comment). */
export interface Frame {
  /** Metric index (into the table's metrics), or -1. */
  metric: number;
  period?: string;
  periodKind?: PeriodKind;
  role: FigureRole;
  qualifier?: QualifierName;
  /** The places it is about (ids), as read or resolved. */
  scope: string[];
  /**
   * How the scope was known: named in the sentence (or "hai nước"), carried from the sentence before, or only
   * the page's subject. A disagreement needs more than the subject.
   */
  evidence: 'named' | 'carried' | 'subject';
  /** +1, or -1 for a fall ("giảm 5%"). */
  sign: number;
  /** The period came from a paragraph before (`PeriodMention.carried`): a fact it agrees with, no disagreement. */
  periodCarried?: boolean;
}

/** A figure as the recogniser read it: what the frame reader needs of it. */
export interface FramedNumber {
  value: number;
  valueMax?: number;
  unit: string;
  startToken: number;
  endToken: number;
}

interface Sentence {
  from: number;
  to: number;
  hits: Hit[];
  periods: PeriodMention[] | undefined;
  /** The pair's foreign country for this sentence, once looked for (null: none). */
  partner?: string | null;
  /** The places of each quantity of the sentence (by the quantity's first token), once read. */
  places?: Map<number, PlaceOf[]>;
}

/** A place a quantity's figure is about, with the end of the flow it names and the word before it. */
interface PlaceOf {
  id: string;
  country: boolean;
  end: 'from' | 'to' | undefined;
  link: number | undefined;
}

export class FrameReader {
  private readonly state: FrameState;
  /** Bare id of a phrase's first token → its phrases, longest first. */
  private readonly byFirst = new Map<number, number[]>();
  private readonly entriesOf: Array<[number, number]>;
  private readonly sentenceEnds: Set<number>;
  private readonly clauseEnds: Set<number>;
  private readonly brackets: Set<number>;
  private readonly listEnds: Set<number>;
  /** The units the metrics measure in. */
  private readonly units: Set<string>;
  /** Bare ids of the words that make a number an amount (scales, units, "%"). */
  private readonly amountWords: Set<number>;
  private readonly lexicon: Lexicon;
  private readonly scratch = new Tokens();
  private cache: Sentence[] = [];
  /** Each sentence's running period (by its start offset; null: none), for the current text. */
  private readonly running = new Map<number, PeriodMention | null>();
  private cacheText = '';
  /** The countries the current text names, when first needed (for "hai nước"). */
  private textCountries: Hit[] | undefined;

  constructor(state: FrameState, lexicon: Lexicon) {
    this.state = state;
    this.lexicon = lexicon;
    const phrases = state.phraseEnd.length;
    const length = (k: number) => (state.phraseEnd[k] as number) - (k > 0 ? (state.phraseEnd[k - 1] as number) : 0);
    for (let k = 0; k < phrases; k++) {
      const first = state.phraseBare[k > 0 ? (state.phraseEnd[k - 1] as number) : 0] as number;
      const list = this.byFirst.get(first);
      if (list) list.push(k);
      else this.byFirst.set(first, [k]);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => length(b) - length(a));
    this.entriesOf = new Array(phrases);
    for (let e = 0; e < state.entryPhrase.length; e++) {
      const p = state.entryPhrase[e] as number;
      const range = this.entriesOf[p];
      if (range) range[1] = e + 1;
      else this.entriesOf[p] = [e, e + 1];
    }
    this.sentenceEnds = new Set(state.sentenceEnds);
    this.clauseEnds = new Set(state.clauseEnds);
    this.brackets = new Set(state.brackets);
    this.listEnds = new Set(state.listEnds);
    this.units = new Set(state.metrics.map((metric) => metric.unit));
    this.amountWords = new Set(state.amountWords);
  }

  /** Forget what was read of the previous text (call once per text annotated). */
  reset(text: string): void {
    this.cache = [];
    this.running.clear();
    this.cacheText = text;
    this.textCountries = undefined;
  }

  /**
   * Reads the frame of a number and picks its metric (or none) among `figures`' metrics. `tokens` are `text`'s.
   */
  read(text: string, tokens: Tokens, figure: FramedNumber, context: FrameContext, full = true): Frame {
    const frame: Frame = { metric: -1, role: 'result', scope: [], evidence: 'named', sign: 1 };
    // A unit no metric measures ("45 tỷ đồng" when the base has none in đồng): nothing to read for a highlight.
    if (!full && !this.units.has(figure.unit)) return frame;
    if (text !== this.cacheText) this.reset(text);
    const sentence = this.sentenceAt(tokens, figure.startToken, figure.endToken);
    const hits = sentence.hits;
    frame.role = this.roleOf(tokens, sentence, figure);
    // No quantity of any metric: the rest of the frame is read only for a card that shows every number.
    const quantity = this.quantityOf(tokens, sentence, figure, frame.role);
    if (!quantity && !full) return frame;
    const qualifier = this.qualifierOf(hits, figure);
    if (qualifier) frame.qualifier = qualifier;
    const average = this.averaged(tokens, sentence, figure);
    frame.sign = this.signOf(hits, figure, frame.role);

    // Period: in the number's clause, else before it, else after it, else the previous sentences'.
    const period = this.withYearNamedBefore(
      this.periodOf(text, tokens, sentence, figure, context, frame.role),
      text,
      tokens,
      sentence,
      context,
    );
    if (period) {
      frame.period = period.key;
      frame.periodKind = period.kind;
    }

    if (!quantity) return frame;
    // A growth rate against another month of the same year ("tăng 60% so với tháng 11/2022") is no
    // year-on-year growth, which is what the series measure.
    if (frame.role === 'growth' && period && this.againstSameYear(text, tokens, sentence, figure, period, context)) {
      return frame;
    }
    let best = -1;
    let bestScore = Infinity;
    let bestScope: { scope: string[]; evidence: Frame['evidence'] } | undefined;
    let bestPeriod = period;
    for (const hit of quantity.hits) {
      const m = this.metricOf(hit);
      const metric = this.state.metrics[m] as MetricFrameState;
      if (metric.unit !== figure.unit) continue;
      if (!metric.roles.includes(frame.role)) continue;
      if (metric.average !== average) continue;
      // A flow of the year read "tính đến hết tháng 5" is the year so far; a running total keeps the day.
      // (A running total, when one fits, comes first: "tính đến tháng 8/2024, … tổng vốn đăng ký 5,5 tỷ USD".)
      // A report's running period places flows of its kind, not a running total ("Việt Nam có 237 dự án").
      let own = period?.carried && (metric.cumulative || period.kind === 'cumulative') ? undefined : period;
      let score = 0;
      if (own?.kind === 'cumulative' && !metric.cumulative && own.yearToDate) {
        own = { ...own, key: own.yearToDate, kind: 'months' };
        score += 1;
      }
      const cumulative = own?.kind === 'cumulative';
      if (metric.cumulative ? own !== undefined && !cumulative : cumulative) continue;
      // No period named: a stock ("Việt Nam có 256 dự án tại Lào") before a flow of some period.
      if (own === undefined && !metric.cumulative) score += 0.5;
      if (hit.tag === CUED_QUANTITY) {
        const cue = this.nearest(hits, figure, (h) => h.tag === METRIC_CUE && h.payload === hit.payload);
        if (!cue) continue;
        score += cue.distance;
      }
      const scope = this.scopeOf(tokens, sentence, figure, quantity.at, metric, context);
      if (!scope) continue;
      if (score < bestScore) {
        best = m;
        bestScore = score;
        bestScope = scope;
        bestPeriod = own;
      }
    }
    if (best < 0 || !bestScope) return frame;
    // The metric's own reading of the period: a carried one does not place a running total (read above).
    if (bestPeriod) {
      frame.period = bestPeriod.key;
      frame.periodKind = bestPeriod.kind;
      if (bestPeriod.carried) frame.periodCarried = true;
    } else {
      delete frame.period;
      delete frame.periodKind;
    }
    frame.metric = best;
    frame.scope = bestScope.scope;
    frame.evidence = bestScope.evidence;
    return frame;
  }

  /** The metric a quantity hit names. */
  private metricOf(hit: Hit): number {
    return hit.tag === CUED_QUANTITY ? (this.state.groups[hit.payload] as number) : hit.payload;
  }

  /** The countries named in `text` (place ids), most named first; for a page's subject. */
  countriesIn(text: string): string[] {
    tokenize(text, this.scratch, this.lexicon);
    return this.countriesOf(this.countryHits(this.scratch));
  }

  private countriesOf(hits: readonly Hit[]): string[] {
    const counts = new Map<string, number>();
    for (const hit of hits) {
      const id = this.state.places[hit.payload] as string;
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1]).map(([id]) => id);
  }

  /** Every country named in the tokens, in order. */
  private countryHits(tokens: Tokens): Hit[] {
    return this.scan(tokens, 0, tokens.count, PLACE).filter((hit) => this.state.placeCountry[hit.payload] === 1);
  }

  /** The countries of the text being read, found once when first needed. */
  private textCountryHits(tokens: Tokens): Hit[] {
    this.textCountries ??= this.countryHits(tokens);
    return this.textCountries;
  }

  // --- sentences and phrases ---

  private isSentenceEnd(tokens: Tokens, k: number): boolean {
    if ((tokens.flags[k] as number) & TOKEN_BREAK) return true;
    if (!this.sentenceEnds.has(tokens.full[k] as number)) return false;
    // "5.500", "1.7": a dot inside a number ends nothing.
    const glued =
      k > 0 &&
      k + 1 < tokens.count &&
      tokens.end[k - 1] === tokens.start[k] &&
      tokens.end[k] === tokens.start[k + 1] &&
      ((tokens.flags[k + 1] as number) & TOKEN_DIGITS) !== 0;
    return !glued;
  }

  private sentenceAt(tokens: Tokens, first: number, last: number): Sentence {
    for (const sentence of this.cache) if (sentence.from <= first && last <= sentence.to) return sentence;
    let from = first - 1;
    while (from >= 0 && first - from <= SENTENCE_REACH && !this.isSentenceEnd(tokens, from)) from--;
    from++;
    let to = last;
    while (to < tokens.count && to - last < SENTENCE_REACH && !this.isSentenceEnd(tokens, to)) to++;
    const sentence: Sentence = { from, to, hits: this.scan(tokens, from, to), periods: undefined };
    this.cache.push(sentence);
    return sentence;
  }

  /** The previous sentence in the same text, or undefined at its start. */
  private sentenceBefore(tokens: Tokens, sentence: Sentence): Sentence | undefined {
    let k = sentence.from - 1;
    // Skip the end mark (and a break) before the sentence.
    while (k >= 0 && (this.isSentenceEnd(tokens, k) || !((tokens.flags[k] as number) & TOKEN_WORD))) {
      if ((tokens.flags[k] as number) & TOKEN_BREAK) return undefined;
      k--;
    }
    return k >= 0 ? this.sentenceAt(tokens, k, k + 1) : undefined;
  }

  /** Every phrase in tokens [from, to), leftmost-longest, each with all its meanings (or only those tagged `only`). */
  private scan(tokens: Tokens, from: number, to: number, only = -1): Hit[] {
    const state = this.state;
    let accentless = true;
    for (let k = from; k < to; k++) {
      if ((tokens.flags[k] as number) & TOKEN_DIACRITIC) {
        accentless = false;
        break;
      }
    }
    const hits: Hit[] = [];
    for (let k = from; k < to; ) {
      const candidates = this.byFirst.get(tokens.bare[k] as number);
      let matched = -1;
      let length = 0;
      if (candidates && tokens.bare[k] !== 0) {
        for (const p of candidates) {
          const start = p > 0 ? (state.phraseEnd[p - 1] as number) : 0;
          const n = (state.phraseEnd[p] as number) - start;
          if (k + n > to) continue;
          let ok = true;
          const caps = state.phraseCaps[p] as number;
          const upper = state.phraseUpper[p] as number;
          for (let j = 0; j < n && ok; j++) {
            const flags = tokens.flags[k + j] as number;
            if (tokens.full[k + j] !== state.phraseFull[start + j]) {
              if (!accentless || tokens.bare[k + j] !== state.phraseBare[start + j]) ok = false;
            }
            if (j < 31 && caps & (1 << j) && !(flags & TOKEN_UPPER_FIRST)) ok = false;
            if (j < 31 && upper & (1 << j) && !(flags & TOKEN_ALL_UPPER)) ok = false;
          }
          if (ok) {
            matched = p;
            length = n;
            break;
          }
        }
      }
      if (matched < 0) {
        k++;
        continue;
      }
      const range = this.entriesOf[matched];
      if (range) {
        for (let e = range[0]; e < range[1]; e++) {
          if (only >= 0 && state.entryTag[e] !== only) continue;
          hits.push({
            start: k,
            end: k + length,
            tag: state.entryTag[e] as number,
            payload: state.entryPayload[e] as number,
          });
        }
      }
      k += length;
    }
    return hits;
  }

  private isClauseEnd(tokens: Tokens, k: number): boolean {
    return this.clauseEnds.has(tokens.full[k] as number) || this.brackets.has(tokens.full[k] as number);
  }

  private isCommaLike(tokens: Tokens, k: number): boolean {
    return this.clauseEnds.has(tokens.full[k] as number);
  }

  private isBracket(tokens: Tokens, k: number): boolean {
    return this.brackets.has(tokens.full[k] as number);
  }

  /** Clause boundaries between tokens a and b (exclusive), either order. */
  private boundariesBetween(tokens: Tokens, a: number, b: number): number {
    let count = 0;
    for (let k = Math.min(a, b); k < Math.max(a, b); k++) if (this.isClauseEnd(tokens, k)) count++;
    return count;
  }

  /** Distance from a hit to the number: tokens between, clause boundaries weighed; a hit after it costs one more. */
  private distance(tokens: Tokens, hit: { start: number; end: number }, figure: FramedNumber): number {
    if (hit.end <= figure.startToken) {
      return figure.startToken - hit.end + CLAUSE_COST * this.boundariesBetween(tokens, hit.end, figure.startToken);
    }
    if (hit.start >= figure.endToken) {
      return 1 + hit.start - figure.endToken + CLAUSE_COST * this.boundariesBetween(tokens, figure.endToken, hit.start);
    }
    return 0;
  }

  private nearest(
    hits: readonly Hit[],
    figure: FramedNumber,
    accept: (hit: Hit) => boolean,
    tokens?: Tokens,
  ): { hit: Hit; distance: number } | undefined {
    let best: { hit: Hit; distance: number } | undefined;
    for (const hit of hits) {
      if (!accept(hit)) continue;
      const distance = tokens
        ? this.distance(tokens, hit, figure)
        : hit.end <= figure.startToken
          ? figure.startToken - hit.end
          : Math.max(0, hit.start - figure.endToken + 1);
      if (!best || distance < best.distance) best = { hit, distance };
    }
    return best;
  }

  // --- the parts of the frame ---

  private qualifierOf(hits: readonly Hit[], figure: FramedNumber): QualifierName | undefined {
    for (const hit of hits) {
      if (hit.tag !== Cue.Qualifier || hit.end > figure.startToken) continue;
      const gap = figure.startToken - hit.end;
      if (gap === 0) return QUALIFIER_NAMES[hit.payload] as QualifierName;
      // "ước tính đạt 6,28", "khoảng là": one filler word between.
      if (gap === 1 && this.isFiller(hits, hit.end)) return QUALIFIER_NAMES[hit.payload] as QualifierName;
    }
    return undefined;
  }

  private isFiller(hits: readonly Hit[], k: number): boolean {
    return hits.some((hit) => hit.start === k && hit.end === k + 1 && hit.tag === Cue.Continues);
  }

  /** The clause of token k: [start, end) between commas, semicolons, colons and, with `brackets`, parentheses. */
  private clauseOf(tokens: Tokens, sentence: Sentence, k: number, brackets: boolean): [number, number] {
    const cuts = (j: number) => this.isCommaLike(tokens, j) || (brackets && this.isBracket(tokens, j));
    let start = k;
    while (start > sentence.from && !cuts(start - 1)) start--;
    let end = k;
    while (end < sentence.to && !cuts(end)) end++;
    return [start, end];
  }

  private roleOf(tokens: Tokens, sentence: Sentence, figure: FramedNumber): FigureRole {
    const hits = sentence.hits;
    // A target's clause is not cut by brackets: "vượt mục tiêu đã đề ra (tăng trưởng 10 - 15%)".
    // A sentence that opens with one is about targets throughout: "Mục tiêu năm 2025, kim ngạch … tăng 10 - 15%".
    const [clauseStart] = this.clauseOf(tokens, sentence, figure.startToken, false);
    const opening = (hit: Hit) => hit.start <= sentence.from + 1;
    const targetCue = (hit: Hit) =>
      hit.tag === Cue.Target && (hit.start >= clauseStart || opening(hit)) && hit.end <= figure.startToken;
    if (hits.some(targetCue)) {
      return 'target';
    }
    const [start, end] = this.clauseOf(tokens, sentence, figure.startToken, true);
    if (figure.unit === '%') {
      if (hits.some((hit) => hit.tag === Cue.Share && hit.start >= start && hit.end <= figure.startToken))
        return 'share';
      const growth = hits.some(
        (hit) =>
          hit.tag === Cue.Growth &&
          ((hit.start >= start && hit.end <= figure.startToken) || (hit.start >= figure.endToken && hit.end <= end)),
      );
      if (growth) return 'growth';
      return 'result';
    }
    // "tăng 300 triệu USD": an increase, not the level ("tăng lên 2 tỷ USD" is the level; "tăng thêm 5 dự án
    // mới" counts the new ones).
    if (figure.unit !== 'USD' && figure.unit !== 'VND') return 'result';
    for (const hit of hits) {
      if (hit.tag !== Cue.Growth || hit.payload === 2 || hit.end > figure.startToken) continue;
      const gap = figure.startToken - hit.end;
      const qualified = gap === 1 && hits.some((h) => h.tag === Cue.Qualifier && h.start === hit.end);
      if (gap === 0 || qualified) return 'growth';
    }
    return 'result';
  }

  /** An average over a span: "bình quân", "trung bình" before the number, or "/năm", "mỗi năm" after it. */
  private averaged(tokens: Tokens, sentence: Sentence, figure: FramedNumber): boolean {
    const [start, end] = this.clauseOf(tokens, sentence, figure.startToken, true);
    return sentence.hits.some(
      (hit) =>
        hit.tag === Cue.Average &&
        ((hit.end <= figure.startToken && (figure.unit === '%' || hit.start >= start)) ||
          (hit.start >= figure.endToken && hit.end <= end && hit.payload === 1)),
    );
  }

  private signOf(hits: readonly Hit[], figure: FramedNumber, role: FigureRole): number {
    if (role !== 'growth') return 1;
    let nearest: Hit | undefined;
    for (const hit of hits) {
      if (hit.tag === Cue.Growth && hit.end <= figure.startToken && (!nearest || hit.end > nearest.end)) nearest = hit;
    }
    return nearest?.payload === 1 ? -1 : 1;
  }

  /**
   * A period whose year neither the text nor the article's date gives ("ba tháng đầu năm" on a page without a
   * date) is in the year the paragraph last named before it ("Thương mại … trong quý I/2025 … ba tháng đầu năm").
   */
  private withYearNamedBefore(
    period: PeriodMention | undefined,
    text: string,
    tokens: Tokens,
    sentence: Sentence,
    context: FrameContext,
  ): PeriodMention | undefined {
    if (!period?.key.startsWith('?-')) return period;
    let current: Sentence | undefined = sentence;
    for (let n = 0; current && n < 3; n++) {
      const named = this.periodsOf(text, tokens, current, context).filter(
        (other) => !other.comparison && other.end <= period.start && /^\d{4}/.test(other.key),
      );
      const last = named[named.length - 1];
      if (last) return { ...period, key: `${last.key.slice(0, 4)}${period.key.slice(1)}` };
      current = this.sentenceBefore(tokens, current);
    }
    // Else the year of the report's running period ("Trong 6 tháng đầu năm 2022, …" paragraphs before "Riêng trong
    // tháng 6 vừa qua, …").
    const running = this.runningPeriod(text, tokens, sentence, context);
    if (running && /^\d{4}/.test(running.key))
      return { ...period, key: `${running.key.slice(0, 4)}${period.key.slice(1)}` };
    return period;
  }

  private periodOf(
    text: string,
    tokens: Tokens,
    sentence: Sentence,
    figure: FramedNumber,
    context: FrameContext,
    role: FigureRole,
  ): PeriodMention | undefined {
    const own = this.periodsOf(text, tokens, sentence, context).filter((period) => !period.comparison);
    const at = tokens.start[figure.startToken] as number;
    const after = tokens.end[figure.endToken - 1] as number;
    const [clauseStart, clauseEnd] = this.clauseOf(tokens, sentence, figure.startToken, true);
    const from = tokens.start[clauseStart] as number;
    const to = clauseEnd < tokens.count ? (tokens.start[clauseEnd] as number) : text.length;
    const gap = (period: PeriodMention) => (period.end <= at ? at - period.end : period.start - after + 1);
    const nearest = (list: PeriodMention[]) =>
      list.reduce((best, period) => (gap(period) < gap(best) ? period : best), list[0] as PeriodMention);
    const inClause = own.filter((period) => period.start >= from && period.end <= to);
    if (role !== 'target') {
      const base = this.comparedValueOf(text, tokens, sentence, figure, context, own);
      if (base) return base;
    }
    if (role === 'target') {
      // A target's period is its own: in its clause, or before it with no other number between ("Trong năm 2025,
      // … tăng từ 10 - 15% … và hướng tới mục tiêu 5 tỷ USD": the 5 tỷ is open-ended).
      if (inClause.length > 0) return nearest(inClause);
      const before = own.filter(
        (period) => period.end <= at && !this.otherTargetBetween(tokens, sentence, period.end, at),
      );
      if (before.length > 0) return before[before.length - 1];
    } else if (own.length > 0) {
      if (inClause.length > 0) return nearest(inClause);
      const before = own.filter((period) => period.end <= at);
      if (before.length > 0) return before[before.length - 1];
      return own[0];
    }
    // "tăng 24% so với năm 2021" with no other period: the year after the one compared with.
    if (role !== 'target') {
      const base = this.periodsOf(text, tokens, sentence, context).find(
        (period) => period.comparison && !period.sameTime && period.kind === 'year' && /^\d{4}$/.test(period.key),
      );
      if (base) return { ...base, key: String(Number(base.key) + 1), comparison: false };
    }
    // A target without a year is open-ended: set at the article's month.
    if (role === 'target') {
      const open = own.find((period) => period.kind === 'open');
      if (open) return open;
      const set = context.date ? context.date.slice(0, 7) : '?';
      return { key: set, kind: 'open', start: at, end: at, comparison: false };
    }
    // "Riêng …", "Trong đó, …": a sentence without a period takes the one before it in the block.
    let previous = this.sentenceBefore(tokens, sentence);
    for (let n = 0; previous && n < 2; n++) {
      const periods = this.periodsOf(text, tokens, previous, context).filter((period) => !period.comparison);
      if (periods.length > 0) return periods[periods.length - 1];
      previous = this.sentenceBefore(tokens, previous);
    }
    return this.runningPeriod(text, tokens, sentence, context);
  }

  /**
   * A report's running period: "Tổng kim ngạch … từ tháng 1-10/2022 …" and, a paragraph later, "Xuất khẩu … đạt
   * 512,3 triệu USD, tăng 3,7% so với cùng kỳ 2021": the last period (of `RUNNING_KINDS`, not a comparison base)
   * named within `RUNNING_REACH` characters before the sentence, in this text and then the text before the block.
   */
  private runningPeriod(
    text: string,
    tokens: Tokens,
    sentence: Sentence,
    context: FrameContext,
  ): PeriodMention | undefined {
    const at = tokens.start[sentence.from] as number;
    const cached = this.running.get(at);
    if (cached !== undefined) return cached ?? undefined;
    // A flow's cut-off written out ("lũy kế đến hết tháng 6/2024") runs on as the year so far (2024-H1).
    const running = (period: PeriodMention): PeriodMention | undefined =>
      period.comparison
        ? undefined
        : RUNNING_KINDS.has(period.kind)
          ? period
          : period.yearToDate
            ? { ...period, key: period.yearToDate, kind: 'months' }
            : undefined;
    const last = (periods: PeriodMention[]) =>
      periods
        .map(running)
        .filter((period) => period !== undefined)
        .at(-1);
    const from = Math.max(0, at - RUNNING_REACH);
    let found = at > 0 ? last(readPeriods(text.slice(from, at), context.date)) : undefined;
    if (!found && from === 0 && context.before) {
      const before = context.before().slice(-(RUNNING_REACH - at));
      if (before) found = last(readPeriods(before, context.date));
    }
    const period = found ? { ...found, start: at, end: at, carried: true } : undefined;
    this.running.set(at, period ?? null);
    return period;
  }

  /**
   * The value of a comparison base, written right after it: "tăng 60% so với tháng 11/2022 (132,1 triệu USD)" is
   * November's; "so với cùng kỳ năm 2021 (568,3 triệu USD)" is the same months of 2021 as the figure's report.
   */
  private comparedValueOf(
    text: string,
    tokens: Tokens,
    sentence: Sentence,
    figure: FramedNumber,
    context: FrameContext,
    own: PeriodMention[],
  ): PeriodMention | undefined {
    const at = tokens.start[figure.startToken] as number;
    const base = this.periodsOf(text, tokens, sentence, context).find(
      (period) => period.comparison && period.end <= at && /^\s*\(\s*$/.test(text.slice(period.end, at)),
    );
    if (!base || !/^\d{4}/.test(base.key)) return undefined;
    if (!base.sameTime) return { ...base, comparison: false };
    // The same part of another year: the months of the period the report is about.
    const main =
      own.filter((period) => period.end <= base.start).at(-1) ?? this.runningPeriod(text, tokens, sentence, context);
    if (!main || !/^(?:\d{4}|\?)-/.test(main.key)) return undefined;
    return { ...base, key: `${base.key.slice(0, 4)}${main.key.slice(main.key.indexOf('-'))}`, comparison: false };
  }

  private againstSameYear(
    text: string,
    tokens: Tokens,
    sentence: Sentence,
    figure: FramedNumber,
    period: PeriodMention,
    context: FrameContext,
  ): boolean {
    const after = tokens.end[figure.endToken - 1] as number;
    const [, clauseEnd] = this.clauseOf(tokens, sentence, figure.startToken, true);
    const to = clauseEnd < tokens.count ? (tokens.start[clauseEnd] as number) : text.length;
    const base = this.periodsOf(text, tokens, sentence, context).find(
      (other) => other.comparison && other.start >= after && other.end <= to,
    );
    return base !== undefined && base.kind === 'month' && base.key.slice(0, 4) === period.key.slice(0, 4);
  }

  /**
   * Is another target set between text offsets a and b — a target cue followed by an amount before b ("Trong năm
   * 2025, … phấn đấu … tăng từ 10 - 15% … và hướng tới … 5 tỷ USD": the year is the 10 - 15%'s; "Kỳ họp lần thứ
   * 44" is no amount)?
   */
  private otherTargetBetween(tokens: Tokens, sentence: Sentence, a: number, b: number): boolean {
    let cue = false;
    for (let k = sentence.from; k < sentence.to; k++) {
      const start = tokens.start[k] as number;
      if (start >= b) break;
      if (start < a) continue;
      if (sentence.hits.some((hit) => hit.start === k && hit.tag === Cue.Target)) cue = true;
      else if (cue && (tokens.flags[k] as number) & TOKEN_DIGITS && this.amountAfter(tokens, k + 1, sentence.to)) {
        return true;
      }
    }
    return false;
  }

  /** Is token k, or the one after a decimal part, a scale or a unit ("10 - 15%", "5 tỷ USD")? */
  private amountAfter(tokens: Tokens, k: number, to: number): boolean {
    for (let j = k; j < Math.min(to, k + 4); j++) {
      if (this.amountWords.has(tokens.bare[j] as number)) return true;
      const flags = tokens.flags[j] as number;
      if (flags & TOKEN_WORD && !(flags & TOKEN_DIGITS)) return false;
    }
    return false;
  }

  private periodsOf(text: string, tokens: Tokens, sentence: Sentence, context: FrameContext): PeriodMention[] {
    if (!sentence.periods) {
      const from = tokens.start[sentence.from] as number;
      const to = sentence.to > sentence.from ? (tokens.end[sentence.to - 1] as number) : from;
      sentence.periods = readPeriods(text.slice(from, to), context.date).map((period) => ({
        ...period,
        start: period.start + from,
        end: period.end + from,
      }));
    }
    return sentence.periods;
  }

  /**
   * The number's quantity: the nearest quantity phrase (a metric's, or another quantity), unless narrowed or cut
   * off by "trong đó". Returns the metrics that phrase may measure.
   */
  private quantityOf(
    tokens: Tokens,
    sentence: Sentence,
    figure: FramedNumber,
    role: FigureRole,
  ): { at: Hit; hits: Hit[] } | undefined {
    const hits = sentence.hits;
    // A count whose own unit is narrowed ("4 dự án điều chỉnh tăng vốn") counts something else.
    const ownUnit = hits.find(
      (hit) => isQuantity(hit.tag) && hit.start >= figure.startToken && hit.start < figure.endToken,
    );
    if (ownUnit && this.narrowed(tokens, sentence, ownUnit, figure)) return undefined;
    let best: Hit | undefined;
    let bestDistance = Infinity;
    // Words in who says it are its name's ("Theo Bộ Kế hoạch và Đầu tư, …"), not the figure's quantity.
    const quoted = this.attributions(tokens, sentence);
    for (const hit of hits) {
      if (!isQuantity(hit.tag) && hit.tag !== Cue.OtherQuantity) continue;
      if (quoted.some(([start, end]) => hit.start >= start && hit.end <= end)) continue;
      if (isQuantity(hit.tag) && this.narrowed(tokens, sentence, hit, figure)) continue;
      const own = hit.start >= figure.startToken && hit.end <= figure.endToken + 1 && hit.start < figure.endToken;
      // A quantity right before another is the head of a longer one ("nâng kim ngạch | xuất khẩu gạo"): the one
      // after names it (or, narrowed, names none).
      if (
        !own &&
        hits.some((other) => other.start === hit.end && (isQuantity(other.tag) || other.tag === Cue.OtherQuantity))
      )
        continue;
      // After the number only right after it, or past a bridge word: "hút 9,27 tỷ USD vốn FDI", "thu về 755,2
      // triệu USD từ xuất khẩu", not "… đạt 2,8 tỷ USD và kim ngạch xuất khẩu từ Lào …" nor "…, trong đó …".
      if (hit.start > figure.endToken && !this.bridged(hits, figure.endToken, hit.start)) continue;
      // A count's own unit ("267 dự án") names its quantity before any word beside it ("đã đầu tư 267 dự án").
      const distance = own ? -1 : this.distance(tokens, hit, figure);
      if (distance < bestDistance || (distance === bestDistance && best && hit.tag === Cue.OtherQuantity)) {
        best = hit;
        bestDistance = distance;
      }
    }
    // A target, or "con số này" (this figure), with no quantity of its own: the one the sentence before ends on.
    if (!best) {
      const same = hits.some((hit) => hit.tag === Cue.SameQuantity && hit.end <= figure.startToken);
      return role === 'target' || same ? this.carriedQuantity(tokens, sentence) : undefined;
    }
    if (best.tag === Cue.OtherQuantity) return undefined;
    const at = best;
    // A product's figures: "các mặt hàng xuất khẩu chủ yếu … là sắt thép đạt 36,5 triệu USD".
    if (hits.some((hit) => hit.tag === Cue.Product && hit.end <= figure.startToken)) return undefined;
    // A part of it: "… 6 dự án …, trong đó có 1 dự án …", "kim ngạch …, trong đó xuất khẩu gạo …".
    if (at.end <= figure.startToken) {
      if (hits.some((hit) => hit.tag === Cue.Part && hit.start >= at.end && hit.end <= figure.startToken))
        return undefined;
    }
    return { at, hits: hits.filter((hit) => isQuantity(hit.tag) && hit.start === at.start && hit.end === at.end) };
  }

  /** Are tokens [from, to) only bridge words ("từ", "để")? */
  private bridged(hits: readonly Hit[], from: number, to: number): boolean {
    let k = from;
    while (k < to) {
      const bridge = hits.find((hit) => hit.start === k && hit.tag === Cue.Bridge);
      if (!bridge) return false;
      k = bridge.end;
    }
    return to - from <= 2;
  }

  /**
   * A target with no quantity in its sentence takes the one the sentence before ends on ("… kim ngạch thương mại
   * hai chiều năm 2024 đạt 2,25 tỷ USD. Để sớm đạt mục tiêu 5 tỷ USD trong những năm tới, …").
   */
  private carriedQuantity(tokens: Tokens, sentence: Sentence): { at: Hit; hits: Hit[] } | undefined {
    const previous = this.sentenceBefore(tokens, sentence);
    if (!previous) return undefined;
    let last: Hit | undefined;
    for (const hit of previous.hits) {
      if ((isQuantity(hit.tag) || hit.tag === Cue.OtherQuantity) && (!last || hit.start > last.start)) last = hit;
    }
    if (!last || last.tag === Cue.OtherQuantity) return undefined;
    const at = last;
    return {
      at,
      hits: previous.hits.filter((hit) => isQuantity(hit.tag) && hit.start === at.start && hit.end === at.end),
    };
  }

  /** Is a quantity phrase narrowed by the word after it ("xuất khẩu gạo") or, for a verb, before it ("gạo xuất khẩu")? */
  private narrowed(tokens: Tokens, sentence: Sentence, hit: Hit, figure: FramedNumber): boolean {
    const narrows = (k: number) => {
      if (k < sentence.from || k >= sentence.to) return false;
      if (k >= figure.startToken && k < figure.endToken) return false;
      const flags = tokens.flags[k] as number;
      if (!(flags & TOKEN_WORD) || flags & (TOKEN_DIGITS | TOKEN_UPPER_FIRST)) return false;
      return !sentence.hits.some((other) => other.start <= k && k < other.end);
    };
    if (narrows(hit.end)) return true;
    const verb = sentence.hits.some(
      (other) =>
        other.start === hit.start && other.end === hit.end && (other.tag === Cue.Inbound || other.tag === Cue.Outbound),
    );
    return verb && narrows(hit.start - 1);
  }

  // --- scope and direction ---

  /**
   * The scope of the number for metric `metric`, or undefined when the sentence is about another scope (see the
   * module comment): the places named, the pair for "hai nước", the sentence before, the page's subject.
   */
  private scopeOf(
    tokens: Tokens,
    sentence: Sentence,
    figure: FramedNumber,
    quantity: Hit,
    metric: MetricFrameState,
    context: FrameContext,
  ): { scope: string[]; evidence: Frame['evidence'] } | undefined {
    // "thương mại qua biên giới giữa hai tỉnh … đạt 95 triệu USD, tăng 12%": provinces are the pair of what the
    // sentence says up to the number's clause, whichever countries they are in (not what follows it: "…; giao lưu
    // nhân dân các tỉnh đối biên").
    const [, clauseEnd] = this.clauseOf(tokens, sentence, figure.startToken, false);
    if (sentence.hits.some((hit) => hit.tag === Cue.LocalScope && hit.end <= clauseEnd)) return undefined;
    const named = this.placesFor(tokens, sentence, quantity, figure);
    const pair = sentence.hits.some((hit) => hit.tag === Cue.Pair);
    const countries = new Set<string>();
    for (const place of named) if (place.country) countries.add(place.id);
    // Direction: a place named on the wrong end ("xuất khẩu sang Việt Nam" for exports to Laos).
    if (metric.from && metric.to) {
      const from = new Set(named.filter((place) => place.end === 'from').map((place) => place.id));
      const to = new Set(named.filter((place) => place.end === 'to').map((place) => place.id));
      const verb = this.flowOf(sentence, quantity);
      if (verb === 'out' && from.size === 0 && !to.has(HOME)) from.add(HOME);
      if (verb === 'in' && to.size === 0 && !from.has(HOME)) to.add(HOME);
      if (from.has(metric.to) || to.has(metric.from)) return undefined;
      if (from.size > 0 && !from.has(metric.from)) return undefined;
      if (to.size > 0 && !to.has(metric.to)) return undefined;
    }
    const inScope = new Set(metric.scope);
    for (const id of countries) if (!inScope.has(id)) return undefined;
    const all = metric.scope.every((id) => countries.has(id));
    // A province or a city is the scope ("Đà Nẵng cấp phép", "thương mại giữa Nghệ An và Lào"), unless it is only
    // where something happened beside the countries named ("Tại Hà Nội, kim ngạch Việt Nam - Lào …").
    if (named.some((place) => !place.country && !(all && place.link === Link.At))) return undefined;
    if (all) return { scope: [...metric.scope], evidence: 'named' };
    const missing = () => metric.scope.filter((id) => !countries.has(id) && id !== HOME);
    if (missing().length === 0) return { scope: [...metric.scope], evidence: 'named' };
    if (pair) {
      const partner = this.partner(tokens, sentence, context);
      if (partner) countries.add(partner);
      if (partner && !inScope.has(partner)) return undefined;
      if (missing().length === 0) return { scope: [...metric.scope], evidence: 'named' };
    }
    // The sentence before, in the same block, names the scope ("Riêng 6 tháng đầu năm 2024, 6 dự án …").
    const previous = this.sentenceBefore(tokens, sentence);
    if (previous) {
      const carried = previous.hits.filter((hit) => hit.tag === PLACE && this.state.placeCountry[hit.payload] === 1);
      const ids = carried.map((hit) => this.state.places[hit.payload] as string);
      if (ids.length > 0) {
        if (ids.some((id) => !inScope.has(id))) return undefined;
        for (const id of ids) countries.add(id);
        if (missing().length === 0) return { scope: [...metric.scope], evidence: 'carried' };
      }
    }
    // Nothing named: a flow needs its far end named; a pair's series (trade) takes the page's pair.
    if (metric.from || countries.size > 0) return undefined;
    const partner = this.partner(tokens, sentence, context);
    if (!partner || !inScope.has(partner)) return undefined;
    countries.add(partner);
    return missing().length === 0 ? { scope: [...metric.scope], evidence: 'subject' } : undefined;
  }

  /** Is the quantity a verb of a flow out of its subject ("xuất khẩu"), into it ("nhập khẩu"), or neither? */
  private flowOf(sentence: Sentence, hit: Hit): 'in' | 'out' | undefined {
    for (const other of sentence.hits) {
      if (other.start !== hit.start || other.end !== hit.end) continue;
      if (other.tag === Cue.Inbound) return 'in';
      if (other.tag === Cue.Outbound) return 'out';
    }
    return undefined;
  }

  /**
   * The places of the sentence that belong to this quantity, each with the end of the flow it names. A place
   * after a preposition belongs to the flow verb before it; a place without one (the verb's subject) to the verb
   * after it. Places that belong to another quantity's verb are left out ("Lào chi … nhập khẩu … từ Việt Nam và
   * hàng Lào xuất khẩu sang Việt Nam …").
   */
  private placesFor(tokens: Tokens, sentence: Sentence, quantity: Hit, figure: FramedNumber): PlaceOf[] {
    // Read once per quantity and number (the metrics a quantity may name share its places).
    const key = quantity.start * 65536 + figure.startToken;
    sentence.places ??= new Map();
    let places = sentence.places.get(key);
    if (!places) {
      places = this.readPlaces(tokens, sentence, quantity, figure);
      sentence.places.set(key, places);
    }
    return places;
  }

  /** Does a clause of its own, not a part of the one before ("trong đó"), start between tokens a and b? */
  private newClause(tokens: Tokens, hits: readonly Hit[], a: number, b: number): boolean {
    if (hits.some((hit) => hit.tag === Cue.Part && hit.start >= a && hit.end <= b)) return false;
    for (let k = a; k < b; k++) if (this.clauseEnds.has(tokens.full[k] as number)) return true;
    return false;
  }

  private readPlaces(tokens: Tokens, sentence: Sentence, quantity: Hit, figure: FramedNumber): PlaceOf[] {
    const hits = sentence.hits;
    const verbs = hits.filter((hit) => hit.tag === Cue.Inbound || hit.tag === Cue.Outbound);
    // Verbs of another measure of the same kind ("nhập khẩu" beside "xuất khẩu"): their places are theirs.
    const measures = (at: number) =>
      hits.filter((h) => isQuantity(h.tag) && h.start === at).map((h) => this.metricOf(h));
    const ours = new Set(measures(quantity.start));
    const ourVerb = verbs.some((verb) => verb.start === quantity.start);
    const quantityVerbs = new Set(
      verbs
        .filter((verb) => ourVerb && verb.start !== quantity.start && measures(verb.start).some((m) => ours.has(m)))
        .map((verb) => verb.start),
    );
    const places: PlaceOf[] = [];
    const seen = new Set<number>();
    const quoted = this.attributions(tokens, sentence);
    // Semicolons part a list: "… là Lào với số vốn 757,9 triệu USD …; Philippines với số vốn trên 92 triệu USD".
    const first = Math.min(quantity.start, figure.startToken);
    const last = Math.max(quantity.end, figure.endToken);
    let from = first;
    while (from > sentence.from && !this.listEnds.has(tokens.full[from - 1] as number)) from--;
    let to = last;
    while (to < sentence.to && !this.listEnds.has(tokens.full[to] as number)) to++;
    if (!hits.some((hit) => hit.tag === PLACE && hit.start >= from && hit.end <= to)) {
      from = sentence.from;
      to = sentence.to;
    }
    // A measure in a later clause starts a statement of its own, and the places after it are its: "xuất khẩu sang
    // Lào đạt 555,36 triệu USD, như vậy, Việt Nam nhập siêu từ thị trường Lào 381,41 triệu USD". Not a part of
    // ours ("…, trong đó kim ngạch xuất khẩu từ Thanh Hoá …"), nor words that describe it ("245 dự án được cấp
    // Giấy chứng nhận đầu tư sang Lào").
    const next = hits.find(
      (hit) => (isQuantity(hit.tag) || hit.tag === Cue.OtherQuantity) && hit.start >= last && hit.start < to,
    );
    if (next && this.newClause(tokens, hits, last, next.start)) to = next.start;
    const asides = this.asides(tokens, sentence, figure);
    for (const hit of hits) {
      if (hit.tag !== PLACE || seen.has(hit.start) || hit.start < from || hit.end > to) continue;
      if (quoted.some(([start, end]) => hit.start >= start && hit.end <= end)) continue;
      if (asides.some(([start, end]) => hit.start >= start && hit.end <= end)) continue;
      seen.add(hit.start);
      const link = this.linkBefore(tokens, hits, hit.start, sentence.from);
      const after = link !== undefined;
      // The verb it belongs to: before it for a prepositional place, after it for a subject.
      let verb: Hit | undefined;
      for (const candidate of verbs) {
        if (after ? candidate.end <= hit.start : candidate.start >= hit.end) {
          if (!verb || (after ? candidate.end > verb.end : candidate.start < verb.start)) verb = candidate;
        }
      }
      // A place with no preposition after its verb is its object, not its subject: it names no end of the flow.
      const object = !after && !verb;
      if (!verb && verbs.length > 0) {
        for (const candidate of verbs) {
          if (after ? candidate.start >= hit.end : candidate.end <= hit.start) {
            if (!verb || (after ? candidate.start < verb.start : candidate.end > verb.end)) verb = candidate;
          }
        }
      }
      // "… của X" belongs to the noun or verb before it ("6 dự án của doanh nghiệp Việt Nam đã được cấp phép").
      if (link === Link.Of) {
        verb = undefined;
        for (const candidate of hits) {
          const kind = candidate.tag;
          if (candidate.end > hit.start || !(isQuantity(kind) || kind === Cue.Inbound || kind === Cue.Outbound))
            continue;
          if (!verb || candidate.end > verb.end || (candidate.end === verb.end && !isQuantity(kind))) verb = candidate;
        }
      }
      const paired = this.pairedAt(tokens, hits, hit);
      if (verb && !paired && quantityVerbs.has(verb.start)) continue;
      const inbound = verb?.tag === Cue.Inbound;
      const outbound = verb?.tag === Cue.Outbound;
      let end: 'from' | 'to' | undefined;
      switch (link) {
        case Link.To:
        case Link.At:
          end = 'to';
          break;
        case Link.From:
          end = 'from';
          break;
        case Link.Of:
          end = inbound ? 'to' : 'from';
          break;
        case Link.For:
          end = inbound ? 'from' : 'to';
          break;
        case Link.With:
          end = undefined;
          break;
        default:
          // The subject of a verb; a pair "Việt Nam - Lào" or a name after a noun is no end.
          end = paired || object ? undefined : inbound ? 'to' : outbound ? 'from' : undefined;
      }
      places.push({
        id: this.state.places[hit.payload] as string,
        country: this.state.placeCountry[hit.payload] === 1,
        end,
        link,
      });
    }
    return places;
  }

  /** Brackets that do not hold the number: an aside ("đứng thứ ba (sau Trung Quốc, Thái Lan)"). */
  private asides(tokens: Tokens, sentence: Sentence, figure: FramedNumber): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    let open = -1;
    for (let k = sentence.from; k < sentence.to; k++) {
      if (!this.isBracket(tokens, k)) continue;
      if (open < 0) open = k;
      else {
        if (!(open < figure.startToken && figure.endToken <= k)) spans.push([open, k + 1]);
        open = -1;
      }
    }
    return spans;
  }

  /** "Theo …" clauses that open the sentence or a clause: who reports, not what is reported on. */
  private attributions(tokens: Tokens, sentence: Sentence): Array<[number, number]> {
    const spans: Array<[number, number]> = [];
    for (const hit of sentence.hits) {
      if (hit.tag !== Cue.Source) continue;
      if (hit.payload === 1) {
        // The speaker before the verb, back to the clause's start.
        let start = hit.start;
        while (start > sentence.from && !this.isCommaLike(tokens, start - 1)) start--;
        if (start < hit.start) spans.push([start, hit.start]);
        continue;
      }
      if (hit.start > sentence.from && !this.isCommaLike(tokens, hit.start - 1)) continue;
      let end = hit.end;
      while (end < sentence.to && !this.isCommaLike(tokens, end)) end++;
      spans.push([hit.start, end]);
    }
    return spans;
  }

  /** The link word before a place, with up to three plain words between ("của doanh nghiệp Việt Nam"). */
  private linkBefore(tokens: Tokens, hits: readonly Hit[], k: number, from: number): number | undefined {
    let skipped = 0;
    let j = k;
    while (j > from && skipped <= 3) {
      const ending = hits.filter((hit) => hit.end === j);
      const link = ending.find((hit) => hit.tag === Cue.Link);
      if (link) return link.payload;
      const stops = (tag: number) => tag === PLACE || isQuantity(tag) || tag === Cue.Inbound || tag === Cue.Outbound;
      if (ending.some((hit) => stops(hit.tag))) {
        return undefined;
      }
      const span = ending[0];
      const flags = tokens.flags[j - 1] as number;
      if (!span && (!(flags & TOKEN_WORD) || flags & TOKEN_DIGITS)) return undefined;
      const width = span ? span.end - span.start : 1;
      skipped += width;
      j -= width;
    }
    return undefined;
  }

  /** A place written in a pair with another ("Việt Nam - Lào", "Lào - Việt Nam"). */
  private pairedAt(tokens: Tokens, hits: readonly Hit[], place: Hit): boolean {
    const dashAt = (k: number) => k >= 0 && k < tokens.count && tokens.full[k] === this.dashId(tokens, k);
    const placeEndingAt = (k: number) => hits.some((hit) => hit.tag === PLACE && hit.end === k);
    const placeStartingAt = (k: number) => hits.some((hit) => hit.tag === PLACE && hit.start === k);
    if (dashAt(place.end) && placeStartingAt(place.end + 1)) return true;
    if (dashAt(place.start - 1) && placeEndingAt(place.start - 1)) return true;
    // "Việt -", "- Việt" carry the dash inside the phrase.
    return placeStartingAt(place.end) || placeEndingAt(place.start);
  }

  private dashId(tokens: Tokens, k: number): number {
    return (tokens.flags[k] as number) & TOKEN_DASH ? (tokens.full[k] as number) : -1;
  }

  /**
   * The foreign country of "hai nước": the one named last before the sentence (in this text, then in the text
   * before the block), else the page's subject's.
   */
  private partner(tokens: Tokens, sentence: Sentence, context: FrameContext): string | undefined {
    if (sentence.partner === undefined) sentence.partner = this.findPartner(tokens, sentence, context) ?? null;
    return sentence.partner ?? undefined;
  }

  private findPartner(tokens: Tokens, sentence: Sentence, context: FrameContext): string | undefined {
    const own = sentence.hits.filter((hit) => hit.tag === PLACE && this.isForeignCountry(hit.payload));
    if (own.length > 0) return this.state.places[(own[0] as Hit).payload];
    const earlier = this.scan(tokens, Math.max(0, sentence.from - PARTNER_REACH), sentence.from, PLACE);
    for (let k = earlier.length - 1; k >= 0; k--) {
      const hit = earlier[k] as Hit;
      if (this.isForeignCountry(hit.payload)) return this.state.places[hit.payload];
    }
    const before = context.before?.();
    if (before) {
      const scratch = new Tokens();
      tokenize(before.slice(-4000), scratch, this.lexicon);
      const found = this.countryHits(scratch).filter((hit) => this.isForeignCountry(hit.payload));
      if (found.length > 0) return this.state.places[(found[found.length - 1] as Hit).payload];
    }
    const subject = context.subject ?? this.countriesOf(this.textCountryHits(tokens));
    return subject.find((id) => id !== HOME && this.state.places.includes(id));
  }

  private isForeignCountry(place: number): boolean {
    return this.state.placeCountry[place] === 1 && this.state.places[place] !== HOME;
  }
}

// --- verdicts ---

/** A fact's figure as the verdict reads it. */
export interface FactFigure {
  id: string;
  metric: number;
  value: number;
  valueMax?: number;
  periodKey: string;
  isTarget: boolean;
  qualifier?: 'more-than' | 'about' | 'estimate' | 'less-than';
}

export interface Verdict {
  /** Facts the figure states (same metric, scope, period and value). */
  facts: string[];
  /** Facts it disagrees with (same metric, scope and period, another value). */
  conflicts: string[];
}

/**
 * The interval a written value stands for: its precision (`unit`, one unit of the last digit) and qualifier.
 * "hơn 1,7 tỷ" is (1,7; 1,8] tỷ, "gần 34%" [33,5; 34), "khoảng 5,5 tỷ" and a bare "5,5 tỷ" [5,45; 5,55]; an end that
 * the qualifier excludes is marked open.
 */
export function bounds(value: number, unit: number, qualifier: string | undefined): Interval {
  switch (qualifier) {
    case 'more-than':
      return { low: value, high: value + unit, lowOpen: true, highOpen: false };
    case 'less-than':
      return { low: value - unit / 2, high: value, lowOpen: false, highOpen: true };
    default:
      return { low: value - unit / 2, high: value + unit / 2, lowOpen: false, highOpen: false };
  }
}

export interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

/** One unit of the last significant digit of a fact's value (1,7 tỷ → 0,1 tỷ; 24 → 1; 10 tỷ → 1 tỷ). */
export function precisionOf(value: number): number {
  const magnitude = Math.floor(Math.log10(Math.abs(value) || 1));
  let power = magnitude - 1;
  while (power > -6) {
    const scaled = Math.abs(value) / 10 ** power;
    if (Math.abs(scaled - Math.round(scaled)) < 1e-6) break;
    power--;
  }
  // Trailing zeros: the largest power that still divides the value, but never the value's own leading digit.
  while (power < magnitude - 1) {
    const scaled = Math.abs(value) / 10 ** (power + 1);
    if (Math.abs(scaled - Math.round(scaled)) >= 1e-6) break;
    power++;
  }
  return 10 ** power;
}

/** Do two intervals share a point? Floating-point noise aside, an open end excludes its value. */
export function overlaps(a: Interval, b: Interval): boolean {
  const eps = Math.max(Math.abs(a.high), Math.abs(b.high), 1) * 1e-9;
  const below = (x: number, xOpen: boolean, y: number, yOpen: boolean) => (xOpen || yOpen ? x < y - eps : x <= y + eps);
  return below(a.low, a.lowOpen, b.high, b.highOpen) && below(b.low, b.lowOpen, a.high, a.highOpen);
}

/** Does a page's value (with its precision `unit` and qualifier) agree with a fact's? */
export function agrees(
  page: { value: number; valueMax?: number; unit: number; qualifier?: string },
  fact: FactFigure,
): boolean {
  if ((page.valueMax === undefined) !== (fact.valueMax === undefined)) return false;
  const factBounds = (value: number): Interval => {
    if (!fact.qualifier) return { low: value, high: value, lowOpen: false, highOpen: false };
    return bounds(value, precisionOf(value), fact.qualifier === 'estimate' ? 'about' : fact.qualifier);
  };
  if (!overlaps(bounds(page.value, page.unit, page.qualifier), factBounds(fact.value))) return false;
  if (page.valueMax !== undefined && fact.valueMax !== undefined) {
    return overlaps(bounds(page.valueMax, page.unit, page.qualifier), factBounds(fact.valueMax));
  }
  return true;
}

/**
 * The verdict on a framed figure: it states the facts of its metric, role and period whose value agrees; it
 * disagrees with those of the same metric, role and period whose value does not (unless the scope was only the
 * page's subject, or it is an open-ended target: several stand side by side); with no fact for its period it is a
 * new point of the series. Targets are compared with targets only.
 */
export function verdict(
  frame: Frame,
  page: { value: number; valueMax?: number; unit: number },
  facts: readonly FactFigure[],
): Verdict {
  const none: Verdict = { facts: [], conflicts: [] };
  if (frame.metric < 0) return none;
  const target = frame.role === 'target';
  const value = { ...page, value: page.value * frame.sign, qualifier: frame.qualifier };
  const same = facts.filter((fact) => fact.metric === frame.metric && fact.isTarget === target);
  if (target && (frame.periodKind === 'open' || frame.period === undefined)) {
    // An open-ended target stands from when the base records it: a page from before then states no fact of it.
    const setBy = frame.period && frame.period !== '?' ? frame.period : '9999-12';
    const open = same.filter((fact) => isOpenTargetKey(fact.periodKey) && fact.periodKey <= setBy);
    const stated = open.filter((fact) => agrees(value, fact)).map((fact) => fact.id);
    return { facts: stated, conflicts: [] };
  }
  // "Đến nay" on a page with no date: a running total at an unknown day is no point of the series.
  if (frame.period === undefined || frame.period === '?') return none;
  const period = frame.period;
  const cumulative = frame.periodKind === 'cumulative';
  const inPeriod = same.filter(
    (fact) =>
      !(target && isOpenTargetKey(fact.periodKey)) &&
      isCumulativeKey(fact.periodKey) === cumulative &&
      samePeriod(period, fact.periodKey),
  );
  const stated = inPeriod.filter((fact) => agrees(value, fact)).map((fact) => fact.id);
  if (stated.length > 0) return { facts: stated, conflicts: [] };
  // No disagreement on the page's subject alone, for a year the page leaves open ("4 tháng đầu năm"), nor for a
  // period carried from a paragraph before.
  if (frame.evidence === 'subject' || frame.periodCarried || period.startsWith('?')) return none;
  return { facts: [], conflicts: inPeriod.map((fact) => fact.id) };
}
