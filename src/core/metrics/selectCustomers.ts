import type { CustomerAggregates } from './customerAggregates.ts';
import { aggregateArrays, aggregatesWith } from './maskCustomers.ts';

/**
 * The aggregates of a subset of customers, as if aggregateCustomers had run with a mask holding just
 * them: entry k of every array is customer `indices[k]`. Every number is per customer except the two
 * totals, which are summed again, so the result equals a masked pass without reading the rows again.
 */
export function selectCustomers(aggregates: CustomerAggregates, indices: Int32Array): CustomerAggregates {
  const size = indices.length;
  const arrays = aggregateArrays(size);
  const { revenue, orders, firstPurchase, lastPurchase, lastPurchaseBeforeRecent, present, counted } = arrays;
  let customersTotal = 0;
  // One loop per array type would be generic code V8 cannot keep monomorphic: one plain loop instead.
  for (let k = 0; k < size; k++) {
    const c = indices[k];
    revenue[k] = aggregates.revenue[c];
    orders[k] = aggregates.orders[c];
    firstPurchase[k] = aggregates.firstPurchase[c];
    lastPurchase[k] = aggregates.lastPurchase[c];
    lastPurchaseBeforeRecent[k] = aggregates.lastPurchaseBeforeRecent[c];
    present[k] = aggregates.present[c];
    counted[k] = aggregates.counted[c];
    customersTotal += counted[k];
  }
  return aggregatesWith(aggregates, arrays, customersTotal);
}
