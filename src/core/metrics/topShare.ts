import { Adder } from '../stats/index.ts';
import { shareBase } from './shareBase.ts';
import type { ShareBase } from './shareBase.ts';

/**
 * Share of revenue held by the largest k customers (all n if fewer): Σ_{i ≤ k} s_i over the revenues
 * > 0 in rank order (descending, as rankCustomers gives). k = 0 gives 0. Null when no revenue is > 0.
 * Zero, negative and NaN entries are skipped. k must be a whole number ≥ 0 (anything else is a bug).
 * `base` is shareBase of the same revenues, when the caller has summed it already.
 */
export function topShare(rankedRevenues: Float64Array, k: number, base: ShareBase = shareBase(rankedRevenues)): number | null {
  if (!Number.isInteger(k) || k < 0) throw new RangeError(`topShare: k must be a whole number ≥ 0, got ${k}`);
  const { n, total } = base;
  if (n === 0) return null;
  const top = new Adder();
  let taken = 0;
  for (let i = 0; i < rankedRevenues.length; i++) {
    const r = rankedRevenues[i];
    if (taken >= k) break;
    if (r > 0) {
      top.add(r);
      taken++;
    }
  }
  return +top / total;
}
