/**
 * How numbers and dates read in the interface, in its language — the one place, through `Intl`: Vietnamese
 * conventions (decimal comma, "1,7 tỷ USD", dd/mm/yyyy) or English ones ("1.7 billion USD"). A period is the fact
 * base's own words.
 */
import { ISO_DAY } from '../../shared/iso-date.ts';
import type { CardSeriesPoint } from '../../shared/lookup/card.ts';
import { language, t } from './i18n.ts';

const locale = () => (language() === 'en' ? 'en-GB' : 'vi-VN');

// Made on first use: building a format loads locale data, a cost every page would pay at script load.
const formats = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function cached<T extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: (locale: string) => T): T {
  const name = `${key}:${locale()}`;
  let format = formats.get(name) as T | undefined;
  if (!format) {
    format = make(locale());
    formats.set(name, format);
  }
  return format;
}

/** The amount without its unit: "1,7 tỷ", "927,8 triệu", "12,5"; "1.7 billion" in English. */
export function formatAmount(value: number): string {
  return cached(
    'compact',
    (locale) =>
      new Intl.NumberFormat(locale, { notation: 'compact', compactDisplay: 'long', maximumFractionDigits: 2 }),
  ).format(value);
}

export function formatValue(value: number, unit: string, valueMax?: number): string {
  const amount = valueMax === undefined ? formatAmount(value) : `${formatAmount(value)} – ${formatAmount(valueMax)}`;
  if (unit === '%') return `${amount}%`;
  const unitLabel = unit === 'VND' ? t('unitVnd') : unit;
  return `${amount} ${unitLabel}`;
}

/**
 * `YYYY-MM-DD` -> dd/mm/yyyy; a date known only to the month or year (`YYYY-MM`, `YYYY`) -> mm/yyyy, yyyy (Intl
 * would write the month in words in Vietnamese, "tháng 04, 2024", beside the numeric days of the same card).
 */
export function formatDate(iso: string): string {
  if (ISO_DAY.test(iso)) {
    const day = cached(
      'day',
      (locale) =>
        new Intl.DateTimeFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
    );
    return day.format(new Date(`${iso}T00:00:00Z`));
  }
  const [year, month] = iso.split('-');
  return month && year ? `${month}/${year}` : iso;
}

/** A target's period that does not say so itself ("năm 2025") is written "Mục tiêu năm 2025". */
export const needsTargetWord = (point: Pick<CardSeriesPoint, 'period' | 'isTarget'>): boolean =>
  point.isTarget && !/mục tiêu/i.test(point.period);

export function formatPeriod(point: Pick<CardSeriesPoint, 'period' | 'isTarget'>): string {
  return needsTargetWord(point) ? t('targetPeriod', point.period) : point.period;
}
