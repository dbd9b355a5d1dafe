import type { AnalysisOptions, Dataset, Dimension } from '../model/index.ts';
import { asOfDay } from './asOfDay.ts';
import { breakdownOf } from './breakdownOf.ts';
import type { BreakdownGroup } from './breakdownOf.ts';
import { aggregateCustomers } from './customerAggregates.ts';
import { idOrder } from './idOrder.ts';
import { NO_DAY } from './noDay.ts';
import { rankCustomers } from './rankCustomers.ts';
import { resolveOptions } from './resolveOptions.ts';

/**
 * Every summary metric per value of a customer dimension: customers are grouped by their value (each
 * customer has one, see CustomerTable.dims), and each group is summarized as if it were the whole data
 * set (its own shares, tiers, HHI...) with the T of the whole data set. One pass over the rows serves
 * all groups (breakdownOf reuses an analysis's pass). Groups are sorted by revenue descending, then by
 * value (code-unit order, null last); values no customer carries are left out. With `customerMask`
 * (the global filters), only the customers it keeps are grouped.
 */
export function breakdown(
  dataset: Dataset,
  dimension: Dimension,
  options?: Partial<AnalysisOptions>,
  customerMask?: Uint8Array,
): BreakdownGroup[] {
  const resolved = resolveOptions(options);
  const asOf = asOfDay(dataset, resolved);
  const aggregates = aggregateCustomers(dataset, {
    asOf: asOf ?? NO_DAY,
    period: resolved.period,
    recentDays: resolved.lifecycle.recent,
  }, customerMask);
  const rank = rankCustomers(aggregates.revenue, idOrder(dataset.customers.ids));
  return breakdownOf(dataset, dimension, { aggregates, rank, options: resolved, asOf }, customerMask);
}
