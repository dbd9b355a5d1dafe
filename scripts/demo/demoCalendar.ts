import { formatDay, parseIsoDay, ymdFromDay } from '../../src/core/index.ts';

/** The days the demo data covers, with the calendar facts the seasonality needs. */
export interface DemoCalendar {
  readonly days: number;
  /** Day number (days since 1970-01-01) of day index 0. */
  readonly start: number;
  /** `YYYY-MM-DD` per day index (0 = first day). */
  readonly labels: readonly string[];
  /** Month 0–11 per day. */
  readonly month: Uint8Array;
  /** Day of month 1–31 per day. */
  readonly dayOfMonth: Uint8Array;
  /** 0 = Sunday … 6 = Saturday per day. */
  readonly weekday: Uint8Array;
}

/** Every day from `first` to `last` (inclusive, `YYYY-MM-DD`), with core's calendar-day math. */
export function demoCalendar(first: string, last: string): DemoCalendar {
  const start = parseIsoDay(first);
  const end = parseIsoDay(last);
  if (start === null || end === null || end < start) throw new RangeError(`bad demo calendar range ${first}..${last}`);
  const days = end - start + 1;
  const labels: string[] = [];
  const month = new Uint8Array(days);
  const dayOfMonth = new Uint8Array(days);
  const weekday = new Uint8Array(days);
  for (let d = 0; d < days; d++) {
    const ymd = ymdFromDay(start + d);
    labels.push(formatDay(start + d));
    month[d] = ymd.month - 1;
    dayOfMonth[d] = ymd.day;
    // Day 0, 1970-01-01, was a Thursday.
    weekday[d] = (((start + d + 4) % 7) + 7) % 7;
  }
  return { days, start, labels, month, dayOfMonth, weekday };
}
