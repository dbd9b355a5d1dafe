import { Adder } from '../stats/index.ts';
import { shareBase } from './shareBase.ts';
import type { ShareBase } from './shareBase.ts';

/**
 * Gini coefficient of the revenues > 0 (SPEC §2): with r ascending and 1-based i,
 * G = 2·Σ i·r_(i) / (n·Σr) − (n + 1)/n. Computed as Σ (2i − n − 1)·r_(i) / (n·Σr), the same value
 * with the constant folded into the sum, so equal revenues give exactly 0 instead of a difference of
 * two rounded numbers. 0 = all equal; (n − 1)/n = one customer holds everything.
 *
 * `rankedRevenues` is in rank order (descending, as rankCustomers gives), so the ascending rank of
 * the k-th entry (0-based) is n − k. Zero, negative and NaN entries are skipped (they sort last);
 * null when no entry is > 0, 0 for one customer.
 * `base` is shareBase of the same revenues, when the caller has summed it already.
 */
export function gini(rankedRevenues: Float64Array, base: ShareBase = shareBase(rankedRevenues)): number | null {
  const { n, total } = base;
  if (n === 0) return null;
  const weighted = new Adder();
  let k = 0;
  for (let i = 0; i < rankedRevenues.length; i++) {
    const r = rankedRevenues[i];
    if (r > 0) {
      const ascendingRank = n - k;
      weighted.add((2 * ascendingRank - n - 1) * r);
      k++;
    }
  }
  return +weighted / (n * total);
}
