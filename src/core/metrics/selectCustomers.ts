import type { AggregateArrays, CustomerAggregates } from './customerAggregates.ts';
import { NO_DAY } from './noDay.ts';
import { revenueTotal } from './revenueTotal.ts';

/** An index of selectCustomers that stands for a customer outside the analysis. */
export const OUTSIDE = -1;

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
 * The aggregates of a subset of customers, as if aggregateCustomers had run with a mask holding just
 * them: entry k of every array is customer `indices[k]` (OUTSIDE: a customer the mask leaves out, at
 * the pass's start values). Every number is per customer except the two totals, which are summed
 * again, so the result equals a masked pass without reading the rows again.
 * The arrays are `into` when given (one entry per index, whatever they hold: every entry is written),
 * so that a caller can fill arrays it no longer needs instead of new ones.
 */
export function selectCustomers(aggregates: CustomerAggregates, indices: Int32Array, into?: AggregateArrays): CustomerAggregates {
  const size = indices.length;
  const arrays = into ?? aggregateArrays(size);
  if (arrays.revenue.length !== size) throw new RangeError(`selectCustomers: arrays of ${arrays.revenue.length} entries for ${size} indices`);
  const { revenue, orders, firstPurchase, lastPurchase, lastPurchaseBeforeRecent, present, counted } = arrays;
  let customersTotal = 0;
  // One loop per array type would be generic code V8 cannot keep monomorphic: one plain loop instead.
  for (let k = 0; k < size; k++) {
    const c = indices[k];
    if (c === OUTSIDE) {
      // The start values of a customer the pass skips.
      revenue[k] = 0;
      orders[k] = present[k] = counted[k] = 0;
      firstPurchase[k] = lastPurchase[k] = lastPurchaseBeforeRecent[k] = NO_DAY;
      continue;
    }
    revenue[k] = aggregates.revenue[c];
    orders[k] = aggregates.orders[c];
    firstPurchase[k] = aggregates.firstPurchase[c];
    lastPurchase[k] = aggregates.lastPurchase[c];
    lastPurchaseBeforeRecent[k] = aggregates.lastPurchaseBeforeRecent[c];
    present[k] = aggregates.present[c];
    counted[k] = aggregates.counted[c];
    customersTotal += counted[k];
  }
  return {
    asOf: aggregates.asOf,
    periodStart: aggregates.periodStart,
    recentDays: aggregates.recentDays,
    revenue,
    orders,
    firstPurchase,
    lastPurchase,
    lastPurchaseBeforeRecent,
    present,
    counted,
    customersTotal,
    totalRevenue: revenueTotal(revenue),
  };
}
