import type { AggregateArrays, CustomerAggregates } from './customerAggregates.ts';
import { NO_DAY } from './noDay.ts';
import { revenueTotal } from './revenueTotal.ts';

/** New AggregateArrays of `size` entries. */
export function aggregateArrays(size: number): AggregateArrays {
  return {
    revenue: new Float64Array(size),
    orders: new Int32Array(size),
    firstPurchase: new Int32Array(size),
    lastPurchase: new Int32Array(size),
    lastPurchaseBeforeRecent: new Int32Array(size),
    present: new Uint8Array(size),
    counted: new Uint8Array(size),
  };
}

/**
 * The aggregates of a pass with `mask` (aggregateCustomers(dataset, window, mask)) from those of the
 * pass without, not reading the rows: every number is per customer, so the customers the mask keeps
 * keep theirs and the others are at the pass's start values; the two totals are summed again.
 * The arrays are `into` when given (one entry per customer, whatever they hold: every entry is
 * written), so that a caller can fill arrays it no longer needs instead of new ones.
 */
export function maskCustomers(aggregates: CustomerAggregates, mask: Uint8Array, into?: AggregateArrays): CustomerAggregates {
  const size = mask.length;
  const arrays = into ?? aggregateArrays(size);
  if (arrays.revenue.length !== size) throw new RangeError(`maskCustomers: arrays of ${arrays.revenue.length} entries for ${size} customers`);
  // Everyone at the start values (a fill is far cheaper than a test per customer), then the kept ones copied.
  arrays.revenue.fill(0);
  arrays.orders.fill(0);
  arrays.present.fill(0);
  arrays.counted.fill(0);
  arrays.firstPurchase.fill(NO_DAY);
  arrays.lastPurchase.fill(NO_DAY);
  arrays.lastPurchaseBeforeRecent.fill(NO_DAY);
  let customersTotal = 0;
  for (let c = 0; c < size; c++) if (mask[c] !== 0) customersTotal += copyCustomer(aggregates, c, arrays, c);
  return aggregatesWith(aggregates, arrays, customersTotal);
}

/** Customer c's entries of `from` into entry k of `to`; answers whether it counts (1 or 0). */
export function copyCustomer(from: AggregateArrays, c: number, to: AggregateArrays, k: number): number {
  to.revenue[k] = from.revenue[c];
  to.orders[k] = from.orders[c];
  to.firstPurchase[k] = from.firstPurchase[c];
  to.lastPurchase[k] = from.lastPurchase[c];
  to.lastPurchaseBeforeRecent[k] = from.lastPurchaseBeforeRecent[c];
  to.present[k] = from.present[c];
  return (to.counted[k] = from.counted[c]);
}

/**
 * `arrays` with the window of the pass `aggregates` came from and their totals, in the shape
 * aggregateCustomers gives (one object shape for every kind of aggregates keeps their readers' code monomorphic).
 */
export function aggregatesWith(aggregates: CustomerAggregates, arrays: AggregateArrays, customersTotal: number): CustomerAggregates {
  return {
    asOf: aggregates.asOf,
    periodStart: aggregates.periodStart,
    recentDays: aggregates.recentDays,
    revenue: arrays.revenue,
    orders: arrays.orders,
    firstPurchase: arrays.firstPurchase,
    lastPurchase: arrays.lastPurchase,
    lastPurchaseBeforeRecent: arrays.lastPurchaseBeforeRecent,
    present: arrays.present,
    counted: arrays.counted,
    customersTotal,
    totalRevenue: revenueTotal(arrays.revenue),
  };
}
