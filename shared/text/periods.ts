/**
 * Periods as Vietnamese news writes them, read into the fact base's period keys (`Figure.periodKey`):
 *
 *   "năm 2024", "cả năm 2022"            → 2024, 2022
 *   "6 tháng đầu năm 2024"                → 2024-H1        "6 tháng cuối năm" → H2, "12 tháng" → the year
 *   "4 tháng đầu năm 2025", "9 tháng"     → 2025-4M, 2024-9M
 *   "quý I/2025", "quý 3 năm 2024"        → 2025-Q1, 2024-Q3 ("3 tháng đầu năm" is Q1)
 *   "tháng 8/2024"                        → 2024-08
 *   "giai đoạn 2021-2025", "từ năm 2021 đến năm 2023" → 2021/2025, 2021/2023
 *   "từ năm 2021 đến nay"                 → 2021/2024-08 (to the article's month)
 *   "từ năm 2022 đến 9/2025"              → 2022/2025-09
 *   "lũy kế đến nay", "tính đến nay", "hiện có" → 2024-08-16 (a running total as of the article's date)
 *   "tính đến hết năm 2023", "… tháng 6/2024" → 2023-12-31, 2024-06-30
 *   "năm nay", "năm ngoái"                → the article's year, the year before
 *   "trong những năm tới", "thời gian tới" → an open target, set at the article's month (2025-12)
 *
 * A period the text leaves without a year ("4 tháng đầu năm") takes the article's: the year whose n months had
 * ended by the article's date (a "9 tháng" in January is last year's). Without a date the year stays open, written
 * `?` ("?-4M"), and such a key agrees with the same period of any year (`samePeriod`). A period after "so với",
 * "so cùng kỳ" is a comparison base, not the figure's own: it is returned marked `comparison`.
 *
 * Periods are read on a folded copy of the text (lower case, no diacritics, one kind of dash), so text typed
 * without diacritics reads the same.
 */

export type PeriodKind = 'year' | 'months' | 'quarter' | 'month' | 'span' | 'cumulative' | 'open';

export interface PeriodMention {
  /** The key, as a fact's `periodKey`; `?` stands for what the text and the date leave open. */
  key: string;
  kind: PeriodKind;
  /** Offsets into the text read. */
  start: number;
  end: number;
  /** A comparison base ("so với cùng kỳ năm 2023"), not the period of the figure it sits beside. */
  comparison: boolean;
  /** Of a comparison: "so với cùng kỳ …" (the same part of that year), not the whole year before. */
  sameTime?: boolean;
  /**
   * For a total up to a month's end written out ("tính đến hết tháng 5/2025", "tính đến ngày 30/4"): the same
   * span read as the year so far ("2025-5M"), which is what a flow of the year (FDI, trade) means by it.
   */
  yearToDate?: string;
  /**
   * Read in a paragraph before the figure's, as the report's running period (shared/text/frames.ts): it places the
   * figure, and states a fact it agrees with, but never makes a disagreement.
   */
  carried?: boolean;
}

const Y = '((?:19|20)\\d{2})';
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, '1': 1, '2': 2, '3': 3, '4': 4 };

interface Pattern {
  kind: PeriodKind;
  /** Words one of which the text must hold for the pattern to be tried (a cheap test before the regex). */
  needs: readonly string[];
  re: RegExp;
  key: (m: RegExpExecArray, date: DateParts | undefined) => string | undefined;
}

/** The first n months of a year as a key: "2025-5M", "2025-H1", "2025-Q1", "2025". */
function firstMonths(year: string, months: number): string {
  if (months === 12) return year;
  if (months === 6) return `${year}-H1`;
  if (months === 3) return `${year}-Q1`;
  return `${year}-${months}M`;
}

/** A day that closes its month (or nearly: "tính đến 28/2"), read as the year so far up to that month. */
function yearToDate(key: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (!match) return undefined;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return day >= Math.min(28, lastDay(year, month)) ? firstMonths(String(year), month) : undefined;
}

interface DateParts {
  year: number;
  month: number;
  iso: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Counts of months written in words ("sáu tháng đầu năm", "ba tháng đầu năm"), folded. */
const COUNTS: Record<string, number> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  'muoi mot': 11,
  'muoi hai': 12,
};
const COUNT_WORDS = Object.keys(COUNTS)
  .sort((a, b) => b.length - a.length)
  .join('|');
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** The year of a period of `months` months that starts a year, as of `date`: this year once they have ended. */
function yearOf(written: string | undefined, months: number, date: DateParts | undefined): string {
  if (written && /^\d{4}$/.test(written)) return written;
  if (!date) return '?';
  if (written === 'nay') return String(date.year);
  return String(date.month >= months ? date.year : date.year - 1);
}

const PATTERNS: readonly Pattern[] = [
  {
    // "tháng 1-10/2022", "từ tháng 1 đến tháng 10/2022": the year's first months, as the customs office counts them
    // (before running totals: "đến tháng 10/2022" here ends the range, it is no cut-off).
    kind: 'months',
    needs: ['thang'],
    re: new RegExp(`\\bthang\\s+0?1\\s*(?:-|den|toi)\\s*(?:thang\\s+)?(\\d{1,2})\\s*(?:\\/|-|nam)\\s*${Y}`, 'g'),
    key: (m) => {
      const months = Number(m[1]);
      return months >= 2 && months <= 12 ? firstMonths(m[2] as string, months) : undefined;
    },
  },
  {
    kind: 'span',
    needs: ['giai doan'],
    re: new RegExp(`\\bgiai doan\\s+(?:tu\\s+)?(?:nam\\s+)?${Y}\\s*(?:-|den|toi)\\s*(?:nam\\s+)?${Y}`, 'g'),
    key: (m) => `${m[1]}/${m[2]}`,
  },
  {
    kind: 'span',
    needs: ['tu '],
    re: new RegExp(`\\btu\\s+(?:nam\\s+)?${Y}\\s+(?:den|toi)\\s+(?:het\\s+)?(?:nam\\s+)?${Y}`, 'g'),
    key: (m) => `${m[1]}/${m[2]}`,
  },
  {
    kind: 'span',
    needs: ['tu '],
    re: new RegExp(
      `\\btu\\s+(?:nam\\s+)?${Y}\\s+(?:den|toi)\\s+(?:het\\s+)?(?:thang\\s+)?(\\d{1,2})\\s*\\/\\s*${Y}`,
      'g',
    ),
    key: (m) => {
      const month = Number(m[2]);
      return month >= 1 && month <= 12 ? `${m[1]}/${m[3]}-${pad(month)}` : undefined;
    },
  },
  {
    kind: 'span',
    needs: ['tu '],
    re: new RegExp(`\\btu\\s+(?:nam\\s+)?${Y}\\s*(?:,\\s*)?(?:den|toi)\\s+(?:nay|hien nay|thoi diem nay)`, 'g'),
    key: (m, date) => `${m[1]}/${date ? date.iso.slice(0, 7) : '?'}`,
  },
  {
    kind: 'span',
    needs: ['-'],
    re: new RegExp(`(?<![\\d/.,])${Y}\\s*-\\s*${Y}(?![\\d/.,])`, 'g'),
    key: (m) => (Number(m[2]) > Number(m[1]) && Number(m[2]) - Number(m[1]) <= 20 ? `${m[1]}/${m[2]}` : undefined),
  },
  {
    kind: 'cumulative',
    needs: ['luy ke', 'tinh', 'den'],
    re: new RegExp(
      `\\b(?:luy ke|tinh|den)\\s+(?:den|toi)?\\s*(?:het|cuoi)\\s+(?:nam\\s+)?${Y}|\\b(?:luy ke|tinh)\\s+(?:den|toi)\\s+(?:nam\\s+)?${Y}`,
      'g',
    ),
    key: (m) => `${m[1] ?? m[2]}-12-31`,
  },
  {
    kind: 'cumulative',
    needs: ['thang'],
    re: new RegExp(
      `\\b(?:luy ke|tinh|den)\\s+(?:den|toi)?\\s*(?:het\\s+|cuoi\\s+)?thang\\s+(\\d{1,2})\\s*(?:\\/|nam)\\s*${Y}`,
      'g',
    ),
    key: (m) => {
      const month = Number(m[1]);
      const year = Number(m[2]);
      return month >= 1 && month <= 12 ? `${year}-${pad(month)}-${pad(lastDay(year, month))}` : undefined;
    },
  },
  {
    kind: 'cumulative',
    needs: ['ngay'],
    re: new RegExp(
      `\\b(?:luy ke|tinh|den)\\s+(?:den|toi)?\\s*(?:het\\s+)?ngay\\s+(\\d{1,2})\\s*\\/\\s*(\\d{1,2})(?:\\s*\\/\\s*${Y})?(?![\\d/])`,
      'g',
    ),
    key: (m, date) => {
      if (!m[3] && !date) return undefined;
      const [day, month, year] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : (date as DateParts).year];
      return month >= 1 && month <= 12 && day >= 1 && day <= lastDay(year, month)
        ? `${year}-${pad(month)}-${pad(day)}`
        : undefined;
    },
  },
  {
    kind: 'cumulative',
    needs: ['luy ke', 'tinh', 'den', 'hien'],
    re: /\b(?:luy ke(?:\s+(?:den|toi)\s+(?:nay|hien nay|thoi diem nay))?|tinh\s+(?:den|toi)\s+(?:nay|hien nay|thoi diem nay)|(?:den|cho den)\s+(?:nay|hien nay|thoi diem nay)|hien\s+(?:dang\s+)?co|hien\s+la)\b/g,
    key: (_m, date) => date?.iso ?? '?',
  },
  {
    // "Hiện Việt Nam có 267 dự án", "Hiện nay, doanh nghiệp Việt Nam có …": a stock as of the article's date, when
    // "hiện" opens the sentence or clause (not "thực hiện", "xuất hiện").
    kind: 'cumulative',
    needs: ['hien'],
    re: /(?:^|[.;:,!?(]\s*|\n\s*)hien(?:\s+nay)?\s*,?\s+(?:[a-z]+\s+){0,4}?(?:dang\s+)?co\b/g,
    key: (_m, date) => date?.iso ?? '?',
  },
  {
    kind: 'quarter',
    needs: ['quy'],
    re: new RegExp(`\\bquy\\s+(iv|iii|ii|i|[1-4])(?![a-z\\d])(?:\\s*(?:\\/|-|nam)\\s*(${Y.slice(1, -1)}|nay))?`, 'g'),
    key: (m, date) => {
      const quarter = ROMAN[m[1] as string] as number;
      return `${yearOf(m[2], quarter * 3, date)}-Q${quarter}`;
    },
  },
  {
    kind: 'months',
    needs: ['thang'],
    re: new RegExp(
      `\\b(\\d{1,2}|${COUNT_WORDS})\\s+thang\\s+(?:(dau|cuoi)\\s+nam(?:\\s+(${Y.slice(1, -1)}|nay))?|(?:nam\\s+)?${Y}|(?:dau\\s+nam|qua|vua qua|nam nay))`,
      'g',
    ),
    key: (m, date) => {
      const months = COUNTS[m[1] as string] ?? Number(m[1]);
      if (months < 1 || months > 12) return undefined;
      const written = m[3] ?? m[4];
      if (m[2] === 'cuoi') return months === 6 ? `${yearOf(written, 12, date)}-H2` : undefined;
      return firstMonths(yearOf(written, months, date), months);
    },
  },
  {
    // "xuất khẩu sang Lào 11 tháng đạt …": n months alone, in a report of the year so far, are its first n months
    // (the year from the date or the text before); not a time ahead ("6 tháng tới"), a date ("15 tháng 11") or a
    // part of a number ("1,5 tháng"). Digits only: "Việt Nam tháng này" is no count of months.
    kind: 'months',
    needs: ['thang'],
    re: /(?<![\d.,/]\s*)\b(\d{1,2})\s+thang\b(?!\s*(?:\d|toi\b|sap toi|nua\b|tiep|ke tiep|sau\b|truoc\b))/g,
    key: (m, date) => {
      const months = Number(m[1]);
      return months >= 2 && months <= 12 ? firstMonths(yearOf(undefined, months, date), months) : undefined;
    },
  },
  {
    kind: 'month',
    needs: ['thang dau'],
    re: new RegExp(
      `(?<!(?:\\d|\\b(?:${COUNT_WORDS}))\\s+)\\b(?:trong\\s+)?thang\\s+dau(?:\\s+tien)?\\s+(?:cua\\s+)?nam(?:\\s+(${Y.slice(1, -1)}|nay))?`,
      'g',
    ),
    key: (m, date) => `${yearOf(m[1], 1, date)}-01`,
  },
  {
    kind: 'month',
    needs: ['thang'],
    re: new RegExp(`\\bthang\\s+(\\d{1,2})\\s*(?:\\/|-|nam)\\s*${Y}`, 'g'),
    key: (m) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? `${m[2]}-${pad(month)}` : undefined;
    },
  },
  {
    // "Riêng trong tháng 7, …": a month without its year is of the year the date or the text before gives; not a
    // day's month ("ngày 15 tháng 7"), a cut-off ("đến tháng 7") or the start of a range ("tháng 1 - 10").
    kind: 'month',
    needs: ['thang'],
    re: /(?<!(?:\d|\bden|\btoi|\bhet|\bcuoi)\s*)\bthang\s+(\d{1,2})\b(?!\s*(?:[-/.,]\s*\d|den\b|toi\b|nam\s+\d))/g,
    key: (m, date) => {
      const month = Number(m[1]);
      return month >= 1 && month <= 12 ? `${yearOf(undefined, month, date)}-${pad(month)}` : undefined;
    },
  },
  {
    kind: 'year',
    needs: ['nam'],
    re: new RegExp(`\\bnam\\s+(?:tai chinh\\s+)?${Y}(?![\\d/])`, 'g'),
    key: (m) => m[1],
  },
  {
    kind: 'year',
    needs: ['nam'],
    re: /(?<!\d\s*)\bnam\s+(nay|ngoai|truoc|qua)\b/g,
    key: (m, date) => (date ? String(m[1] === 'nay' ? date.year : date.year - 1) : undefined),
  },
  {
    kind: 'open',
    needs: ['toi'],
    re: /\b(?:trong\s+)?(?:nhung\s+nam\s+(?:toi|sap toi)|thoi gian\s+(?:toi|sap toi)|giai doan\s+(?:toi|sap toi))/g,
    key: (_m, date) => (date ? date.iso.slice(0, 7) : '?'),
  },
];

/** "so với", "so cùng kỳ", "cùng kỳ": what follows is the comparison base. */
const COMPARISON_BEFORE = /(?:\bso(?:\s+voi)?|\bcung ky|\bbang)(?:\s+cung ky)?(?:\s+(?:cua|trong))?\s*$/;

function comparisonOf(before: string): { comparison: boolean; sameTime?: true } {
  const match = COMPARISON_BEFORE.exec(before);
  if (!match) return { comparison: false };
  return match[0].includes('cung ky') ? { comparison: true, sameTime: true } : { comparison: true };
}

const foldCache = new Map<string, string>();

/**
 * Lower case, no diacritics, one dash, one space; `map[i]` is the offset in `text` of folded character `i` (none
 * when every character folds to one: then offsets are the same).
 */
export function foldForPeriods(text: string): { folded: string; map: number[] | undefined } {
  let folded = '';
  const map: number[] = [];
  let shifted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x300 && c <= 0x36f) {
      shifted = true;
      continue;
    }
    let out: string;
    if (c < 0x80) out = text[i]?.toLowerCase() ?? '';
    else if (c === 0x111 || c === 0x110) out = 'd';
    else if ((c >= 0x2010 && c <= 0x2015) || c === 0x2212) out = '-';
    else if (c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x3000) out = ' ';
    else {
      const ch = text[i] as string;
      let cached = foldCache.get(ch);
      if (cached === undefined) {
        const base = ch
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .toLowerCase();
        cached = base.length === 1 ? base : ch.toLowerCase();
        foldCache.set(ch, cached);
      }
      out = cached;
    }
    if (out.length !== 1) shifted = true;
    for (let k = 0; k < out.length; k++) map.push(i);
    folded += out;
  }
  map.push(text.length);
  return { folded, map: shifted ? map : undefined };
}

function dateParts(date: string | undefined): DateParts | undefined {
  const match = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null;
  return match ? { year: Number(match[1]), month: Number(match[2]), iso: date as string } : undefined;
}

/**
 * Every period written in `text`, in order, with offsets into `text`; `date` (the article's, `YYYY-MM-DD`)
 * resolves "năm nay", "đến nay" and years left unwritten. Where two readings overlap, the longer one (listed first
 * above) wins: "giai đoạn 2021-2025" is one span, not two years.
 */
export function readPeriods(text: string, date?: string): PeriodMention[] {
  const { folded, map } = foldForPeriods(text);
  const at = (k: number) => (map ? (map[k] as number) : k);
  const parts = dateParts(date);
  const taken: Array<[number, number]> = [];
  const found: PeriodMention[] = [];
  for (const pattern of PATTERNS) {
    if (!pattern.needs.some((word) => folded.includes(word))) continue;
    pattern.re.lastIndex = 0;
    for (let m = pattern.re.exec(folded); m; m = pattern.re.exec(folded)) {
      const from = m.index;
      const to = m.index + m[0].length;
      if (taken.some(([a, b]) => from < b && to > a)) continue;
      const key = pattern.key(m, parts);
      if (!key) continue;
      taken.push([from, to]);
      // A cut-off written out ("lũy kế đến hết tháng 6/2024", "tính đến 30/4"), not "đến nay" or "hiện có".
      const explicit = pattern.kind === 'cumulative' && !/\b(?:nay|hien)\b/.test(m[0]);
      const ytd = explicit ? yearToDate(key) : undefined;
      found.push({
        key,
        kind: pattern.kind,
        start: at(from),
        end: at(to),
        ...comparisonOf(folded.slice(Math.max(0, from - 24), from)),
        ...(ytd ? { yearToDate: ytd } : {}),
      });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const OPEN_TARGET = /^\d{4}-\d{2}$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Is a fact's key of an open target (the month it was set: "2025-12"), given that the fact is a target? */
export function isOpenTargetKey(key: string): boolean {
  return OPEN_TARGET.test(key);
}

/** Is the key a running total's (a day, or `?` for "as of the article's date" left open)? */
export function isCumulativeKey(key: string): boolean {
  return DAY.test(key);
}

/**
 * Do a page's period and a fact's name the same period? Equal keys do; a page key with an open year (`?-4M`)
 * agrees with that period of any year; running totals agree within the same month (a figure "as of today"
 * restated a few days later is the same cut-off, another month's is another point of the series).
 */
export function samePeriod(page: string, fact: string): boolean {
  if (page === fact) return true;
  if (page === '?') return DAY.test(fact);
  if (page.startsWith('?-'))
    return fact.length > 4 && /^\d{4}$/.test(fact.slice(0, 4)) && fact.slice(4) === page.slice(1);
  if (page.endsWith('/?')) return fact.startsWith(page.slice(0, -1));
  if (DAY.test(page) && DAY.test(fact)) return page.slice(0, 7) === fact.slice(0, 7);
  return false;
}

const ROMAN_NUMERALS = ['', 'I', 'II', 'III', 'IV'];

/** A key in words, as a card shows it: "năm 2024", "6 tháng đầu năm 2024", "quý I/2025", "lũy kế đến 16/8/2024". */
export function periodLabel(key: string, target = false): string {
  const year = (y: string) => (y === '?' ? '(năm không rõ)' : y);
  let match = /^(\d{4}|\?)-H([12])$/.exec(key);
  if (match) return `6 tháng ${match[2] === '1' ? 'đầu' : 'cuối'} năm ${year(match[1] as string)}`;
  match = /^(\d{4}|\?)-(\d{1,2})M$/.exec(key);
  if (match) return `${match[2]} tháng đầu năm ${year(match[1] as string)}`;
  match = /^(\d{4}|\?)-Q([1-4])$/.exec(key);
  if (match) return `quý ${ROMAN_NUMERALS[Number(match[2])]}/${year(match[1] as string)}`;
  match = /^(\d{4})\/(\d{4})$/.exec(key);
  if (match) return `giai đoạn ${match[1]}–${match[2]}`;
  match = /^(\d{4})\/(?:(\d{4})-(\d{2})|\?)$/.exec(key);
  if (match) return match[2] ? `từ năm ${match[1]} đến tháng ${Number(match[3])}/${match[2]}` : `từ năm ${match[1]}`;
  match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
  if (match) return `lũy kế đến ${Number(match[3])}/${Number(match[2])}/${match[1]}`;
  match = /^(\d{4})-(\d{2})$/.exec(key);
  if (match) return target ? `đề ra tháng ${Number(match[2])}/${match[1]}` : `tháng ${Number(match[2])}/${match[1]}`;
  match = /^\?-(\d{2})$/.exec(key);
  if (match) return `tháng ${Number(match[1])} ${year('?')}`;
  if (/^\d{4}$/.test(key)) return `năm ${key}`;
  if (key === '?') return target ? 'mục tiêu' : 'lũy kế';
  return key;
}
