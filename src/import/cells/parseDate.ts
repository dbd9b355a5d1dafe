import type { DateOrder } from '../types.ts';
import { ambiguousDateParts } from './ambiguousDateParts.ts';
import { cleanCellText } from './cleanCellText.ts';
import { excelSerialToDay } from './excelSerialToDay.ts';
import { fullYear } from './fullYear.ts';
import { isTimeSuffix } from './isTimeSuffix.ts';
import { monthFromName } from './monthFromName.ts';
import { ymdToDay } from './ymdToDay.ts';

export interface DateParseOptions {
  /** How to read the day/month-ambiguous shapes (`3/5/2024`). */
  readonly order: DateOrder;
  /** Read plain numbers as Excel serial days (1900 system); the column decides (inferDateColumn). */
  readonly serial: boolean;
}

/** `2024-03-05`, `2024/3/5`, `2024.03.05`, then an optional time (after a space or `T`). */
const YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)(.*)$/s;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号](.*)$/s;
/** `5-Mar-2024`, `05 Mar 2024`, `5 March 2024`, `15 Jul 26`, optionally after a weekday. */
const DAY_MONTH_NAME = /^(?:([A-Za-z]+)\.?,?\s+)?(\d{1,2})[-\s/.]+([A-Za-z]+)\.?[-\s/.,]+(\d{4}|\d{2})(?!\d)(.*)$/s;
/** `Mar 5, 2024`, `March 5 2024`, `Tuesday, March 5, 2024`. */
const MONTH_NAME_DAY = /^(?:([A-Za-z]+)\.?,?\s+)?([A-Za-z]+)\.?[-\s/.]*(\d{1,2})(?:,\s*|[-\s/.]+)(\d{4}|\d{2})(?!\d)(.*)$/s;
const NUMBER = /^\d+(?:\.\d+)?$/;

const WEEKDAYS = new Set([
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);

/**
 * Day number (days since 1970-01-01) of a date cell as written in an export, or null when it
 * cannot be read. Times and UTC offsets after the date are accepted and ignored: the calendar
 * date as written counts. Invalid calendar dates (2024-02-30) and years outside 1900–2100 are
 * null. Year-first and month-name shapes are unambiguous; `a/b/yyyy` follows `order`; plain
 * numbers are Excel serials only when `serial` is set, except 8 digits, which are `yyyymmdd`.
 */
export function parseDate(text: string, options: DateParseOptions): number | null {
  const iso = plainIsoDay(text);
  if (iso !== undefined) return iso;
  const s = cleanCellText(text);
  if (s === '') return null;

  let match = YEAR_FIRST.exec(s);
  if (match) return isTimeSuffix(match[5], 'spaceOrT') ? ymd(match[1], match[3], match[4]) : null;
  match = COMPACT.exec(s);
  if (match) return ymd(match[1], match[2], match[3]);
  match = CHINESE.exec(s);
  if (match) return isTimeSuffix(match[4], 'optional') ? ymd(match[1], match[2], match[3]) : null;

  const parts = ambiguousDateParts(s);
  if (parts) {
    const { first, second, year } = parts;
    return options.order === 'mdy' ? ymdToDay(year, first, second) : ymdToDay(year, second, first);
  }

  match = DAY_MONTH_NAME.exec(s);
  if (match) return namedMonth(match[1], match[4], match[3], match[2], match[5]);
  match = MONTH_NAME_DAY.exec(s);
  if (match) return namedMonth(match[1], match[4], match[2], match[3], match[5]);

  if (options.serial && NUMBER.test(s)) return excelSerialToDay(Number(s));
  return null;
}

/**
 * Fast path for `YYYY-MM-DD`, alone or followed by a time after a space or `T` (the shapes of most
 * exports and APIs); undefined = not that shape.
 */
function plainIsoDay(text: string): number | null | undefined {
  if (text.length < 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return undefined;
  if (text.length > 10) {
    const next = text.charCodeAt(10);
    if (next !== 0x20 && next !== 0x54) return undefined;
    const day = plainIsoDay(text.slice(0, 10));
    return day === undefined || !isTimeSuffix(text.slice(10), 'spaceOrT') ? undefined : day;
  }
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const digit = text.charCodeAt(i) - 0x30;
    if (digit < 0 || digit > 9) return undefined;
    if (i < 4) year = year * 10 + digit;
    else if (i < 7) month = month * 10 + digit;
    else day = day * 10 + digit;
  }
  return ymdToDay(year, month, day);
}

function ymd(year: string, month: string, day: string): number | null {
  return ymdToDay(Number(year), Number(month), Number(day));
}

function namedMonth(weekday: string | undefined, year: string, monthName: string, day: string, rest: string): number | null {
  if (weekday !== undefined && !WEEKDAYS.has(weekday.toLowerCase())) return null;
  const month = monthFromName(monthName);
  if (month === null || !isTimeSuffix(rest, 'space')) return null;
  return ymdToDay(fullYear(year), month, Number(day));
}
