import { describe, expect, it } from 'vitest';
import { metricGroups } from './metric-page.ts';
import {
  disagreeing,
  disagreeingPairwise,
  entryKey,
  groupReadings,
  notebookCsv,
  outletOf,
  readingsAgree,
} from './readings.ts';

const reading = (value: number, extra: Record<string, unknown> = {}) => ({
  text: String(value),
  sentence: `s${value}`,
  value,
  unit: 'USD',
  metric: 'thuong-mai-viet-nam-lao',
  period: '2024',
  role: 'result' as const,
  ...extra,
});

describe('readings that disagree', () => {
  it("agree when their wording allows the same value: 'khoảng 1,74 tỷ' and '1,7 tỷ', 'hơn 1,7 tỷ' and '1,75 tỷ'", () => {
    expect(readingsAgree(reading(1.74e9, { qualifier: 'about' }), reading(1.7e9))).toBe(true);
    expect(readingsAgree(reading(1.7e9, { qualifier: 'more-than' }), reading(1.75e9))).toBe(true);
  });

  it("disagree when they cannot both hold: '2,2 tỷ' and 'khoảng 1,74 tỷ'; a range and a single value", () => {
    expect(readingsAgree(reading(2.2e9), reading(1.74e9, { qualifier: 'about' }))).toBe(false);
    expect(readingsAgree(reading(5.5e9), reading(5.63e9))).toBe(false);
    expect(readingsAgree(reading(1e9, { valueMax: 2e9 }), reading(1e9))).toBe(false);
  });

  it('finds, in linear time, exactly the readings that comparing every pair finds', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const qualifiers = [undefined, 'about', 'more-than', 'less-than'] as const;
    for (let round = 0; round < 300; round++) {
      const readings = Array.from({ length: 1 + Math.floor(random() * 8) }, () => {
        const qualifier = qualifiers[Math.floor(random() * 4)];
        return reading(Math.round(16 + random() * 8) / 10, qualifier ? { qualifier } : {});
      });
      const marked = (set: Set<(typeof readings)[number]>) => readings.map((r) => set.has(r));
      expect(marked(disagreeing(readings))).toEqual(marked(disagreeingPairwise(readings)));
    }
  });

  it('groups by period and role, disagreements first, and marks them', () => {
    const groups = groupReadings([
      reading(1.7e9, { period: '2022' }),
      reading(2.2e9),
      reading(1.74e9, { qualifier: 'about' }),
      reading(2.2e9, { period: '2025', role: 'target' }),
      reading(2.25e9, { period: '2025', role: 'target', qualifier: 'about' }),
    ]);
    expect(groups.map((group) => [group.period, group.role, group.readings.length, group.disagree])).toEqual([
      ['2024', 'result', 2, true],
      ['2025', 'target', 2, false],
      ['2022', 'result', 1, false],
    ]);
  });
});

describe('records', () => {
  it('are keyed by page, metric, period, role, value and sentence', () => {
    const base = { url: 'https://a.vn/x', ...reading(2.2e9) };
    expect(entryKey(base)).toBe(entryKey({ ...base }));
    for (const change of [
      { url: 'https://a.vn/y' },
      { period: '2023' },
      { role: 'target' as const },
      { value: 2 },
      { sentence: 'x' },
    ])
      expect(entryKey({ ...base, ...change })).not.toBe(entryKey(base));
  });

  it('name their outlet by the hostname without www', () => {
    expect(outletOf('https://www.vietnamplus.vn/a?b=1')).toBe('vietnamplus.vn');
    expect(outletOf('not a url')).toBe('');
  });

  it('export as CSV with quoting, and a field a spreadsheet would run as a formula defused', () => {
    const csv = notebookCsv([
      {
        ...reading(2.2e9),
        id: 'k',
        sentence: 'Năm 2024, kim ngạch đạt "2,2 tỷ USD"',
        title: '=HYPERLINK("x")',
        url: 'https://a.vn/x',
        host: 'a.vn',
        recordedAt: 0,
      },
    ]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe(
      'metric,period,role,value,valueMax,unit,qualifier,text,sentence,title,url,host,date,recordedAt',
    );
    expect(row).toBe(
      'thuong-mai-viet-nam-lao,2024,result,2200000000,,USD,,2200000000,"Năm 2024, kim ngạch đạt ""2,2 tỷ USD""","\'=HYPERLINK(""x"")",https://a.vn/x,a.vn,,1970-01-01T00:00:00.000Z',
    );
  });
});

describe("a metric's page", () => {
  it('lists at most the limit of readings per group, those that disagree first, and counts the rest', () => {
    const entry = (value: number, i: number) => ({
      ...reading(value, { sentence: `s${i}` }),
      id: `k${i}`,
      url: `https://a.vn/${i}`,
      host: 'a.vn',
      title: 't',
      recordedAt: i,
    });
    const many = [entry(2.2e9, 9), ...Array.from({ length: 5 }, (_, i) => entry(1.7e9, i))];
    const [group] = metricGroups([], many, 3);
    expect(group?.disagree).toBe(true);
    expect(group?.readings).toHaveLength(3);
    expect(group?.readings.every((r) => r.disagrees)).toBe(true);
    expect(group?.more).toBe(3);
  });

  it('marks exactly what comparing every pair marks, newest articles first, and sums every value once', () => {
    let seed = 11;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const qualifiers = [undefined, 'about', 'more-than'] as const;
    const entries = Array.from({ length: 400 }, (_, i) => {
      const qualifier = qualifiers[Math.floor(random() * 3)];
      return {
        ...reading(Math.round(16 + random() * 6) / 10, {
          period: String(2020 + (i % 3)),
          ...(qualifier ? { qualifier } : {}),
        }),
        id: `k${i}`,
        host: `h${i % 7}.vn`,
        date: `2025-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 9)}`,
      };
    });
    for (const group of metricGroups([], entries, 12)) {
      const all = entries.filter((entry) => entry.period === group.period);
      const marked = disagreeingPairwise(all);
      expect(group.disagree).toBe(marked.size > 0);
      expect(group.values.reduce((sum, value) => sum + value.count, 0)).toBe(all.length);
      expect(group.readings.length + group.more).toBe(all.length);
      for (const shown of group.readings)
        expect(shown.disagrees).toBe(marked.has(all.find((entry) => entry.id === shown.id) as (typeof all)[number]));
      // The listed ones: every disagreeing reading before any other, each kind newest first, and none newer left out.
      const key = (entry: { disagrees: boolean; date?: string }) => `${Number(entry.disagrees)}${entry.date}`;
      const expected = all
        .map((entry) => ({ ...entry, disagrees: marked.has(entry) }))
        .map(key)
        .sort()
        .reverse()
        .slice(0, 12);
      expect(group.readings.map(key)).toEqual(expected);
    }
  });
});
