import { aggregateArrays, aggregatesWith, copyCustomer } from './customerAggregates.ts';
import type { AggregateArrays, CustomerAggregates } from './customerAggregates.ts';
import { NO_DAY } from './noDay.ts';

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
  // Everyone at the start values (a fill is far cheaper than a test per customer), then the kept ones
  // copied. New arrays are zeros already; arrays given may hold anything.
  if (into !== undefined) {
    arrays.revenue.fill(0);
    arrays.orders.fill(0);
    arrays.present.fill(0);
    arrays.counted.fill(0);
  }
  arrays.firstPurchase.fill(NO_DAY);
  arrays.lastPurchase.fill(NO_DAY);
  arrays.lastPurchaseBeforeRecent.fill(NO_DAY);
  let customersTotal = 0;
  for (let c = 0; c < size; c++) if (mask[c] !== 0) customersTotal += copyCustomer(aggregates, c, arrays, c);
  return aggregatesWith(aggregates, arrays, customersTotal);
}
