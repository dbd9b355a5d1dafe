/**
 * Calendar days as integers: days since 1970-01-01 in the proleptic Gregorian calendar.
 * Core never uses `Date` for calendar math, so no time zone or daylight-saving shift can move a
 * day. The conversions are Howard Hinnant's `days_from_civil` / `civil_from_days`
 * (https://howardhinnant.github.io/date_algorithms.html), exact for every integer day.
 */

export interface Ymd {
  readonly year: number;
  /** 1–12 */
  readonly month: number;
  /** 1–31 */
  readonly day: number;
}

/**
 * Day number of a calendar date. `month` must be 1–12; `day` may run past the month's end
 * (or be ≤ 0) and then rolls into the next (previous) month, as `Date.UTC` does.
 */
export function dayFromYmd(year: number, month: number, day: number): number {
  // Years start in March so the leap day is the last day of the shifted year.
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const shiftedMonth = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * shiftedMonth + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** Calendar date of a day number. */
export function ymdFromDay(d: number): Ymd {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
  const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function pad(value: number, width: number): string {
  const text = String(Math.abs(value)).padStart(width, '0');
  return value < 0 ? `-${text}` : text;
}

/** 'YYYY-MM-DD' (years before 0 get a leading '-', years past 9999 more digits). */
export function formatDay(d: number): string {
  const { year, month, day } = ymdFromDay(d);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** 'YYYY-MM' of the month that holds the day. */
export function monthKey(d: number): string {
  const { year, month } = ymdFromDay(d);
  return `${pad(year, 4)}-${pad(month, 2)}`;
}

/** First day of the month that holds the day. */
export function monthStart(d: number): number {
  const { year, month } = ymdFromDay(d);
  return dayFromYmd(year, month, 1);
}

/** Last day of the month that holds the day. */
export function monthEnd(d: number): number {
  const { year, month } = ymdFromDay(d);
  // Day 0 of the next month is the last day of this one.
  return month === 12 ? dayFromYmd(year, 12, 31) : dayFromYmd(year, month + 1, 0);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Strict 'YYYY-MM-DD' → day number; null for any other text, including impossible dates
 * ('2023-02-29', '2024-13-01'), surrounding spaces and times. Import's lenient date parsing
 * lives in src/import; this one reads settings and command-line options.
 */
export function parseIsoDay(text: string): number | null {
  const match = ISO_DAY.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return null;
  const d = dayFromYmd(year, month, day);
  // A day past the month's end rolls over; the round trip catches it.
  return ymdFromDay(d).month === month ? d : null;
}
