import { ymdFromDay } from '../stats/index.ts';

/** Calendar months since year 0 of the month that holds the day: consecutive months are consecutive integers. */
export function monthIndex(day: number): number {
  const { year, month } = ymdFromDay(day);
  return year * 12 + month - 1;
}

/** 'YYYY-MM' of a month index (years 0–9999). */
export function monthIndexKey(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${String(index - year * 12 + 1).padStart(2, '0')}`;
}
