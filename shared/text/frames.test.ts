/**
 * The frame reader on sentences written the way Vietnamese outlets write (the reviews' traps and the issue's
 * examples), with the curated base: a number is tied to the base by its frame — quantity, scope, direction,
 * period, role — never by its value alone. The development and precision sets (shared/eval/figures.test.ts) hold
 * the same on real text at scale.
 */
import { describe, expect, it } from 'vitest';
import type { Mention } from './annotate.ts';
import { agrees, bounds, precisionOf } from './frames.ts';
import { curatedAnnotator } from './testdata/curated-annotator.ts';

const annotator = curatedAnnotator();
const everyNumber = curatedAnnotator({ figures: 'all' });
const LAOS = ['viet-nam', 'lao'];

function figure(text: string, surface: string, date = '2025-06-10', subject = LAOS): Mention['figure'] | undefined {
  const at = text.indexOf(surface);
  if (at < 0) throw new Error(`"${surface}" is not in the sentence`);
  return annotator
    .annotate(text, { date, subject })
    .find((mention) => mention.kind === 'figure' && mention.start < at + surface.length && at < mention.end)?.figure;
}

describe('a figure is its frame’s, never its value’s', () => {
  it.each([
    ['another country’s trade', 'Kim ngạch thương mại Việt Nam - Trung Quốc năm 2022 đạt 1,7 tỷ USD.', '1,7 tỷ USD'],
    ['a province’s licences', 'Đà Nẵng cấp phép 6 dự án với tổng số vốn 339 triệu USD.', '339 triệu USD'],
    ['a province’s projects', 'Bình Dương có 256 dự án FDI.', '256 dự án'],
    [
      'a railway’s cost',
      'Dự án đường sắt Lào Cai - Hà Nội - Hải Phòng có tổng mức đầu tư khoảng 203.231 tỷ đồng (tương đương 6,3 tỷ USD).',
      '6,3 tỷ USD',
    ],
    ['a price', 'Giá thịt lợn tăng 11,1% so với cùng kỳ.', '11,1%'],
    ['one good among the exports', 'Xuất khẩu gạo sang Lào năm 2022 tăng 24%.', '24%'],
    ['a trade surplus', 'Thặng dư thương mại với Lào năm 2022 đạt 1,7 tỷ USD.', '1,7 tỷ USD'],
    [
      'a product line',
      'Sản phẩm hóa chất là mặt hàng xuất khẩu lớn nhất sang Lào, với kim ngạch đạt 344 triệu USD.',
      '344 triệu USD',
    ],
    ['a jackpot', 'Giải Jackpot trị giá 45 tỷ đồng.', '45 tỷ đồng'],
    [
      'a part after "trong đó"',
      'Riêng 6 tháng đầu năm 2024, 6 dự án được Lào cấp phép, trong đó có 1 dự án thuộc lĩnh vực khai thác mỏ.',
      '1 dự án',
    ],
  ])('%s has no metric and is not drawn', (_what, text, surface) => {
    expect(figure(text, surface)).toBeUndefined();
  });

  it('reads the quantity, the pair, the period and the role: a new point of the trade series', () => {
    expect(figure('Năm 2024, kim ngạch thương mại Việt - Lào đạt 2,2 tỷ USD.', '2,2 tỷ USD')).toMatchObject({
      metric: 'thuong-mai-viet-nam-lao',
      period: '2024',
      role: 'result',
      facts: [],
    });
  });

  it('reads a flow with its direction: Laos importing from Vietnam is Vietnam’s exports to Laos', () => {
    const text =
      'Trong 6 tháng đầu năm 2024, Lào chi 289,2 triệu USD nhập khẩu hàng hóa từ Việt Nam và giá trị hàng Lào xuất khẩu sang Việt Nam đạt 638,6 triệu USD.';
    expect(figure(text, '289,2')).toMatchObject({
      metric: 'xuat-khau-viet-nam-sang-lao',
      facts: ['viet-nam-xuat-khau-sang-lao-6-thang-2024'],
    });
    expect(figure(text, '638,6')).toMatchObject({
      metric: 'xuat-khau-lao-sang-viet-nam',
      facts: ['lao-xuat-khau-sang-viet-nam-6-thang-2024'],
    });
    expect(figure('Quý I/2025, xuất khẩu sang Lào đạt 346 triệu USD.', '346')).toMatchObject({
      metric: 'xuat-khau-viet-nam-sang-lao',
      period: '2025-Q1',
    });
    expect(figure('Quý I/2025, Việt Nam nhập khẩu từ Lào 500 triệu USD.', '500')).toMatchObject({
      metric: 'xuat-khau-lao-sang-viet-nam',
    });
  });

  it('resolves "hai nước" by the page: Cambodia’s trade on a page about Cambodia', () => {
    const text = 'Năm 2022, thương mại hai nước tăng 11% lên 10,57 tỷ USD.';
    expect(figure(text, '10,57', '2024-06-28', ['viet-nam', 'campuchia'])?.metric).toBe(
      'thuong-mai-viet-nam-campuchia',
    );
    expect(figure(text, '10,57', '2024-06-28', LAOS)?.metric).toBe('thuong-mai-viet-nam-lao');
  });

  it('resolves "lũy kế đến nay" with the article’s date: a running total at another cut-off is a new point', () => {
    const text = 'Lũy kế đến nay, doanh nghiệp Việt Nam có 274 dự án đầu tư tại Lào với tổng vốn đăng ký 5,82 tỷ USD.';
    expect(figure(text, '274 dự án')).toMatchObject({
      metric: 'so-du-an-dau-tu-cua-viet-nam-tai-lao',
      period: '2025-06-10',
      facts: [],
    });
    expect(figure(text, '5,82')).toMatchObject({ metric: 'von-dang-ky-dau-tu-cua-viet-nam-tai-lao', facts: [] });
    expect(figure(text.replace('274', '256'), '256', '2024-08-20')?.facts).toEqual([
      'viet-nam-so-du-an-dau-tu-tai-lao-8-2024',
    ]);
  });

  it('disagrees only for the same metric, scope and period, and names the fact', () => {
    const sentence = (value: string) => `Kim ngạch thương mại song phương Việt Nam - Lào năm 2022 đạt ${value}.`;
    expect(figure(sentence('2,1 tỷ USD'), '2,1')).toMatchObject({
      conflicts: ['viet-nam-thuong-mai-voi-lao-2022'],
      facts: [],
    });
    expect(figure(sentence('1,75 tỷ USD'), '1,75')?.facts).toEqual(['viet-nam-thuong-mai-voi-lao-2022']);
    expect(figure(sentence('gần 1,7 tỷ USD'), '1,7')?.conflicts).toEqual(['viet-nam-thuong-mai-voi-lao-2022']);
    expect(figure(sentence('2,1 tỷ USD').replace('2022', '2019'), '2,1')).toMatchObject({ facts: [], period: '2019' });
    expect(figure(sentence('2,1 tỷ USD').replace('2022', '2019'), '2,1')?.conflicts).toBeUndefined();
  });

  it('compares targets with targets of the same period only', () => {
    const text = 'Mục tiêu năm 2025, kim ngạch thương mại hai nước tăng từ 10 - 15%.';
    expect(figure(text, '10 - 15%')).toMatchObject({
      metric: 'tang-truong-thuong-mai-viet-nam-lao',
      role: 'target',
      period: '2025',
      facts: [],
    });
    expect(figure(text, '10 - 15%')?.conflicts).toBeUndefined();
    expect(figure('Việt - Lào hướng tới mục tiêu thương mại 10 tỷ USD.', '10 tỷ', '2025-12-01')).toMatchObject({
      role: 'target',
      facts: ['to-lam-muc-tieu-thuong-mai-10-ty-usd'],
    });
    expect(figure('Thương mại Việt Nam - Lào năm 2025 đạt 10 tỷ USD.', '10 tỷ')?.facts).toEqual([]);
  });

  it('reads the year after the one a growth is compared with when the sentence names no other', () => {
    const text = 'Kim ngạch thương mại Việt Nam - Lào vượt chỉ tiêu đề ra, đạt 1,73 tỷ USD, tăng 24% so với năm 2021.';
    expect(figure(text, '1,73')).toMatchObject({ period: '2022', facts: ['viet-nam-thuong-mai-voi-lao-2022'] });
    expect(figure(text, '24%')).toMatchObject({
      period: '2022',
      facts: ['viet-nam-tang-truong-thuong-mai-voi-lao-2022'],
    });
  });

  it('reads the qualifier before the number', () => {
    expect(figure('Kim ngạch thương mại Việt Nam - Lào năm 2024 đạt hơn 2,2 tỷ USD.', '2,2')?.qualifier).toBe(
      'more-than',
    );
    expect(figure('Kim ngạch thương mại Việt Nam - Lào năm 2024 ước đạt 2,2 tỷ USD.', '2,2')?.qualifier).toBe('about');
    expect(figure('Kim ngạch thương mại Việt Nam - Lào năm 2024 đạt gần 2,2 tỷ USD.', '2,2')?.qualifier).toBe(
      'less-than',
    );
  });

  it('reads text typed without diacritics', () => {
    expect(figure('Nam 2024, kim ngach thuong mai Viet Nam - Lao dat 2,2 ty USD.', '2,2')).toMatchObject({
      metric: 'thuong-mai-viet-nam-lao',
      period: '2024',
    });
  });

  it('draws every number with what little is known of it only when asked', () => {
    const [mention] = everyNumber.annotate('Giá vàng hôm nay tăng 2 triệu đồng mỗi lượng.', { date: '2025-06-10' });
    expect(mention).toMatchObject({ kind: 'figure', entity: { id: 'figure' }, figure: { metric: null, facts: [] } });
    expect(annotator.annotate('Giá vàng hôm nay tăng 2 triệu đồng mỗi lượng.')).toEqual([]);
  });
});

describe('values within the written precision and the qualifier', () => {
  it('reads the bounds as DESIGN.md writes them', () => {
    expect(bounds(1.7e9, 1e8, 'more-than')).toMatchObject({ low: 1.7e9, high: 1.8e9, lowOpen: true });
    expect(bounds(34, 1, 'less-than')).toMatchObject({ low: 33.5, high: 34, highOpen: true });
    const about = bounds(5.5e9, 1e8, 'about');
    expect([about.low, about.high]).toEqual([5.45e9, 5.55e9]);
  });

  it.each([
    [1.7e9, 1e8],
    [24, 1],
    [10e9, 1e9],
    [927.8e6, 1e5],
    [17.7, 0.1],
  ])('takes one unit of the last written digit of %d: %d', (value, unit) => {
    expect(precisionOf(value)).toBeCloseTo(unit, 6);
  });

  it.each([
    ['1,75 tỷ is "hơn 1,7 tỷ"', 1.75e9, 1e7, undefined, true],
    ['2,1 tỷ is not "hơn 1,7 tỷ"', 2.1e9, 1e8, undefined, false],
    ['"hơn 1,7 tỷ" is "hơn 1,7 tỷ"', 1.7e9, 1e8, 'more-than', true],
    ['"gần 1,7 tỷ" is not "hơn 1,7 tỷ"', 1.7e9, 1e8, 'less-than', false],
  ])('%s', (_what, value, unit, qualifier, same) => {
    const fact = {
      id: 'f',
      metric: 0,
      value: 1.7e9,
      periodKey: '2022',
      isTarget: false,
      qualifier: 'more-than' as const,
    };
    expect(agrees({ value, unit, qualifier }, fact)).toBe(same);
  });
});

describe('a period without its year, on a page without a date', () => {
  const text =
    'Thương mại Việt Nam - Lào trong quý I/2023 tăng mạnh. Kim ngạch xuất khẩu hàng hóa của Việt Nam sang Lào trong ba tháng đầu năm đạt 346 triệu USD.';
  const periodOf = (body: string, date?: string) =>
    annotator.annotate(body, { subject: LAOS, ...(date ? { date } : {}) }).find((m) => m.kind === 'figure')?.figure
      ?.period;

  it('takes the year the paragraph named before it', () => {
    expect(periodOf(text)).toBe('2023-Q1');
  });

  it('stays unknown when nothing before it names a year', () => {
    expect(periodOf(text.slice(text.indexOf('Kim ngạch')))).toBe('?-Q1');
  });

  it('takes the article’s date first when there is one', () => {
    expect(periodOf(text.slice(text.indexOf('Kim ngạch')), '2025-04-20')).toBe('2025-Q1');
  });
});

describe('a report’s period over the paragraphs after it', () => {
  const report = [
    'Tổng kim ngạch xuất nhập khẩu Việt Nam – Lào 6 tháng đầu năm 2024 đạt 927,8 triệu USD.',
    'Các mặt hàng xuất khẩu chính gồm xăng dầu, phân bón và sắt thép.',
    'Xuất khẩu của Việt Nam sang Lào đạt 289,2 triệu USD, tăng 3,7% so với cùng kỳ năm 2023.',
    'Nhập khẩu của Việt Nam từ Lào đạt 640 triệu USD, tăng 12% so với cùng kỳ năm 2023 (571,4 triệu USD).',
  ];
  const text = report.join('\n\n');

  it('places a figure whose paragraph names no period, and states the fact it agrees with', () => {
    const exports = figure(text, '289,2 triệu USD');
    expect(exports).toMatchObject({ metric: 'xuat-khau-viet-nam-sang-lao', period: '2024-H1' });
    expect(exports?.facts).toEqual(['viet-nam-xuat-khau-sang-lao-6-thang-2024']);
  });

  it('never makes a disagreement: the base says 638,6 for these months, the page 640 under a carried period', () => {
    const imports = figure(text, '640 triệu USD');
    expect(imports).toMatchObject({ metric: 'xuat-khau-lao-sang-viet-nam', period: '2024-H1', facts: [] });
    expect(imports?.conflicts).toBeUndefined();
    // The same sentence with its period written out is a disagreement.
    const named = figure(`${report[3]?.replace('đạt', '6 tháng đầu năm 2024 đạt')}`, '640 triệu USD');
    expect(named?.conflicts).toEqual(['lao-xuat-khau-sang-viet-nam-6-thang-2024']);
  });

  it('reads the value of a comparison base written after it as that base’s', () => {
    expect(figure(text, '571,4 triệu USD')?.period).toBe('2023-H1');
    expect(
      figure(
        'Kim ngạch thương mại Việt Nam - Lào tháng 12/2022 đạt 211 triệu USD, tăng 60% so với tháng 11/2022 (132,1 triệu USD).',
        '132,1 triệu USD',
      )?.period,
    ).toBe('2022-11');
  });

  it('reaches back a report’s length, not over a whole page, and does not place a running total', () => {
    const far = `${report[0]}\n\n${'Hai bên trao đổi về hợp tác văn hóa và giáo dục. '.repeat(25)}\n\n${report[2]}`;
    expect(figure(far, '289,2 triệu USD')?.period).toBeNull();
    const stock = `${report[0]}\n\nHiện Việt Nam có 256 dự án đầu tư tại Lào.`;
    expect(figure(stock, '256 dự án')).toMatchObject({
      metric: 'so-du-an-dau-tu-cua-viet-nam-tai-lao',
      period: '2025-06-10',
    });
  });

  it('gives its year to a month written without one, and runs on from a flow’s written cut-off', () => {
    const june = [
      'Trong 6 tháng đầu năm 2022, kim ngạch thương mại hai chiều giữa Việt Nam – Lào đạt 824 triệu USD.',
      'Các mặt hàng nhập khẩu chủ yếu từ Lào là quặng và phân bón.',
      'Riêng trong tháng 6 vừa qua, thương mại hai chiều giữa Việt Nam – Lào đạt 134 triệu USD.',
    ].join('\n\n');
    expect(figure(june, '134 triệu USD', '')).toMatchObject({ metric: 'thuong-mai-viet-nam-lao', period: '2022-06' });
    const cutOff = [
      'Kim ngạch thương mại hai chiều Việt Nam - Lào lũy kế đến hết tháng 6/2024 đạt 928 triệu USD.',
      'Trong số này, Việt Nam xuất khẩu sang Lào đạt 289,2 triệu USD.',
    ].join('\n\n');
    expect(figure(cutOff, '289,2 triệu USD', '')).toMatchObject({
      period: '2024-H1',
      facts: ['viet-nam-xuat-khau-sang-lao-6-thang-2024'],
    });
  });

  it('comes from the text before the block on a page read block by block', () => {
    const [first, , third] = report;
    const mentions = annotator.annotate(third as string, {
      date: '2025-06-10',
      subject: LAOS,
      before: () => first as string,
    });
    expect(mentions.find((m) => m.kind === 'figure')?.figure?.period).toBe('2024-H1');
  });
});

describe('a quantity right before another', () => {
  it('is the head of the longer one: a target to raise trade names trade, one to raise one good’s exports none', () => {
    const trade = figure(
      'Hai bên nhất trí phấn đấu nâng kim ngạch hai nước lên 5 tỷ USD trong thời gian tới.',
      '5 tỷ USD',
    );
    expect(trade).toMatchObject({ metric: 'thuong-mai-viet-nam-lao', role: 'target' });
    const exports = figure('Hai bên phấn đấu nâng kim ngạch xuất khẩu sang Lào lên 500 triệu USD.', '500 triệu USD');
    expect(exports).toMatchObject({ metric: 'xuat-khau-viet-nam-sang-lao', role: 'target' });
    expect(
      figure('Hai bên phấn đấu nâng kim ngạch xuất khẩu gạo sang Lào lên 500 triệu USD.', '500 triệu USD'),
    ).toBeUndefined();
  });
});

describe('the places of a later clause', () => {
  it('are its own measure’s, not the number’s', () => {
    const text =
      'Ngược lại, xuất khẩu sang Lào 10 tháng năm 2023 đạt 500 triệu USD, như vậy, Việt Nam nhập siêu từ thị trường Lào 300 triệu USD.';
    expect(figure(text, '500 triệu USD')).toMatchObject({ metric: 'xuat-khau-viet-nam-sang-lao', period: '2023-10M' });
    expect(figure(text, '300 triệu USD')).toBeUndefined();
  });
  it('but a part of it (“trong đó”) and words that describe it still say where it is', () => {
    const provinces =
      'Giai đoạn 2021-2025, tổng kim ngạch xuất nhập khẩu giữa hai bên đạt 200 triệu USD, trong đó kim ngạch xuất khẩu từ Nghệ An đạt 150 triệu USD.';
    expect(figure(provinces, '200 triệu USD')).toBeUndefined();
    expect(figure('Hiện có 250 dự án được cấp phép đầu tư sang Lào còn hiệu lực.', '250 dự án')).toMatchObject({
      metric: 'so-du-an-dau-tu-cua-viet-nam-tai-lao',
    });
  });
});

describe('a flow to a cut-off, and “con số này”', () => {
  it('reads trade "lũy kế đến hết tháng 6/2024" as the first half of 2024', () => {
    const text =
      'Kim ngạch thương mại hai chiều Việt Nam - Lào lũy kế đến hết tháng 6/2024 đạt 928 triệu USD, tăng 11%.';
    expect(figure(text, '928 triệu USD')).toMatchObject({
      period: '2024-H1',
      facts: ['viet-nam-thuong-mai-voi-lao-6-thang-2024'],
    });
    expect(figure(text, '11%')).toMatchObject({
      period: '2024-H1',
      facts: ['viet-nam-tang-truong-thuong-mai-voi-lao-6-thang-2024'],
    });
  });
  it('gives "con số này" the quantity the sentence before ended on', () => {
    const text =
      'Năm 2022, kim ngạch thương mại giữa Việt Nam và Lào đạt 1,65 tỷ USD. Đến hết tháng 11 năm 2023, con số này tiếp tục đạt 1,5 tỷ USD.';
    expect(figure(text, '1,5 tỷ USD')).toMatchObject({ metric: 'thuong-mai-viet-nam-lao', period: '2023-11M' });
    expect(
      figure('Giá xăng tăng mạnh. Đến hết tháng 11 năm 2023, con số này đạt 1,5 tỷ USD.', '1,5 tỷ USD'),
    ).toBeUndefined();
  });
});

describe('who says it, and what a count of projects counts', () => {
  it('reads the places of a clause ending in "cho biết" as the speaker’s, not the figure’s', () => {
    const text =
      'Dẫn số liệu của Tổng cục Hải quan, Vụ Thị trường châu Á - châu Phi (Bộ Công Thương) cho biết, 2 tháng đầu năm 2024, tổng kim ngạch xuất nhập khẩu của hai nước đạt 276,7 triệu USD.';
    expect(figure(text, '276,7 triệu USD')).toMatchObject({ metric: 'thuong-mai-viet-nam-lao', period: '2024-2M' });
  });
  it('reads no quantity in the name of who says it', () => {
    expect(figure('Theo Bộ Kế hoạch và Đầu tư, Lào nhận 160 triệu USD viện trợ.', '160 triệu USD')).toBeUndefined();
    expect(
      figure(
        'Theo Bộ Kế hoạch và Đầu tư, vốn đầu tư của Việt Nam sang Lào năm 2024 đạt 191,1 triệu USD.',
        '191,1 triệu USD',
      ),
    ).toMatchObject({ metric: 'von-dau-tu-moi-cua-viet-nam-tai-lao', period: '2024' });
  });
  it('counts investment projects only beside words of investment', () => {
    expect(
      figure('Ngoài ra còn có 8 dự án hai bên đã ký bản ghi nhớ về giá mua bán điện với Lào.', '8 dự án'),
    ).toBeUndefined();
    expect(
      figure('Đây là bước đệm để tổng lũy kế vốn đầu tư sang Lào lên tới 5,7 tỉ USD với 267 dự án.', '267 dự án'),
    ).toMatchObject({ metric: 'so-du-an-dau-tu-cua-viet-nam-tai-lao' });
  });
});
