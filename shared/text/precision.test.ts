/**
 * Precision on Vietnamese text that is not about Laos (testdata/not-about-laos*.txt: sport, weather, economy,
 * culture, education, transport; with diacritics, the same folded to accent-less, and hand-typed accent-less
 * text with traps: "to lắm" → "to lam", "TO LAM", "Lao dong", "thuoc lao", "Lào Cai"). Every highlight there is
 * either a place the text really names (listed in LEGITIMATE) or a false positive.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { syntheticFactBase } from '../../bench/synthetic-factbase.ts';
import { bundledFactBase } from '../factbase/bundle.ts';
import type { FactBase } from '../factbase/schema.ts';
import { createAnnotator } from './annotate.ts';
import { buildMatchTable } from './match-table.ts';
import { fixtureBase } from './testdata/fixture-base.ts';

const read = (name: string) => readFileSync(new URL(`testdata/${name}`, import.meta.url), 'utf8');
const corpus = read('not-about-laos.txt');
const folded = corpus.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
const handTyped = read('not-about-laos.accentless.txt');

/** Entities the corpus really names: a highlight on them is right. */
const LEGITIMATE = new Set(['ha-noi', 'nghe-an', 'ha-tinh', 'thanh-hoa', 'quang-binh']);

const bases: Array<[string, FactBase & { version: string }]> = [
  ['curated', bundledFactBase as unknown as FactBase & { version: string }],
  ['fixture', fixtureBase],
  ['synthetic 10,000', { ...syntheticFactBase({ entities: 10_000 }), version: 'synthetic' }],
];

describe.each(bases)('precision on text not about Laos, %s base', (_name, base) => {
  const annotator = createAnnotator(buildMatchTable(base));
  it.each([
    ['with diacritics', corpus],
    ['folded to accent-less', folded],
    ['typed accent-less', handTyped],
  ])('makes no false name highlight %s', (_how, text) => {
    const names = annotator.annotate(text).filter((mention) => mention.kind !== 'figure');
    const wrong = names.filter((mention) => !LEGITIMATE.has(mention.entity.id));
    expect(wrong.map((mention) => `${mention.text} → ${mention.entity.id}`)).toEqual([]);
  });

  it('links no figure of these articles to a fact of the base', () => {
    for (const text of [corpus, folded, handTyped]) {
      const linked = annotator
        .annotate(text)
        .filter((mention) => mention.figure && mention.figure.facts.length > 0)
        .map((mention) => `${mention.text} → ${mention.figure?.facts.join(', ')}`);
      expect(linked).toEqual([]);
    }
  });
});
