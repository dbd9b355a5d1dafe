import type { AnalysisOptions, Dataset, Dimension, Summary } from '../model/index.ts';
import { analyzeCustomers } from './analyzeCustomers.ts';
import type { CustomerAggregates } from './customerAggregates.ts';
import { compareGroups, groupSlots, slotValue } from './groupSlots.ts';
import { selectCustomers } from './selectCustomers.ts';

export interface BreakdownGroup {
  /** The dimension value; null for customers without one. */
  readonly value: string | null;
  /** Customers in the customer table with this value (counted at T or not). */
  readonly customers: number;
  /** Every metric of the group's customers alone, with the data set's T. */
  readonly summary: Summary;
}

/** What a breakdown starts from: an analysis's aggregates (made with `customerMask`), their ranking, options and T. */
export interface BreakdownBasis {
  readonly aggregates: CustomerAggregates;
  readonly rank: Int32Array;
  readonly options: AnalysisOptions;
  readonly asOf: number | null;
}

/**
 * breakdown() from aggregates already made (analyze() of the same options and mask), so the rows are
 * not read again: customers are grouped by their value of `dimension` with a counting sort (members in
 * customer order, as a masked pass would list them), and each group is summarized on its own.
 */
export function breakdownOf(
  dataset: Dataset,
  dimension: Dimension,
  { aggregates, rank, options, asOf }: BreakdownBasis,
  customerMask?: Uint8Array,
): BreakdownGroup[] {
  const column = dataset.customers.dims[dimension];
  const { codes, values } = column;
  const { slots, sizes } = groupSlots(column, customerMask);
  const members = Array.from(sizes, (size) => new Int32Array(size));
  // entry[c]: customer c's index within its group.
  const entry = new Int32Array(codes.length);
  const filled = new Int32Array(sizes.length);
  for (let c = 0; c < codes.length; c++) {
    const slot = slots[c];
    if (slot === -1) continue;
    entry[c] = filled[slot];
    members[slot][filled[slot]++] = c;
  }
  // Each group's ranking is the analysis's ranking restricted to it (the order is total): one pass.
  const ranked = new Int32Array(sizes.length);
  for (let k = 0; k < rank.length; k++) if (slots[rank[k]] !== -1) ranked[slots[rank[k]]]++;
  const ranks = Array.from(ranked, (size) => new Int32Array(size));
  filled.fill(0);
  for (let k = 0; k < rank.length; k++) {
    const c = rank[k];
    const slot = slots[c];
    if (slot !== -1) ranks[slot][filled[slot]++] = entry[c];
  }

  const groups: BreakdownGroup[] = [];
  members.forEach((indices, slot) => {
    if (indices.length === 0) return;
    const { summary } = analyzeCustomers(selectCustomers(aggregates, indices), ranks[slot], options, asOf);
    groups.push({ value: slotValue(values, slot), customers: indices.length, summary });
  });
  return groups.sort((x, y) => compareGroups({ value: x.value, revenue: x.summary.revenue }, { value: y.value, revenue: y.summary.revenue }));
}
