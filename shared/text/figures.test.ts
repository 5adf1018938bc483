import { describe, expect, it } from 'vitest';
import { createAnnotator } from './annotate.ts';
import { buildMatchTable } from './match-table.ts';
import { fixtureBase } from './testdata/fixture-base.ts';

const annotator = createAnnotator(buildMatchTable(fixtureBase));
const figures = (text: string) =>
  annotator
    .annotate(text)
    .filter((mention) => mention.kind === 'figure')
    .map((mention) => ({ text: mention.text, ...mention.figure, metric: mention.entity.id }));

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
    const [figure] = figures(`đạt ${text} trong năm`);
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
    const [figure] = figures(`tăng trưởng ${text}).`);
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
    expect(figures(text)).toEqual([]);
  });
});

describe('linking figures to facts', () => {
  it('links "hơn 1,7 tỷ USD" to the 2022 trade fact through "kim ngạch"', () => {
    expect(
      figures('hợp tác thương mại là điểm sáng với tổng kim ngạch song phương cả năm 2022 đạt hơn 1,7 tỷ USD, tăng'),
    ).toEqual([
      {
        text: '1,7 tỷ USD',
        value: 1_700_000_000,
        unit: 'USD',
        facts: ['thuong-mai-2022'],
        metric: 'thuong-mai-viet-nam-lao',
      },
    ]);
  });

  it('links the range "10 - 15%" to the growth target and "927,8 triệu USD" and "11,1%" to 2024', () => {
    const found = figures(
      'vượt mục tiêu đã đề ra (tăng trưởng 10 - 15%). Hợp tác thương mại giữa hai nước tiếp tục tăng, riêng 6 tháng đầu năm 2024 đạt 927,8 triệu USD, tăng 11,1% so với cùng kỳ năm 2023.',
    );
    expect(found.map((f) => [f.text, f.facts])).toEqual([
      ['10 - 15%', ['muc-tieu-tang-truong-thuong-mai-2022']],
      ['927,8 triệu USD', ['thuong-mai-2024-h1']],
      ['11,1%', ['tang-truong-thuong-mai-2024-h1']],
    ]);
  });

  it('accepts a value within the rounding of the page: "1,72 tỷ" is not "1,7 tỷ", "1,7 tỷ" covers 1,7', () => {
    expect(figures('kim ngạch đạt 1,72 tỷ USD')[0]?.facts).toEqual([]);
    expect(figures('kim ngạch đạt 1,70 tỷ USD')[0]?.facts).toEqual(['thuong-mai-2022']);
  });

  it('needs the metric words in the same sentence', () => {
    expect(figures('Kim ngạch tăng mạnh. Dân số đạt 1,7 tỷ USD.')[0]?.facts).toEqual([]);
  });

  it('needs the same unit', () => {
    expect(figures('kim ngạch đạt 1,7 tỷ đồng')[0]?.facts).toEqual([]);
  });

  it('gives a figure no metric claims the generic figure entity', () => {
    expect(figures('Dân số đạt 97 triệu USD')[0]?.metric).toBe('figure');
  });

  it('does not read a figure inside a name', () => {
    expect(annotator.annotate('bến cảng Vũng Áng 1, 2, 3').map((m) => m.kind)).toEqual(['project']);
  });
});
