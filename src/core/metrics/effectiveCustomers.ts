import { hhi } from './hhi.ts';
import { shareBase } from './shareBase.ts';
import type { ShareBase } from './shareBase.ts';

/**
 * Effective number of customers: 10 000 / HHI = 1 / Σ s_i², the number of equal-sized customers that
 * would give the same concentration (n for equal shares, 1 for a single customer). Null when no
 * revenue is > 0. Zero, negative and NaN entries are skipped.
 * `base` is shareBase of the same revenues, when the caller has summed it already.
 */
export function effectiveCustomers(revenues: Float64Array, base: ShareBase = shareBase(revenues)): number | null {
  const index = hhi(revenues, base);
  return index === null ? null : 10000 / index;
}
