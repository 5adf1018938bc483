/**
 * Dates as Vietnamese news pages print them: "21:23 - 05/04/2023", "Thứ Hai, 1/12/2025", "Thứ Năm, 11-07-2024",
 * "ngày 16 tháng 8 năm 2024", ISO "2025-12-01". Used to find the date of an article, so that a card can show the
 * role a person held then.
 */
// Day, month, year with one separator throughout: "11/07/2024", or "11-07-2024" as some outlets print it.
const NUMERIC = /(?<![\d/-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d{2})(?![\d/-])/;
const WORDS = /ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})(?:\s*,)?\s+năm\s+((?:19|20)\d{2})/i;
const ISO = /(?<!\d)((?:19|20)\d{2})-(\d{2})-(\d{2})(?!\d)/;

function iso(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The first full date written in the text, as `YYYY-MM-DD`, or undefined. Day comes before month, as in Vietnam. */
export function findDate(text: string): string | undefined {
  const found: Array<{ at: number; value: string }> = [];
  /** `groups`: where the match holds the year, the month and the day. */
  const consider = (match: RegExpExecArray | null, [year, month, day]: [number, number, number]) => {
    if (!match) return;
    const value = iso(Number(match[year]), Number(match[month]), Number(match[day]));
    if (value) found.push({ at: match.index, value });
  };
  consider(NUMERIC.exec(text), [4, 3, 1]);
  consider(WORDS.exec(text), [3, 2, 1]);
  consider(ISO.exec(text), [1, 2, 3]);
  return found.sort((a, b) => a.at - b.at)[0]?.value;
}
