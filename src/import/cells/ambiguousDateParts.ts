import { fullYear } from './fullYear.ts';
import { isTimeSuffix } from './isTimeSuffix.ts';

/** The two leading numbers of `a/b/yyyy` (or `-`, `.`), before deciding which is the month. */
export interface AmbiguousDateParts {
  readonly first: number;
  readonly second: number;
  /** Four-digit year (two-digit years pivoted by fullYear). */
  readonly year: number;
}

const NUMERIC_YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\d)(.*)$/s;

/**
 * Splits the day/month-ambiguous date shapes `3/5/2024`, `05.03.2024`, `5-3-24` (optionally
 * followed by a time) into their numbers; null for every other shape. The text must already be
 * cleaned (cleanCellText). A two-digit year is always the last part: `24-03-05` reads as
 * 24 March 2005 (or 3 of month 24: invalid), never as 2024-03-05.
 */
export function ambiguousDateParts(text: string): AmbiguousDateParts | null {
  const match = NUMERIC_YEAR_LAST.exec(text);
  if (!match || !isTimeSuffix(match[5], 'space')) return null;
  return { first: Number(match[1]), second: Number(match[3]), year: fullYear(match[4]) };
}
