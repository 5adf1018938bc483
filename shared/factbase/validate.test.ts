import { describe, expect, it } from 'vitest';
import { curatedFactBase } from './data/index.ts';
import { FactBase } from './schema.ts';
import { seedTexts } from './testdata/seed-texts.ts';
import { checkFactBase, numbersIn } from './validate.ts';

const clone = (): FactBase => structuredClone(curatedFactBase);

describe('the curated fact base', () => {
  it('matches the zod schema', () => {
    expect(FactBase.safeParse(curatedFactBase).error?.issues ?? []).toEqual([]);
  });

  it('has no errors and no warnings', () => {
    const { issues } = checkFactBase(curatedFactBase, seedTexts);
    expect(issues).toEqual([]);
  });

  it('lists exactly the seed files in seeds/', () => {
    expect(curatedFactBase.seeds.map((s) => s.file).sort()).toEqual(Object.keys(seedTexts).sort());
  });

  it('explains every inferred article date', () => {
    for (const seed of curatedFactBase.seeds.filter((s) => s.dateBasis === 'inferred')) {
      expect(seed.dateNote, seed.file).toMatch(/không ghi/);
    }
  });

  it('gives every person at least one dated or sourced role', () => {
    for (const person of curatedFactBase.entities.filter((e) => e.kind === 'person')) {
      expect(person.roles?.length ?? 0, person.id).toBeGreaterThan(0);
    }
  });

  it('knows Tô Lâm as Chủ tịch nước in 7/2024 and Tổng Bí thư in 12/2025', () => {
    const toLam = curatedFactBase.entities.find((e) => e.id === 'to-lam');
    const roleOn = (date: string) =>
      toLam?.roles?.filter((r) => (!r.from || r.from <= date) && (!r.to || date <= r.to)).map((r) => r.title);
    expect(roleOn('2024-07-11')).toEqual(['Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam']);
    expect(roleOn('2025-12-01')).toEqual(['Tổng Bí thư Ban Chấp hành Trung ương Đảng Cộng sản Việt Nam']);
  });
});

describe('checkFactBase', () => {
  it('reports a quote that is not verbatim in its seed', () => {
    const base = clone();
    const source = base.facts[0]?.sources[0];
    if (source) source.quote = source.quote.replace('Phạm Minh Chính', 'Pham Minh Chinh');
    expect(checkFactBase(base, seedTexts).issues.map((i) => i.code)).toContain('quote-not-found');
  });

  it('reports a source whose date is not its seed date', () => {
    const base = clone();
    const source = base.facts[0]?.sources[0];
    if (source) source.date = '2023-04-06';
    expect(checkFactBase(base, seedTexts).issues.map((i) => i.code)).toContain('source-date');
  });

  it('reports a quote from an inset (another story on the page) cited as the article', () => {
    const base = clone();
    const fact = base.facts.find((f) => f.id === 'viet-nam-von-fdi-thuc-hien-4-thang-2024');
    const source = fact?.sources[0];
    if (source) {
      delete source.inset;
      source.date = '2023-04-05';
    }
    expect(checkFactBase(base, seedTexts).issues.map((i) => i.code)).toContain('source-inset');
  });

  it("reports an inset source whose date is not the inset story's date", () => {
    const base = clone();
    const source = base.facts.find((f) => f.id === 'viet-nam-von-fdi-thuc-hien-4-thang-2024')?.sources[0];
    if (source) source.date = '2023-04-05';
    expect(checkFactBase(base, seedTexts).issues.map((i) => i.code)).toContain('source-date');
  });

  it('reports an event date with neither a source nor a note, and an end on what is not an organisation', () => {
    const base = clone();
    const event = base.entities.find((e) => e.id === 'hoi-nghi-cap-cao-gms-lan-thu-8');
    if (event?.when) delete event.when.note;
    const place = base.entities.find((e) => e.id === 'ha-noi');
    if (place) place.ended = { date: '2025-07-01', text: 'x', note: 'y' };
    const codes = checkFactBase(base, seedTexts).issues.map((i) => i.code);
    expect(codes).toContain('undated-claim');
    expect(codes).toContain('ended');
  });

  it('reports a figure whose number its quote does not write', () => {
    const base = clone();
    const fact = base.facts.find((f) => f.figure?.value === 927_800_000);
    if (fact?.figure) fact.figure.value = 928_000_000;
    expect(checkFactBase(base, seedTexts).issues.map((i) => i.code)).toContain('figure-not-quoted');
  });

  it('reports an unknown entity id and an unknown metric', () => {
    const base = clone();
    const fact = base.facts.find((f) => f.figure);
    if (fact?.figure) fact.figure.metric = 'khong-co';
    base.facts[0]?.about.push('khong-ai');
    const codes = checkFactBase(base, seedTexts).issues.map((i) => i.code);
    expect(codes.filter((c) => c === 'unknown-id')).toHaveLength(2);
  });

  it('reports a bare title used as an alias', () => {
    const base = clone();
    base.entities.find((e) => e.id === 'sonexay-siphandone')?.aliases.push('Thủ tướng');
    expect(checkFactBase(base, seedTexts).issues.map((i) => i.code)).toContain('forbidden-alias');
  });

  it('turns a schema violation into a readable error with its path', () => {
    const base = clone() as unknown as { entities: { kind: string }[] };
    if (base.entities[0]) base.entities[0].kind = 'leader';
    const { base: parsed, issues } = checkFactBase(base, seedTexts);
    expect(parsed).toBeNull();
    expect(issues[0]?.message).toMatch(/^entities\.0\.kind: /);
  });
});

describe('numbersIn', () => {
  it.each([
    ['đạt hơn 1,7 tỷ USD', [1_700_000_000]],
    ['đạt 927,8 triệu USD, tăng 11,1%', [927_800_000, 11.1]],
    ['sớm đạt 20 tỉ USD', [20_000_000_000]],
    ['5.500 tỷ đồng', [5_500_000_000_000]],
    ['(tăng trưởng 10 - 15%)', [10, 15]],
    ['256 dự án', [256]],
  ])('reads %s', (quote, expected) => {
    expect(numbersIn(quote)).toEqual(expected);
  });
});
