import { aggregateArrays, aggregatesWith, copyCustomer } from './customerAggregates.ts';
import type { CustomerAggregates } from './customerAggregates.ts';

/**
 * The aggregates of a subset of customers, as if aggregateCustomers had run with a mask holding just
 * them: entry k of every array is customer `indices[k]`. Every number is per customer except the two
 * totals, which are summed again, so the result equals a masked pass without reading the rows again.
 */
export function selectCustomers(aggregates: CustomerAggregates, indices: Int32Array): CustomerAggregates {
  const size = indices.length;
  const arrays = aggregateArrays(size);
  let customersTotal = 0;
  for (let k = 0; k < size; k++) customersTotal += copyCustomer(aggregates, indices[k], arrays, k);
  return aggregatesWith(aggregates, arrays, customersTotal);
}
