import { describe, expect, it } from 'vitest';
import { periodLabel, readPeriods, samePeriod } from './periods.ts';

const own = (sentence: string, date?: string) =>
  readPeriods(sentence, date)
    .filter((period) => !period.comparison)
    .map((period) => period.key);

describe('periods as Vietnamese news writes them', () => {
  it.each([
    ['cả năm 2022 đạt hơn 1,7 tỷ USD', '2022'],
    ['riêng 6 tháng đầu năm 2024 đạt 927,8 triệu USD', '2024-H1'],
    ['6 tháng cuối năm 2023', '2023-H2'],
    ['4 tháng đầu năm 2025 ước đạt 6,28 tỷ USD', '2025-4M'],
    ['trong 9 tháng năm 2024', '2024-9M'],
    ['12 tháng năm 2024', '2024'],
    ['quý I/2025, xuất khẩu sang Lào', '2025-Q1'],
    ['quý 3 năm 2024', '2024-Q3'],
    ['3 tháng đầu năm 2025', '2025-Q1'],
    ['Tính riêng tháng 12/2022', '2022-12'],
    ['Giai đoạn 2021-2023, tốc độ tăng trưởng bình quân', '2021/2023'],
    ['giai đoạn 2021 – 2025', '2021/2025'],
    ['từ năm 2021 đến năm 2023', '2021/2023'],
    ['Từ năm 2022 đến 9/2025, tổng kim ngạch', '2022/2025-09'],
    ['tính đến hết năm 2023', '2023-12-31'],
    ['Tính đến tháng 4/2025, Việt Nam có 267 dự án', '2025-04-30'],
    ['tinh den het nam 2023', '2023-12-31'],
    ['6 thang dau nam 2024', '2024-H1'],
    ['sáu tháng đầu năm 2024', '2024-H1'],
    ['mười một tháng năm 2024', '2024-11M'],
    ['trong tháng đầu năm 2024', '2024-01'],
    ['từ tháng 1-10/2022, kim ngạch', '2022-10M'],
    ['Từ tháng 1 đến tháng 10/2022, kim ngạch', '2022-10M'],
    ['trong tháng 1 - 6 năm 2023', '2023-H1'],
  ])('reads %j as %s', (sentence, key) => {
    expect(own(sentence)).toEqual([key]);
  });

  it.each([
    ['lũy kế đến nay, 274 dự án', '2025-06-10'],
    ['Tính đến nay, doanh nghiệp Việt Nam đầu tư vào Lào', '2025-06-10'],
    ['VN hiện có 219 dự án', '2025-06-10'],
    ['Hiện Việt Nam có 267 dự án đầu tư vào Lào', '2025-06-10'],
    ['Về đầu tư, hiện nay, doanh nghiệp Việt Nam có 267 dự án', '2025-06-10'],
    ['năm nay', '2025'],
    ['năm ngoái', '2024'],
    ['từ năm 2021 đến nay', '2021/2025-06'],
    ['trong những năm tới', '2025-06'],
    ['6 tháng đầu năm', '2025-H1'],
    ['9 tháng đầu năm', '2024-9M'],
    ['quý I', '2025-Q1'],
    ['trong ba tháng đầu năm', '2025-Q1'],
    ['Tính đến ngày 30/4, tổng vốn', '2025-04-30'],
    ['xuất khẩu sang Lào 5 tháng đạt 250 triệu USD', '2025-5M'],
    ['xuất khẩu sang Lào 11 tháng đạt 555 triệu USD', '2024-11M'],
    ['Riêng trong tháng 5, thương mại hai chiều đạt', '2025-05'],
    ['Riêng trong tháng 7, thương mại hai chiều đạt', '2024-07'],
  ])('reads %j with the article’s date (10/6/2025) as %s', (sentence, key) => {
    expect(own(sentence, '2025-06-10')).toEqual([key]);
  });

  it.each([
    'trong 6 tháng tới, xuất khẩu sẽ tăng',
    'ngày 15 tháng 11 năm nay',
    'sau 1,5 tháng thi công',
    'Việt Nam tháng này xuất khẩu nhiều',
    'thêm 3 tháng nữa',
  ])('reads no count of months in %j', (sentence) => {
    expect(own(sentence).filter((key) => /M$|H1|Q1/.test(key))).toEqual([]);
  });

  it.each([
    ['ngày 15 tháng 7 năm nay', []],
    ['tính đến tháng 7, tổng vốn', []],
    ['từ tháng 1 đến tháng 10, kim ngạch', []],
    ['tháng 7/2024', ['2024-07']],
    ['Vốn thực hiện dự án có tăng', []],
  ])('reads no month alone in %j', (sentence, keys) => {
    expect(own(sentence, '2025-06-10')).toEqual(keys);
  });

  it('leaves a year the text and the date do not give open', () => {
    expect(own('4 tháng đầu năm')).toEqual(['?-4M']);
    expect(own('lũy kế đến nay')).toEqual(['?']);
  });

  it.each([
    ['tăng 11,1% so với cùng kỳ năm 2023', '2023'],
    ['tăng hơn 24% so với năm 2021', '2021'],
    ['tăng 60% so với tháng 11/2022', '2022-11'],
    ['so cùng kỳ năm trước', undefined],
  ])('marks the comparison base in %j', (sentence, key) => {
    const periods = readPeriods(sentence, '2024-01-15');
    expect(periods.every((period) => period.comparison)).toBe(true);
    if (key) expect(periods.map((period) => period.key)).toEqual([key]);
  });

  it('reads a total to a month’s end as the year so far, for flows of the year', () => {
    const [period] = readPeriods('Tính đến hết tháng 5/2025, vốn thực hiện');
    expect(period).toMatchObject({ key: '2025-05-31', kind: 'cumulative', yearToDate: '2025-5M' });
    expect(readPeriods('lũy kế đến nay', '2025-05-31')[0]?.yearToDate).toBeUndefined();
  });

  it('gives offsets into the text as written (NFD, a dash of any kind)', () => {
    const text = 'Giai đoạn 2021–2023, tăng'.normalize('NFD');
    const [period] = readPeriods(text);
    expect(text.slice(period?.start, period?.end)).toBe('Giai đoạn 2021–2023'.normalize('NFD'));
  });
});

describe('the same period', () => {
  it.each([
    ['2024-H1', '2024-H1', true],
    ['?-4M', '2024-4M', true],
    ['?-4M', '2024-H1', false],
    ['2024-08-20', '2024-08-16', true],
    ['2025-01-10', '2024-08-16', false],
    ['2021/?', '2021/2024-08', true],
    ['2024', '2024-H1', false],
  ])('%s and %s: %s', (page, fact, same) => {
    expect(samePeriod(page, fact)).toBe(same);
  });
});

describe('a period in words', () => {
  it.each([
    ['2024', 'năm 2024'],
    ['2024-H1', '6 tháng đầu năm 2024'],
    ['2025-4M', '4 tháng đầu năm 2025'],
    ['2025-Q1', 'quý I/2025'],
    ['2021/2023', 'giai đoạn 2021–2023'],
    ['2021/2024-08', 'từ năm 2021 đến tháng 8/2024'],
    ['2024-08-16', 'lũy kế đến 16/8/2024'],
    ['2024-08', 'tháng 8/2024'],
    ['?-07', 'tháng 7 (năm không rõ)'],
  ])('%s reads "%s"', (key, label) => {
    expect(periodLabel(key)).toBe(label);
  });

  it('says when an open-ended target was set', () => {
    expect(periodLabel('2025-12', true)).toBe('đề ra tháng 12/2025');
  });
});
