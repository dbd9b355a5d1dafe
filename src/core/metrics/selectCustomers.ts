import type { CustomerAggregates } from './customerAggregates.ts';
import { NO_DAY } from './noDay.ts';
import { revenueTotal } from './revenueTotal.ts';

/** An index of selectCustomers that stands for a customer outside the analysis. */
export const OUTSIDE = -1;

/**
 * The aggregates of a subset of customers, as if aggregateCustomers had run with a mask holding just
 * them: entry k of every array is customer `indices[k]` (OUTSIDE: a customer the mask leaves out, at
 * the pass's start values). Every number is per customer except the two totals, which are summed
 * again, so the result equals a masked pass without reading the rows again.
 */
export function selectCustomers(aggregates: CustomerAggregates, indices: Int32Array): CustomerAggregates {
  const size = indices.length;
  const revenue = new Float64Array(size);
  const orders = new Int32Array(size);
  const firstPurchase = new Int32Array(size);
  const lastPurchase = new Int32Array(size);
  const lastPurchaseBeforeRecent = new Int32Array(size);
  const present = new Uint8Array(size);
  const counted = new Uint8Array(size);
  let customersTotal = 0;
  // One loop per array type would be generic code V8 cannot keep monomorphic: one plain loop instead.
  for (let k = 0; k < size; k++) {
    const c = indices[k];
    if (c === OUTSIDE) {
      // The start values of a customer the pass skips.
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
