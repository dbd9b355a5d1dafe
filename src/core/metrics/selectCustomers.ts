import type { CustomerAggregates } from './customerAggregates.ts';
import { revenueTotal } from './revenueTotal.ts';

/**
 * The aggregates of a subset of customers, as if aggregateCustomers had run with a mask holding just
 * them: entry k of every array is customer `indices[k]`. Every number is per customer except the two
 * totals, which are summed again, so the result equals a masked pass without reading the rows again.
 */
export function selectCustomers(aggregates: CustomerAggregates, indices: Int32Array): CustomerAggregates {
  const pick = <T extends Float64Array | Int32Array | Uint8Array>(values: T, into: T): T => {
    for (let k = 0; k < indices.length; k++) into[k] = values[indices[k]];
    return into;
  };
  const size = indices.length;
  const revenue = pick(aggregates.revenue, new Float64Array(size));
  const counted = pick(aggregates.counted, new Uint8Array(size));
  let customersTotal = 0;
  for (const flag of counted) customersTotal += flag;
  return {
    asOf: aggregates.asOf,
    periodStart: aggregates.periodStart,
    recentDays: aggregates.recentDays,
    revenue,
    orders: pick(aggregates.orders, new Int32Array(size)),
    firstPurchase: pick(aggregates.firstPurchase, new Int32Array(size)),
    lastPurchase: pick(aggregates.lastPurchase, new Int32Array(size)),
    lastPurchaseBeforeRecent: pick(aggregates.lastPurchaseBeforeRecent, new Int32Array(size)),
    present: pick(aggregates.present, new Uint8Array(size)),
    counted,
    customersTotal,
    totalRevenue: revenueTotal(revenue),
  };
}
