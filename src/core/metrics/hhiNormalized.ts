import { Adder } from '../stats/index.ts';
import { shareBase } from './shareBase.ts';
import type { ShareBase } from './shareBase.ts';

/**
 * Normalized HHI in [0, 1]: (H − 1/n) / (1 − 1/n) with H = Σ s_i² over the n revenues > 0; 0 for equal
 * shares, 1 when one customer holds everything. Computed as n/(n − 1) · Σ (s_i − 1/n)², the same value
 * (Σ s_i = 1) without the cancellation of H − 1/n, so equal shares give 0 rather than ±1e-17.
 * Null when n < 2 (the formula divides by 0 for one customer). Zero, negative and NaN entries are skipped.
 * `base` is shareBase of the same revenues, when the caller has summed it already.
 */
export function hhiNormalized(revenues: Float64Array, base: ShareBase = shareBase(revenues)): number | null {
  const { n, total } = base;
  if (n < 2) return null;
  const equal = 1 / n;
  const spread = new Adder();
  for (let i = 0; i < revenues.length; i++) {
    const r = revenues[i];
    if (r > 0) {
      const deviation = r / total - equal;
      spread.add(deviation * deviation);
    }
  }
  return Math.min(1, (n / (n - 1)) * +spread);
}
