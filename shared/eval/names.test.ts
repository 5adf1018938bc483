/**
 * Names on real text, held: the development set of real news (gold made by hand before the engine changed) and
 * the precision set of traps. The thresholds are the names issue's acceptance; the lists name what fails.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '../factbase/bundle.ts';
import type { FactBase } from '../factbase/schema.ts';
import { curatedAnnotator } from '../text/testdata/curated-annotator.ts';
import { type DevArticle, locate, type PrecisionSentence, scoreDevSet, scorePrecisionSet } from './names.ts';

const read = (path: string) =>
  JSON.parse(readFileSync(new URL(`../text/testdata/${path}`, import.meta.url), 'utf8')) as unknown;
const base = bundledFactBase as unknown as FactBase & { version: string };
const annotator = curatedAnnotator();
const dev = (read('devset/devset.json') as { articles: DevArticle[] }).articles;
const sentences = read('precision/names.json') as PrecisionSentence[];

describe('names on real news (development set)', () => {
  const scores = scoreDevSet(dev, annotator, base);
  it('is a real development set: at least 25 excerpts with their addresses, from many outlets', () => {
    expect(dev.length).toBeGreaterThanOrEqual(25);
    expect(dev.every((article) => /^https?:\/\//.test(article.url))).toBe(true);
    expect(new Set(dev.map((article) => article.outlet)).size).toBeGreaterThanOrEqual(12);
  });
  it('finds at least 95 % of the names of the base', () => {
    expect(scores.recall, scores.missed.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
  it('puts no card on a name that the gold does not give', () => {
    expect(scores.spurious).toEqual([]);
    expect(scores.wrongEntity).toEqual([]);
  });
});

describe('names in the precision set', () => {
  it('has at least 120 sentences, each surface in its text', () => {
    expect(sentences.length).toBeGreaterThanOrEqual(120);
    sentences.forEach((s, k) => {
      for (const e of s.expect) expect(() => locate(s.text, e.surface, e.nth, `#${k}`)).not.toThrow();
    });
  });
  it('holds every sentence', () => {
    expect(scorePrecisionSet(sentences, annotator).failures).toEqual([]);
  });
});
