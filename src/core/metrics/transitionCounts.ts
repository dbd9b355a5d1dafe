import { UNCLASSIFIED } from './unclassified.ts';

/**
 * Customers per (previous class, current class) pair, for a migration matrix. Both arrays hold one
 * class code per customer (index into the class list, UNCLASSIFIED when in none), as tiers, lifecycle
 * stages and RFM segments do. Rows are the previous classes 0 … fromClasses − 1 and then one more row
 * for customers UNCLASSIFIED before (not a customer yet); columns are the current classes. Customers
 * UNCLASSIFIED now are left out (not counted now: filtered out, or no row ≤ T). The arrays must have
 * one entry per customer each; a code ≥ the class count is a bug and throws.
 */
export function transitionCounts(previous: Uint8Array, current: Uint8Array, fromClasses: number, toClasses: number): number[][] {
  if (previous.length !== current.length) throw new RangeError('transitionCounts: arrays of different lengths');
  const counts = Array.from({ length: fromClasses + 1 }, () => new Array<number>(toClasses).fill(0));
  for (let c = 0; c < current.length; c++) {
    const to = current[c];
    if (to === UNCLASSIFIED) continue;
    const before = previous[c];
    const from = before === UNCLASSIFIED ? fromClasses : before;
    if (from > fromClasses || to >= toClasses) throw new RangeError(`transitionCounts: class code out of range (${before} → ${to})`);
    counts[from][to]++;
  }
  return counts;
}
