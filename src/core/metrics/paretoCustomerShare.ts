import { Adder, reaches } from '../stats/index.ts';
import { shareBase } from './shareBase.ts';
import type { ShareBase } from './shareBase.ts';

/**
 * Smallest k/n such that the largest k customers hold ≥ `threshold` of revenue (SPEC
 * paretoCustomerShare80 with the default 0.80); n = revenues > 0 in rank order (descending). The
 * cumulative share is a compensated sum, and reaching the threshold allows RELATIVE_TOLERANCE, so a
 * share that is exactly 80 % in decimal (2.4 of 3.0) is not missed by binary rounding. Null when no
 * revenue is > 0; 1 for one customer. `threshold` must be in (0, 1].
 * `base` is shareBase of the same revenues, when the caller has summed it already.
 */
export function paretoCustomerShare(rankedRevenues: Float64Array, threshold = 0.8, base: ShareBase = shareBase(rankedRevenues)): number | null {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`paretoCustomerShare: threshold must be in (0, 1], got ${threshold}`);
  const { n, total } = base;
  if (n === 0) return null;
  const cumulative = new Adder();
  let k = 0;
  for (let i = 0; i < rankedRevenues.length; i++) {
    const r = rankedRevenues[i];
    if (r > 0) {
      cumulative.add(r);
      k++;
      if (reaches(cumulative.valueOf() / total, threshold)) return k / n;
    }
  }
  return 1;
}
