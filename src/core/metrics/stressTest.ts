import type { Summary } from '../model/index.ts';
import type { Analysis } from './analyze.ts';
import { analyzeCustomers } from './analyzeCustomers.ts';
import { selectCustomers } from './selectCustomers.ts';
import { selectOrder } from './selectOrder.ts';
import { UNCLASSIFIED } from './unclassified.ts';

export interface StressTest {
  /** The customers removed (indices into the customer table), as given, without repeats. */
  readonly removed: readonly number[];
  /** Their period revenue, summed. */
  readonly removedRevenue: number;
  /** Every summary metric without them: revenue, concentration, tiers, lifecycle, customer counts. */
  readonly after: Summary;
  /** Customers kept whose ABC tier (A/B/C/inactive) is not the one they had before. */
  readonly tierChanges: number;
}

/**
 * "What if these customers left": the analysis recomputed as if the `removed` customers had never
 * bought — their revenue leaves the total, shares are taken over the customers that remain (so the
 * next largest customers weigh more), tiers are reassigned. The other customers keep their own numbers
 * (same T and period). Works on the per-customer aggregates and the analysis's ranking, without
 * reading the rows or sorting again. Indices out of range are bugs.
 */
export function stressTest(analysis: Analysis, removed: readonly number[]): StressTest {
  const { aggregates, options, asOf, tiers } = analysis;
  const size = aggregates.revenue.length;
  const gone = new Uint8Array(size);
  const unique: number[] = [];
  for (const index of removed) {
    if (!Number.isInteger(index) || index < 0 || index >= size) throw new RangeError(`stressTest: no customer ${index}`);
    if (gone[index] === 1) continue;
    gone[index] = 1;
    unique.push(index);
  }
  const kept = new Int32Array(size - unique.length);
  for (let c = 0, k = 0; c < size; c++) if (gone[c] === 0) kept[k++] = c;

  const rest = selectCustomers(aggregates, kept);
  const after = analyzeCustomers(rest, selectOrder(analysis.rank, kept, size), options, asOf);

  let tierChanges = 0;
  kept.forEach((c, k) => {
    const before = tiers.codes[c];
    if (before !== UNCLASSIFIED && after.tiers.codes[k] !== before) tierChanges++;
  });
  // The removed revenue is what the total lost, so before = after + removed holds exactly as shown.
  const removedRevenue = analysis.summary.revenue - after.summary.revenue;
  return { removed: unique, removedRevenue, after: after.summary, tierChanges };
}
