import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bundledFactBase } from '../factbase/bundle.ts';
import { readPeriods } from './periods.ts';
import { curatedAnnotator } from './testdata/curated-annotator.ts';

const annotator = curatedAnnotator();
const PAGE = { date: '2023-05-10', subject: ['viet-nam', 'lao'] };
const figureIn = (text: string) => annotator.annotate(text, PAGE).find((mention) => mention.kind === 'figure');

const periodKeyOf = (sentence: string) => readPeriods(sentence).find((period) => !period.comparison)?.key;

describe('the period a sentence names', () => {
  it.each([
    ['riêng 6 tháng đầu năm 2024 đạt 927,8 triệu USD', '2024-H1'],
    ['Vốn FDI 4 tháng đầu năm 2024 ước đạt 6,28 tỷ USD', '2024-4M'],
    ['tổng kim ngạch song phương cả năm 2022 đạt hơn 1,7 tỷ USD, tăng so với năm 2021', '2022'],
    ['NĂM 2022 kim ngạch đạt 2 tỷ USD', '2022'],
    ['giai đoạn 2021-2025', '2021/2025'],
    ['tăng 11,1% so với cùng kỳ năm 2023', undefined],
    ['hằng năm 2 lần', undefined],
  ])('reads %j as %s', (sentence, expected) => {
    expect(periodKeyOf(sentence)).toBe(expected);
  });
});

describe('a page figure that contradicts the fact base', () => {
  it('is tied to the trade series and the fact it contradicts, for the same metric and period', () => {
    const figure = figureIn('Kim ngạch thương mại song phương Việt Nam - Lào năm 2022 đạt 2,1 tỷ USD.');
    expect(figure?.entity.id).toBe('thuong-mai-viet-nam-lao');
    expect(figure?.figure?.facts).toEqual([]);
    const [conflict] = figure?.figure?.conflicts ?? [];
    const fact = bundledFactBase.facts.find((candidate) => candidate.id === conflict);
    expect(fact?.figure).toMatchObject({ metric: 'thuong-mai-viet-nam-lao', periodKey: '2022', value: 1_700_000_000 });
  });

  it('agrees within rounding and the qualifier: 1,72 tỷ is "hơn 1,7 tỷ", no contradiction', () => {
    const figure = figureIn('Kim ngạch thương mại song phương năm 2022 đạt 1,72 tỷ USD.');
    expect(figure?.figure?.conflicts).toBeUndefined();
    expect(figure?.figure?.facts.length).toBeGreaterThan(0);
  });

  it.each([
    ['a quantity narrowed to one good: another series', 'Kim ngạch xuất khẩu gạo năm 2022 đạt 4,37 tỷ USD.'],
    ['a period the base has no figure for', 'Kim ngạch thương mại song phương năm 2019 đạt 1,1 tỷ USD.'],
    ['no period named', 'Kim ngạch thương mại song phương đạt 2,1 tỷ USD.'],
    ['another unit', 'Kim ngạch thương mại song phương năm 2022 tăng 30%.'.replace('30%', '30 nghìn tỷ đồng')],
  ])('is not flagged when there is %s', (_case, sentence) => {
    expect(figureIn(sentence)?.figure?.conflicts).toBeUndefined();
  });

  it('is never flagged on the five seed articles, whose figures the base was curated from', () => {
    for (const file of [
      '000_a152b25d463c024e.txt',
      '001_5c7b4323a7a94c0f.txt',
      '002_f3f953fad2599bae.txt',
      '003_32a07b9cad733776.txt',
      '004_8af0e2a929b6679e.txt',
    ]) {
      const text = readFileSync(new URL(`../../seeds/${file}`, import.meta.url), 'utf8');
      const flagged = text
        .split('\n')
        .flatMap((line) => annotator.annotate(line, { subject: annotator.subjectOf(text) }))
        .filter((mention) => mention.figure?.conflicts);
      expect(flagged.map((mention) => `${file}: ${mention.text}`)).toEqual([]);
    }
  });
});
