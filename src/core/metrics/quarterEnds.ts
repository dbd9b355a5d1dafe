import { dayFromYmd, ymdFromDay } from '../stats/index.ts';

/**
 * The last `count` calendar quarter ends (Mar 31, Jun 30, Sep 30, Dec 31) on or before `asOf`, oldest
 * first. T itself is the newest when it is a quarter end.
 */
export function quarterEnds(asOf: number, count: number): number[] {
  const { year, month } = ymdFromDay(asOf);
  // Quarter index (year·4 + q) of the quarter that ends on or before T.
  const current = year * 4 + Math.floor((month - 1) / 3);
  // A quarter ends the day before the next one starts.
  const endOf = (quarter: number) => dayFromYmd(Math.floor((quarter + 1) / 4), ((quarter + 1) % 4) * 3 + 1, 1) - 1;
  const newest = endOf(current) <= asOf ? current : current - 1;
  return Array.from({ length: count }, (_, k) => endOf(newest - count + 1 + k));
}
