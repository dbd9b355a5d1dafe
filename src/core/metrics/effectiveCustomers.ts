import { hhi } from './hhi.ts';

/**
 * Effective number of customers: 10 000 / HHI = 1 / Σ s_i², the number of equal-sized customers that
 * would give the same concentration (n for equal shares, 1 for a single customer). Null when no
 * revenue is > 0. Zero, negative and NaN entries are skipped.
 */
export function effectiveCustomers(revenues: Float64Array): number | null {
  const index = hhi(revenues);
  return index === null ? null : 10000 / index;
}
