import type { DateOrder, Delimiter } from './types.ts';

/**
 * Day/month order to use when no date value disambiguates (SPEC: "month-first for
 * US-style exports and day-first otherwise"): the preset's order when a preset says;
 * else month-first for a comma-separated file whose amounts do not use a decimal comma;
 * else day-first (`;`, tab or `|` files and decimal commas are European habits).
 */
export function defaultDateOrder(presetOrder: DateOrder | null, delimiter: Delimiter, amounts: readonly string[]): DateOrder {
  if (presetOrder !== null) return presetOrder;
  return delimiter === ',' && decimalMark(amounts) !== ',' ? 'mdy' : 'dmy';
}

/**
 * The decimal mark most amounts use: the last `.` or `,` of a value, unless it is followed
 * by exactly three digits and is the only kind of mark (then it may group thousands).
 */
function decimalMark(amounts: readonly string[]): '.' | ',' | null {
  let dots = 0;
  let commas = 0;
  for (const text of amounts) {
    const match = /([.,])(\d+)\D*$/.exec(text);
    if (match === null) continue;
    const mark = match[1];
    const both = text.includes('.') && text.includes(',');
    if (match[2].length === 3 && !both) continue;
    if (mark === '.') dots++;
    else commas++;
  }
  if (dots === commas) return null;
  return dots > commas ? '.' : ',';
}
