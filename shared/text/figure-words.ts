/**
 * The figures' vocabulary: the unit and scale words a Vietnamese page writes a number with, and the unit a fact
 * base or a page means by them. Compiled by figure-state.ts; the recogniser that reads them is figures.ts.
 */

/** Unit words: phrase as written → canonical unit. Longest phrases are tried first. */
export const UNIT_WORDS: ReadonlyArray<readonly [string, string]> = [
  ['%', '%'],
  ['phần trăm', '%'],
  ['USD', 'USD'],
  ['US$', 'USD'],
  ['đô la Mỹ', 'USD'],
  ['đô-la Mỹ', 'USD'],
  ['đôla Mỹ', 'USD'],
  ['đô la', 'USD'],
  ['đô-la', 'USD'],
  ['đôla', 'USD'],
  ['đồng', 'VND'],
  ['VNĐ', 'VND'],
  ['VND', 'VND'],
  ['dự án', 'project'],
];

/**
 * Units of measure, recognised always; other units (counts: "6 dự án") only when a metric uses them, and a count
 * is a mention only when it states a fact ("1 dự án thuộc lĩnh vực khai thác mỏ" is not worth a highlight).
 */
export const MEASURE_UNITS: ReadonlySet<string> = new Set(['%', 'USD', 'VND']);

/** Scale words and their powers of ten. */
export const SCALE_WORDS: ReadonlyArray<readonly [string, number]> = [
  ['nghìn tỷ', 12],
  ['ngàn tỷ', 12],
  ['nghìn', 3],
  ['ngàn', 3],
  ['triệu', 6],
  ['tỷ', 9],
];

/** The canonical form of a unit as a fact base or a page may write it (`VNĐ`, `đồng` → `VND`). */
export function canonicalUnit(unit: string): string {
  const folded = unit.trim().normalize('NFC').toLowerCase();
  for (const [phrase, canonical] of UNIT_WORDS) if (phrase.toLowerCase() === folded) return canonical;
  return unit.trim();
}

/** The entity given to a figure no metric claims. */
export const GENERIC_FIGURE = { id: 'figure', name: 'Số liệu' } as const;
