import type { CustomerAggregates } from './customerAggregates.ts';
import { NO_DAY } from './noDay.ts';
import { revenueTotal } from './revenueTotal.ts';

/**
 * aggregateCustomers() under `customerMask` from the unmasked aggregates of the same window, without
 * reading the rows: a customer's numbers come from its own rows only (its distinct orders too), so the
 * masked pass keeps the kept customers' entries as they are and leaves the others at their start
 * values; the two totals are summed again over the kept customers, in customer order as the pass does.
 */
export function maskAggregates(aggregates: CustomerAggregates, customerMask: Uint8Array): CustomerAggregates {
  const n = aggregates.revenue.length;
  const revenue = new Float64Array(n);
  const orders = new Int32Array(n);
  const firstPurchase = new Int32Array(n).fill(NO_DAY);
  const lastPurchase = new Int32Array(n).fill(NO_DAY);
  const lastPurchaseBeforeRecent = new Int32Array(n).fill(NO_DAY);
  const present = new Uint8Array(n);
  const counted = new Uint8Array(n);
  let customersTotal = 0;
  for (let c = 0; c < n; c++) {
    if (customerMask[c] === 0) continue;
    revenue[c] = aggregates.revenue[c];
    orders[c] = aggregates.orders[c];
    firstPurchase[c] = aggregates.firstPurchase[c];
    lastPurchase[c] = aggregates.lastPurchase[c];
    lastPurchaseBeforeRecent[c] = aggregates.lastPurchaseBeforeRecent[c];
    present[c] = aggregates.present[c];
    counted[c] = aggregates.counted[c];
    customersTotal += counted[c];
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
