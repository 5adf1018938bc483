import { describe, expect, it } from 'vitest';
import { createAnnotator } from './annotate.ts';
import { buildMatchTable } from './match-table.ts';
import { fixtureBase } from './testdata/fixture-base.ts';

const table = buildMatchTable(fixtureBase);
const annotator = createAnnotator(table);
const everyNumber = createAnnotator(table, { figures: 'all' });
const PAGE = { date: '2024-08-16', subject: ['viet-nam', 'lao'] };
const figures = (text: string, all = false) =>
  (all ? everyNumber : annotator)
    .annotate(text, PAGE)
    .filter((mention) => mention.kind === 'figure')
    .map((mention) => ({
      text: mention.text,
      value: mention.figure?.value,
      valueMax: mention.figure?.valueMax,
      unit: mention.figure?.unit,
      facts: mention.figure?.facts,
      conflicts: mention.figure?.conflicts,
      metric: mention.entity.id,
      period: mention.figure?.period,
      role: mention.figure?.role,
      qualifier: mention.figure?.qualifier,
    }));

describe('Vietnamese number formats', () => {
  it.each([
    ['1,7 tỷ USD', 1_700_000_000, 'USD'],
    ['927,8 triệu USD', 927_800_000, 'USD'],
    ['11,1%', 11.1, '%'],
    ['11,1 %', 11.1, '%'],
    ['20 tỉ USD', 20_000_000_000, 'USD'],
    ['5.500 tỷ đồng', 5_500_000_000_000, 'VND'],
    ['146.990 tỷ đồng', 146_990_000_000_000, 'VND'],
    ['24.150 đồng', 24_150, 'VND'],
    ['1.234.567,5 đồng', 1_234_567.5, 'VND'],
    ['3 nghìn tỷ đồng', 3_000_000_000_000, 'VND'],
    ['50 ngàn USD', 50_000, 'USD'],
    ['2,5 tỷ đô la Mỹ', 2_500_000_000, 'USD'],
    ['2,5 tỷ đô-la', 2_500_000_000, 'USD'],
    ['300 triệu VNĐ', 300_000_000, 'VND'],
    ['12 phần trăm', 12, '%'],
    ['1.7 tỷ USD', 1_700_000_000, 'USD'],
    ['1,7 ty USD', 1_700_000_000, 'USD'],
    ['1,7 tỉ usd', 1_700_000_000, 'USD'],
    ['1,7 tỷ USD'.normalize('NFD'), 1_700_000_000, 'USD'],
  ])('reads %j as %d %s', (text, value, unit) => {
    const [figure] = figures(`đạt ${text} trong năm`, true);
    expect(figure?.text).toBe(text);
    expect(figure?.value).toBeCloseTo(value, 6);
    expect(figure?.unit).toBe(unit);
  });

  it.each([
    ['10 - 15%', 10, 15],
    ['10-15%', 10, 15],
    ['10–15%', 10, 15],
    ['5 - 7 tỷ USD', 5_000_000_000, 7_000_000_000],
  ])('reads the range %j', (text, value, valueMax) => {
    const [figure] = figures(`tăng trưởng ${text}).`, true);
    expect([figure?.text, figure?.value, figure?.valueMax]).toEqual([text, value, valueMax]);
  });

  it.each([
    ['a date', 'Chiều 5/4, sau khi bế mạc'],
    ['a time and a date', '21:23 - 05/04/2023'],
    ['a year span', 'giai đoạn 2021 - 2030'],
    ['a count without a unit the base measures', 'đầu tư vào Lào 256 dự án'],
    ['an ordinal', 'Kỳ họp lần thứ 45'],
    ['three lines are not three đồng', 'viết 3 dòng'],
    ['a number inside a word', 'mã H5N1 USD'],
  ])('does not read %s as a figure', (_what, text) => {
    expect(figures(text, true)).toEqual([]);
  });
});

describe('linking figures to facts by their frame', () => {
  it('links "hơn 1,7 tỷ USD" to the 2022 trade fact: trade, "song phương" of the page\'s pair, 2022, a result', () => {
    expect(
      figures('hợp tác thương mại là điểm sáng với tổng kim ngạch song phương cả năm 2022 đạt hơn 1,7 tỷ USD, tăng'),
    ).toMatchObject([
      {
        text: '1,7 tỷ USD',
        value: 1_700_000_000,
        unit: 'USD',
        facts: ['thuong-mai-2022'],
        metric: 'thuong-mai-viet-nam-lao',
        period: '2022',
        role: 'result',
        qualifier: 'more-than',
      },
    ]);
  });

  it('links the target "10 - 15%" to the 2022 target, "927,8 triệu USD" and "11,1%" to the first half of 2024', () => {
    const found = figures(
      'Tổng kim ngạch song phương cả năm 2022 đạt hơn 1,7 tỷ USD, vượt mục tiêu đã đề ra (tăng trưởng 10 - 15%). Hợp tác thương mại giữa hai nước tiếp tục tăng, riêng 6 tháng đầu năm 2024 đạt 927,8 triệu USD, tăng 11,1% so với cùng kỳ năm 2023.',
    );
    expect(found.map((f) => [f.text, f.role, f.period, f.facts])).toEqual([
      ['1,7 tỷ USD', 'result', '2022', ['thuong-mai-2022']],
      ['10 - 15%', 'target', '2022', ['muc-tieu-tang-truong-thuong-mai-2022']],
      ['927,8 triệu USD', 'result', '2024-H1', ['thuong-mai-2024-h1']],
      ['11,1%', 'growth', '2024-H1', ['tang-truong-thuong-mai-2024-h1']],
    ]);
  });

  it('agrees within the rounding of the page: "928 triệu" covers 927,8, "927,5 triệu" does not', () => {
    const sentence = (value: string) => `Kim ngạch thương mại Việt Nam - Lào 6 tháng đầu năm 2024 đạt ${value}.`;
    expect(figures(sentence('928 triệu USD'))[0]?.facts).toEqual(['thuong-mai-2024-h1']);
    expect(figures(sentence('927,5 triệu USD'))[0]).toMatchObject({ facts: [], conflicts: ['thuong-mai-2024-h1'] });
  });

  it('reads "hơn" as more than at the written precision: "1,72 tỷ" is "hơn 1,7 tỷ", "gần 1,7 tỷ" is not', () => {
    const sentence = (value: string) => `Kim ngạch thương mại Việt Nam - Lào năm 2022 đạt ${value}.`;
    expect(figures(sentence('1,72 tỷ USD'))[0]?.facts).toEqual(['thuong-mai-2022']);
    expect(figures(sentence('gần 1,7 tỷ USD'))[0]).toMatchObject({
      qualifier: 'less-than',
      conflicts: ['thuong-mai-2022'],
    });
  });

  it('needs its quantity in the same sentence', () => {
    expect(figures('Kim ngạch tăng mạnh. Dân số đạt 1,7 tỷ USD.')).toEqual([]);
  });

  it('needs the same unit', () => {
    expect(figures('Kim ngạch thương mại Việt Nam - Lào năm 2022 đạt 1,7 tỷ đồng.')).toEqual([]);
  });

  it('draws a number no metric claims only when asked to, with the generic figure entity', () => {
    expect(figures('Dân số đạt 97 triệu USD')).toEqual([]);
    expect(figures('Dân số đạt 97 triệu USD', true)[0]).toMatchObject({ metric: 'figure', facts: [] });
  });

  it('does not read a figure inside a name', () => {
    expect(annotator.annotate('bến cảng Vũng Áng 1, 2, 3').map((m) => m.kind)).toEqual(['project']);
  });
});
