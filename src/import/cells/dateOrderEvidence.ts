import { ambiguousDateParts } from './ambiguousDateParts.ts';
import { cleanCellText } from './cleanCellText.ts';
import { ymdToDay } from './ymdToDay.ts';

/** What a date value says about the day/month order of its column. */
export type DateOrderEvidence = 'mdy' | 'dmy' | 'either' | 'none';

/**
 * What one value says about the day/month order of its column. Only the ambiguous shapes
 * (`a/b/yyyy` with `/`, `-` or `.`) carry evidence: 'mdy' when only the month-first reading is a
 * valid date (`3/25/2024`), 'dmy' when only day-first is (`25/3/2024`), 'either' when both are
 * (`3/5/2024`); 'none' for every other shape and for text that is no date either way.
 */
export function dateOrderEvidence(text: string): DateOrderEvidence {
  const parts = ambiguousDateParts(cleanCellText(text));
  if (parts === null) return 'none';
  const { first, second, year } = parts;
  const monthFirst = ymdToDay(year, first, second) !== null;
  const dayFirst = ymdToDay(year, second, first) !== null;
  if (monthFirst && dayFirst) return 'either';
  if (monthFirst) return 'mdy';
  return dayFirst ? 'dmy' : 'none';
}
