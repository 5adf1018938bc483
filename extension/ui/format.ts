/**
 * How numbers, dates and periods read in the cards, in the interface's language: Vietnamese conventions (decimal
 * comma, "1,7 tỷ USD", dd/mm/yyyy) or English ones ("1.7 billion USD"). A period is the fact base's own words.
 */
import type { CardSeriesPoint } from '../../shared/lookup/card.ts';
import { language, t } from './i18n.ts';

const SCALES = [
  [1e9, 'scaleBillion'],
  [1e6, 'scaleMillion'],
  [1e3, 'scaleThousand'],
] as const;

// Made on first use: building a number format loads locale data, a cost every page would pay at script load.
const numberFormats = new Map<string, Intl.NumberFormat>();
function formatNumber(value: number): string {
  const locale = language() === 'en' ? 'en-GB' : 'vi-VN';
  let format = numberFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
    numberFormats.set(locale, format);
  }
  return format.format(value);
}

function scaled(value: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(value) >= size) return `${formatNumber(value / size)} ${t(word)}`;
  }
  return formatNumber(value);
}

export function formatValue(value: number, unit: string, valueMax?: number): string {
  const amount = valueMax === undefined ? scaled(value) : `${scaled(value)} – ${scaled(valueMax)}`;
  if (unit === '%') return `${amount}%`;
  const unitLabel = unit === 'VND' ? t('unitVnd') : unit;
  return `${amount} ${unitLabel}`;
}

/** `YYYY-MM-DD` -> dd/mm/yyyy; a date known only to the month or year (`YYYY-MM`, `YYYY`) -> mm/yyyy, yyyy. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (day && month && year) return `${day}/${month}/${year}`;
  return month && year ? `${month}/${year}` : iso;
}

/** A target's period that does not say so itself ("năm 2025") is written "Mục tiêu năm 2025". */
export const needsTargetWord = (point: Pick<CardSeriesPoint, 'period' | 'isTarget'>): boolean =>
  point.isTarget && !/mục tiêu/i.test(point.period);

export function formatPeriod(point: Pick<CardSeriesPoint, 'period' | 'isTarget'>): string {
  return needsTargetWord(point) ? t('targetPeriod', point.period) : point.period;
}
