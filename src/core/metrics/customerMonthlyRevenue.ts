import type { Dataset } from '../model/index.ts';
import { Adder, dayFromYmd, monthKey, snapToZero, ymdFromDay } from '../stats/index.ts';
import { customerRows } from './customerRows.ts';

export interface MonthRevenue {
  /** 'YYYY-MM' */
  readonly month: string;
  /** Σ amount of the customer's rows dated in the month and ≤ T, refunds included (0 for a month without rows). */
  readonly revenue: number;
}

/**
 * One customer's net revenue per calendar month for the `months` months ending with T's month
 * (oldest first; T's month counts its days up to T). Rows after T and rows whose amount is not
 * finite are left out, like every metric. Each month is a compensated sum, set to 0 when it cancels to
 * rounding noise (snapToZero against the month's Σ|amount|, as customer revenue is). Cost: the customer's rows (customerRows).
 */
export function customerMonthlyRevenue(dataset: Dataset, customer: number, asOf: number, months: number): MonthRevenue[] {
  const { year, month } = ymdFromDay(asOf);
  // Month index (year·12 + month − 1) of the first month shown, and its first day.
  const last = year * 12 + month - 1;
  const first = last - months + 1;
  const from = dayFromYmd(Math.floor(first / 12), (first % 12) + 1, 1);
  const sums = Array.from({ length: months }, () => new Adder());
  const gross = new Float64Array(months);
  const { offsets, day, amount } = customerRows(dataset);
  for (let i = offsets[customer]; i < offsets[customer + 1]; i++) {
    const d = day[i];
    if (d < from || d > asOf || !Number.isFinite(amount[i])) continue;
    const ymd = ymdFromDay(d);
    const k = ymd.year * 12 + ymd.month - 1 - first;
    sums[k].add(amount[i]);
    gross[k] += Math.abs(amount[i]);
  }
  return sums.map((sum, k) => {
    const index = first + k;
    return { month: monthKey(dayFromYmd(Math.floor(index / 12), (index % 12) + 1, 1)), revenue: snapToZero(+sum, gross[k]) };
  });
}
