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
  const customers = aggregates.revenue.length;
  const gone = new Uint8Array(customers);
  const unique: number[] = [];
  for (const index of removed) {
    if (!Number.isInteger(index) || index < 0 || index >= customers) throw new RangeError(`stressTest: no customer ${index}`);
    if (gone[index] === 1) continue;
    gone[index] = 1;
    unique.push(index);
  }
  // Only the counted customers weigh in a summary: the others have no revenue, no purchase ≤ T and no
  // tier, and leaving them out keeps a filtered analysis's stress test to the customers it analyses.
  const { counted } = aggregates;
  let size = 0;
  for (let c = 0; c < counted.length; c++) if (counted[c] === 1 && gone[c] === 0) size++;
  const kept = new Int32Array(size);
  for (let c = 0, k = 0; c < counted.length; c++) if (counted[c] === 1 && gone[c] === 0) kept[k++] = c;

  const rest = selectCustomers(aggregates, kept);
  const after = analyzeCustomers(rest, selectOrder(analysis.rank, kept, customers), options, asOf);

  let tierChanges = 0;
  kept.forEach((c, k) => {
    const before = tiers.codes[c];
    if (before !== UNCLASSIFIED && after.tiers.codes[k] !== before) tierChanges++;
  });
  // The removed revenue is what the total lost, so before = after + removed holds exactly as shown.
  const removedRevenue = analysis.summary.revenue - after.summary.revenue;
  return { removed: unique, removedRevenue, after: after.summary, tierChanges };
}
