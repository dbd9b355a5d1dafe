import type { CustomerAggregates } from './customerAggregates.ts';
import { monthIndex, monthIndexKey } from './monthIndex.ts';
import { NO_DAY } from './noDay.ts';

export interface NewLostMonth {
  /** 'YYYY-MM' */
  readonly month: string;
  /** Customers whose first purchase falls in the month. */
  readonly new: number;
  /** Customers who became lost in the month: last purchase + the lost window falls in it, on or before T. */
  readonly lost: number;
}

/**
 * New and lost customers per calendar month, from the month of the earliest first purchase to T's
 * month, from the per-customer first / last purchase ≤ T of the aggregates (a mask applies through them).
 * A customer is new in the month of its first purchase. It is lost from the day last + `lostDays` (the
 * day SPEC's `last ≤ T − lost` starts to hold) and counts as lost in that day's month when the day is ≤ T.
 * Only the last purchase ≤ T counts: a customer who lapsed and later bought again is not lost in
 * the month it lapsed. T's month is partial (it ends at T). Empty when nobody has a purchase.
 */
export function newAndLostByMonth(aggregates: CustomerAggregates, lostDays: number): NewLostMonth[] {
  const { asOf, firstPurchase, lastPurchase } = aggregates;
  let earliest = Number.POSITIVE_INFINITY;
  for (let c = 0; c < firstPurchase.length; c++) if (firstPurchase[c] !== NO_DAY && firstPurchase[c] < earliest) earliest = firstPurchase[c];
  if (earliest === Number.POSITIVE_INFINITY) return [];
  const start = monthIndex(earliest);
  const size = monthIndex(asOf) - start + 1;
  const added = new Array<number>(size).fill(0);
  const lost = new Array<number>(size).fill(0);
  for (let c = 0; c < firstPurchase.length; c++) {
    if (firstPurchase[c] === NO_DAY) continue;
    added[monthIndex(firstPurchase[c]) - start]++;
    const lostOn = lastPurchase[c] + lostDays;
    if (lostOn <= asOf) lost[monthIndex(lostOn) - start]++;
  }
  return added.map((count, i) => ({ month: monthIndexKey(start + i), new: count, lost: lost[i] }));
}
