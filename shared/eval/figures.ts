/**
 * How well figures are framed on real text: the development set (verbatim excerpts of real news with hand-made
 * frames, `shared/text/testdata/devset/devset.json`) and the precision set (figure sentences built like the
 * reviews' traps, `shared/text/testdata/precision/figures.json`). `npm run -s eval:figures` prints it;
 * `figures.test.ts` holds it. The same scoring reports the held-out set (`testdata/heldout/heldout.json`), which no
 * rule is tuned on and no test holds.
 *
 * A page is one excerpt or one sentence, annotated as the extension does by default (only figures with a metric
 * are drawn) with the article's date and subject (the page's own, else the countries it names most).
 * - Metric recall: of the gold figures whose metric is not null, those drawn with that metric.
 * - Wrong metric: figures drawn with a metric the gold does not give them (another metric, or none).
 * - False fact links: figures tied to a fact the gold does not say they state.
 * - Disagreements: gold disagreements found (the figure lists the gold's conflicting fact), and disagreements
 *   the gold does not have.
 * - Drawn without a metric: figures drawn by default that carry no metric (the default draws none).
 * - Periods: of the figures drawn with the right metric, those with the gold's period (the gold writes a running
 *   total "cum:2024-08", an open target "target", a year's target "target:2025"; the engine writes the keys of
 *   `Figure.periodKey`).
 */

import { isIsoDay } from '../iso-date.ts';
import type { Annotator, Mention } from '../text/annotate.ts';
import { locate } from './names.ts';

export interface GoldFigure {
  surface: string;
  nth?: number;
  metric: string | null;
  scope?: string;
  period?: string | null;
  role?: string;
  qualifier?: string | null;
  fact?: string | null;
  conflict?: string | null;
  note?: string;
}

export interface FigureArticle {
  id: string;
  date?: string | null;
  subject?: string;
  text: string;
  figures?: GoldFigure[];
}

export type FigureExpectation =
  | { surface: string; nth?: number; metric: null }
  | { surface: string; nth?: number; notFact: string }
  | {
      surface: string;
      nth?: number;
      metric: string;
      period?: string;
      role?: string;
      fact?: string | null;
      conflict?: string | null;
    };

export interface FigureSentence {
  text: string;
  date?: string;
  subject?: string;
  expect: FigureExpectation[];
  reason: string;
  url?: string;
}

/** A page subject as the data writes it ("viet-nam-lao") read into place ids, longest known ids first. */
export function subjectIds(subject: string | undefined, known: readonly string[]): string[] | undefined {
  if (!subject) return undefined;
  const ids: string[] = [];
  let rest = subject;
  const sorted = [...known].sort((a, b) => b.length - a.length);
  while (rest.length > 0) {
    const id = sorted.find((candidate) => rest === candidate || rest.startsWith(`${candidate}-`));
    if (!id) return undefined;
    ids.push(id);
    rest = rest.slice(id.length + 1);
  }
  return ids;
}

const PLACE_IDS = ['viet-nam', 'lao', 'campuchia', 'trung-quoc', 'thai-lan'];

function annotatePage(
  annotator: Annotator & { subjectOf(text: string): string[] },
  text: string,
  date: string | null | undefined,
  subject: string | undefined,
): Mention[] {
  return annotator.annotate(text, {
    ...(date ? { date } : {}),
    subject: subjectIds(subject, PLACE_IDS) ?? annotator.subjectOf(text),
  });
}

/** Does the engine's period (a `periodKey`) say the gold's? */
export function samePeriodAsGold(mine: string | null, role: string, gold: string | null | undefined): boolean {
  if (gold === undefined) return true;
  if (gold === null) return mine === null;
  if (mine === null) return false;
  if (gold.startsWith('cum:')) return isIsoDay(mine) && mine.slice(0, 7) === gold.slice(4);
  if (gold === 'target') return role === 'target' && /^(\d{4}-\d{2}|\?)$/.test(mine);
  if (gold.startsWith('target:')) return role === 'target' && mine === gold.slice(7);
  return mine === gold;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  a.start < b.end && b.start < a.end;

export interface FigureScores {
  gold: number;
  withMetric: number;
  found: number;
  recall: number;
  drawn: number;
  drawnWithoutMetric: number;
  rightPeriod: number;
  wrongMetric: string[];
  falseFacts: string[];
  goldConflicts: number;
  conflictsFound: number;
  falseConflicts: string[];
  missed: string[];
  wrongPeriod: string[];
}

export function scoreFigureDevSet(
  articles: readonly FigureArticle[],
  annotator: Annotator & { subjectOf(text: string): string[] },
): FigureScores {
  const scores: FigureScores = {
    gold: 0,
    withMetric: 0,
    found: 0,
    recall: 1,
    drawn: 0,
    drawnWithoutMetric: 0,
    rightPeriod: 0,
    wrongMetric: [],
    falseFacts: [],
    goldConflicts: 0,
    conflictsFound: 0,
    falseConflicts: [],
    missed: [],
    wrongPeriod: [],
  };
  for (const article of articles) {
    const figures = annotatePage(annotator, article.text, article.date, article.subject).filter(
      (m) => m.kind === 'figure',
    );
    const golds = (article.figures ?? []).map((g) => ({ ...g, ...locate(article.text, g.surface, g.nth, article.id) }));
    scores.gold += golds.length;
    for (const g of golds) {
      const mine = figures.find((m) => overlaps(m, g));
      const where = `${article.id}: "${g.surface}"`;
      if (g.conflict) scores.goldConflicts++;
      if (g.metric !== null) {
        scores.withMetric++;
        if (mine?.figure?.metric === g.metric) {
          scores.found++;
          if (samePeriodAsGold(mine.figure.period, mine.figure.role, g.period)) scores.rightPeriod++;
          else scores.wrongPeriod.push(`${where} period ${mine.figure.period} (gold ${g.period})`);
        } else {
          scores.missed.push(`${where} → ${g.metric} (got ${mine?.figure?.metric ?? 'nothing'}) — ${g.note ?? ''}`);
        }
      }
    }
    for (const m of figures) {
      const f = m.figure;
      if (!f) continue;
      scores.drawn++;
      if (f.metric === null) scores.drawnWithoutMetric++;
      const g = golds.find((gold) => overlaps(m, gold));
      const where = `${article.id}: "${m.text}"`;
      if (f.metric !== null && f.metric !== (g?.metric ?? null)) {
        scores.wrongMetric.push(`${where} → ${f.metric} (gold ${g ? g.metric : 'no figure'}) — ${g?.note ?? ''}`);
      }
      for (const fact of f.facts) {
        if (fact !== g?.fact) scores.falseFacts.push(`${where} → ${fact} (gold ${g?.fact ?? 'none'})`);
      }
      for (const fact of f.conflicts ?? []) {
        if (fact === g?.conflict) scores.conflictsFound++;
        else scores.falseConflicts.push(`${where} ≠ ${fact} (gold ${g?.conflict ?? 'none'})`);
      }
    }
  }
  scores.recall = scores.withMetric === 0 ? 1 : scores.found / scores.withMetric;
  return scores;
}

export interface FigurePrecisionScores {
  sentences: number;
  held: number;
  expectations: number;
  failures: string[];
}

export function scoreFigurePrecisionSet(
  sentences: readonly FigureSentence[],
  annotator: Annotator & { subjectOf(text: string): string[] },
): FigurePrecisionScores {
  let held = 0;
  let expectations = 0;
  const failures: string[] = [];
  sentences.forEach((sentence, index) => {
    const figures = annotatePage(annotator, sentence.text, sentence.date, sentence.subject).filter(
      (m) => m.kind === 'figure',
    );
    let ok = true;
    for (const e of sentence.expect) {
      expectations++;
      const span = locate(sentence.text, e.surface, e.nth, `sentence ${index}`);
      const mine = figures.find((m) => overlaps(m, span));
      const f = mine?.figure;
      const got = f
        ? `${f.metric} [${f.role}, ${f.period}] facts ${f.facts.join(',') || '-'} conflicts ${f.conflicts?.join(',') ?? '-'}`
        : 'not drawn';
      const problems: string[] = [];
      if ('notFact' in e) {
        if (f?.facts.includes(e.notFact)) problems.push(`must not state ${e.notFact}`);
      } else if (e.metric === null) {
        if (f) problems.push('must not be drawn');
      } else {
        if (f?.metric !== e.metric) problems.push(`must be ${e.metric}`);
        else {
          if (e.period !== undefined && !samePeriodAsGold(f.period, f.role, e.period)) {
            problems.push(`period must be ${e.period}`);
          }
          if (e.role !== undefined && f.role !== e.role) problems.push(`role must be ${e.role}`);
          if (e.fact !== undefined) {
            const facts = e.fact === null ? [] : [e.fact];
            if (f.facts.join() !== facts.join()) problems.push(`must state ${e.fact ?? 'no fact'}`);
          }
          if (e.conflict !== undefined) {
            const conflicts = e.conflict === null ? [] : [e.conflict];
            if ((f.conflicts ?? []).join() !== conflicts.join())
              problems.push(`must disagree with ${e.conflict ?? 'nothing'}`);
          }
        }
      }
      if (problems.length > 0) {
        ok = false;
        failures.push(`#${index} "${e.surface}": ${problems.join('; ')} (got ${got}) — ${sentence.reason}`);
      }
    }
    if (ok) held++;
  });
  return { sentences: sentences.length, held, expectations, failures };
}
