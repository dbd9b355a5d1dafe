import { dayFromYmd } from '../../core/stats/index.ts';

/** Years an import accepts: anything else is a typo or a wrong column, not a business date. */
const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/**
 * Day number (days since 1970-01-01) of a calendar date, or null when the date does not exist
 * (2024-02-30, month 13) or its year is outside 1900–2100. dayFromYmd rolls invalid days over,
 * so validity is checked here first.
 */
export function ymdToDay(year: number, month: number, day: number): number | null {
  if (year < MIN_YEAR || year > MAX_YEAR || month < 1 || month > 12 || day < 1) return null;
  if (day > daysInMonth(year, month)) return null;
  return dayFromYmd(year, month, day);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
