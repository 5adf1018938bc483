/** How numbers, dates and periods read in the cards: Vietnamese conventions (decimal comma, "tỷ", dd/mm/yyyy). */
import type { CardSeriesPoint } from '../../shared/lookup/card.ts';

const SCALES: Array<[number, string]> = [
  [1e9, 'tỷ'],
  [1e6, 'triệu'],
  [1e3, 'nghìn'],
];

// Made on first use: building a number format loads locale data, a cost every page would pay at script load.
let numberFormat: Intl.NumberFormat | undefined;
const number = {
  format: (value: number) => {
    numberFormat ??= new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
    return numberFormat.format(value);
  },
};

function scaled(value: number): string {
  for (const [size, word] of SCALES) {
    if (Math.abs(value) >= size) return `${number.format(value / size)} ${word}`;
  }
  return number.format(value);
}

export function formatValue(value: number, unit: string, valueMax?: number): string {
  const amount = valueMax === undefined ? scaled(value) : `${scaled(value)} – ${scaled(valueMax)}`;
  if (unit === '%') return `${amount}%`;
  const unitLabel = unit === 'VND' ? 'đồng' : unit;
  return `${amount} ${unitLabel}`;
}

/** `YYYY-MM-DD` -> dd/mm/yyyy; a date known only to the month or year (`YYYY-MM`, `YYYY`) -> mm/yyyy, yyyy. */
export function formatDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  if (day && month && year) return `${day}/${month}/${year}`;
  return month && year ? `${month}/${year}` : iso;
}

export function formatPeriod(point: Pick<CardSeriesPoint, 'period' | 'isTarget'>): string {
  return point.isTarget && !/mục tiêu/i.test(point.period) ? `Mục tiêu ${point.period}` : point.period;
}
