import { RELATIVE_TOLERANCE } from '../stats/index.ts';
import { shareBase } from './shareBase.ts';
import type { ShareBase } from './shareBase.ts';
import { topShare } from './topShare.ts';

/**
 * Share of revenue held by the largest ceil(fraction · n) customers (SPEC top20PctShare with the
 * default 0.2), n = revenues > 0 in rank order. The product is shrunk by RELATIVE_TOLERANCE before
 * ceil so that a whole count (0.2 · 15 = 3) is never rounded up to the next customer by a binary
 * remainder. Null when no revenue is > 0. `fraction` must be in (0, 1].
 * `base` is shareBase of the same revenues, when the caller has summed it already.
 */
export function topPercentShare(rankedRevenues: Float64Array, fraction = 0.2, base: ShareBase = shareBase(rankedRevenues)): number | null {
  if (!(fraction > 0 && fraction <= 1)) throw new RangeError(`topPercentShare: fraction must be in (0, 1], got ${fraction}`);
  const { n } = base;
  if (n === 0) return null;
  return topShare(rankedRevenues, Math.ceil(fraction * n * (1 - RELATIVE_TOLERANCE)), base);
}
