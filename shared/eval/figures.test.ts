/**
 * The figures' acceptance on real text (issue 11): on the development set, metric recall ≥ 0.9 for the figures
 * whose metric the base has, no figure tied to a fact it does not state, no number drawn without a metric by
 * default; every figure sentence of the precision set holds. `npm run -s eval:figures -- --verbose` lists the rest.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { curatedAnnotator } from '../text/testdata/curated-annotator.ts';
import {
  type FigureArticle,
  type FigureSentence,
  samePeriodAsGold,
  scoreFigureDevSet,
  scoreFigurePrecisionSet,
  subjectIds,
} from './figures.ts';

const read = (path: string) => JSON.parse(readFileSync(new URL(`../text/testdata/${path}`, import.meta.url), 'utf8'));
const annotator = curatedAnnotator();

describe('figures on the development set of real news', () => {
  const dev = read('devset/devset.json') as { articles: FigureArticle[] };
  const scores = scoreFigureDevSet(dev.articles, annotator);

  it('has at least 80 hand-framed figures', () => {
    expect(scores.gold).toBeGreaterThanOrEqual(80);
  });

  it('draws at least nine in ten of the figures whose metric the base has, with that metric', () => {
    expect(scores.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('ties no figure to a fact the gold does not say it states', () => {
    expect(scores.falseFacts).toEqual([]);
  });

  it('raises no disagreement the gold does not have', () => {
    expect(scores.falseConflicts).toEqual([]);
  });

  it('draws no number without a metric by default', () => {
    expect(scores.drawnWithoutMetric).toBe(0);
  });
});

describe('the precision set of figure sentences', () => {
  const sentences = read('precision/figures.json') as FigureSentence[];

  it('has at least 50 sentences', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(50);
  });

  it('holds every sentence', () => {
    expect(scoreFigurePrecisionSet(sentences, annotator).failures).toEqual([]);
  });
});

describe('the scorer', () => {
  it('reads a page subject written as one slug', () => {
    expect(subjectIds('viet-nam-campuchia', ['viet-nam', 'campuchia', 'lao'])).toEqual(['viet-nam', 'campuchia']);
    expect(subjectIds('viet-nam-atlantis', ['viet-nam'])).toBeUndefined();
  });

  it.each([
    ['2024-08-16', 'result', 'cum:2024-08', true],
    ['2025-12', 'target', 'target', true],
    ['2025', 'target', 'target:2025', true],
    ['2025', 'result', 'target:2025', false],
    ['2024-H1', 'result', '2024-H1', true],
    [null, 'result', null, true],
  ])('takes the engine’s %s (%s) for the gold’s %s: %s', (mine, role, gold, same) => {
    expect(samePeriodAsGold(mine, role, gold)).toBe(same);
  });
});
