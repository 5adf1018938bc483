import { describe, expect, it } from 'vitest';
import { curatedFactBase } from './data/index.ts';
import { seedTexts } from './testdata/seed-texts.ts';
import { sourcesOf } from './validate.ts';

const seedDate = new Map(curatedFactBase.seeds.map((s) => [s.file, s.date]));
const insetDate = new Map(
  curatedFactBase.seeds.flatMap((s) => (s.insets ?? []).map((inset) => [`${s.file}#${inset.id}`, inset.date] as const)),
);

describe('provenance', () => {
  it('every fact cites at least one source', () => {
    for (const fact of curatedFactBase.facts) expect(fact.sources.length, fact.id).toBeGreaterThan(0);
  });

  it.each(sourcesOf(curatedFactBase).map((p) => [p.where, p.source] as const))(
    "%s: the quote occurs verbatim in its seed, with the seed date (or its inset story's date)",
    (_where, source) => {
      expect(seedTexts[source.seed]).toContain(source.quote);
      const expected = source.inset ? insetDate.get(`${source.seed}#${source.inset}`) : seedDate.get(source.seed);
      expect(source.date).toBe(expected);
    },
  );

  it('every seed is cited by some fact', () => {
    const cited = new Set(curatedFactBase.facts.flatMap((f) => f.sources.map((s) => s.seed)));
    expect([...cited].sort()).toEqual(curatedFactBase.seeds.map((s) => s.file).sort());
  });

  it('dates the facts quoted from seed 000\'s "Tin liên quan" teaser by that story (2024), not the 2023 article', () => {
    const fdi = curatedFactBase.facts.filter((f) => f.sources.some((source) => source.inset));
    expect(fdi.map((f) => f.id).sort()).toEqual([
      'viet-nam-tang-truong-fdi-thuc-hien-4-thang-2024',
      'viet-nam-thu-hut-fdi-4-thang-2024',
      'viet-nam-von-fdi-thuc-hien-4-thang-2024',
    ]);
    for (const fact of fdi) for (const source of fact.sources) expect(source.date, fact.id).toBe('2024-04');
  });

  it('every figure fact quotes its number as the article writes it ("927,8 triệu USD")', () => {
    const trade = curatedFactBase.facts.find((f) => f.id === 'viet-nam-thuong-mai-voi-lao-6-thang-2024');
    expect(trade?.figure).toMatchObject({ value: 927_800_000, unit: 'USD', periodKey: '2024-H1' });
    expect(trade?.sources[0]?.quote).toContain('927,8 triệu USD');
  });
});
