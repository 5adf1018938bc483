import { describe, expect, it } from 'vitest';
import { curatedFactBase } from './data/index.ts';
import { seedTexts } from './testdata/seed-texts.ts';
import { sourcesOf } from './validate.ts';

const seedDate = new Map(curatedFactBase.seeds.map((s) => [s.file, s.date]));

describe('provenance', () => {
  it('every fact cites at least one source', () => {
    for (const fact of curatedFactBase.facts) expect(fact.sources.length, fact.id).toBeGreaterThan(0);
  });

  it.each(sourcesOf(curatedFactBase).map((p) => [p.where, p.source] as const))(
    '%s: the quote occurs verbatim in its seed, with the seed date',
    (_where, source) => {
      expect(seedTexts[source.seed]).toContain(source.quote);
      expect(source.date).toBe(seedDate.get(source.seed));
    },
  );

  it('every seed is cited by some fact', () => {
    const cited = new Set(curatedFactBase.facts.flatMap((f) => f.sources.map((s) => s.seed)));
    expect([...cited].sort()).toEqual(curatedFactBase.seeds.map((s) => s.file).sort());
  });

  it('every figure fact quotes its number as the article writes it ("927,8 triệu USD")', () => {
    const trade = curatedFactBase.facts.find((f) => f.id === 'viet-nam-thuong-mai-voi-lao-6-thang-2024');
    expect(trade?.figure).toMatchObject({ value: 927_800_000, unit: 'USD', periodKey: '2024-H1' });
    expect(trade?.sources[0]?.quote).toContain('927,8 triệu USD');
  });
});
