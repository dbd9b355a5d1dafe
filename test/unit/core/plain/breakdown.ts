// Reference: the plain implementation the fast path in src/core replaced, kept for the exact-equality tests (fastPaths.test.ts).
import { NO_CODE } from '../../../../src/core/model/index.ts';
import type { AnalysisOptions, Dataset, Dimension, Summary } from '../../../../src/core/model/index.ts';
import { analyzeCustomers } from './analyzeCustomers.ts';
import { asOfDay } from '../../../../src/core/metrics/asOfDay.ts';
import { aggregateCustomers } from './customerAggregates.ts';
import { NO_DAY } from '../../../../src/core/metrics/noDay.ts';
import { resolveOptions } from '../../../../src/core/metrics/resolveOptions.ts';
import { selectCustomers } from '../../../../src/core/metrics/selectCustomers.ts';

export interface BreakdownGroup {
  /** The dimension value; null for customers without one. */
  readonly value: string | null;
  /** Customers in the customer table with this value (counted at T or not). */
  readonly customers: number;
  /** Every metric of the group's customers alone, with the data set's T. */
  readonly summary: Summary;
}

/**
 * Every summary metric per value of a customer dimension: customers are grouped by their value (each
 * customer has one, see CustomerTable.dims), and each group is summarized as if it were the whole data
 * set (its own shares, tiers, HHI...) with the T of the whole data set. One pass over the rows serves
 * all groups. Groups are sorted by revenue descending, then by value (code-unit order, null last);
 * values no customer carries are left out. With `customerMask` (the global filters), only the
 * customers it keeps are grouped.
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
  const { codes, values } = dataset.customers.dims[dimension];

  // Group customer indices by code with a counting sort; slot 0 holds NO_CODE.
  const sizes = new Int32Array(values.length + 1);
  const kept = (c: number) => customerMask === undefined || customerMask[c] !== 0;
  codes.forEach((code, c) => {
    if (kept(c)) sizes[code === NO_CODE ? 0 : code + 1]++;
  });
  const members = Array.from(sizes, (size) => new Int32Array(size));
  const filled = new Int32Array(values.length + 1);
  codes.forEach((code, c) => {
    if (!kept(c)) return;
    const slot = code === NO_CODE ? 0 : code + 1;
    members[slot][filled[slot]++] = c;
  });

  const groups: BreakdownGroup[] = [];
  members.forEach((indices, slot) => {
    if (indices.length === 0) return;
    const ids = Array.from(indices, (c) => dataset.customers.ids[c]);
    const { summary } = analyzeCustomers(selectCustomers(aggregates, indices), ids, resolved, asOf);
    groups.push({ value: slot === 0 ? null : values[slot - 1], customers: indices.length, summary });
  });
  return groups.sort((x, y) => y.summary.revenue - x.summary.revenue || compareValues(x.value, y.value));
}

function compareValues(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}
