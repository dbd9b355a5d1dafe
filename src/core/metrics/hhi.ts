import { Adder } from '../stats/index.ts';
import { shareBase } from './shareBase.ts';
import type { ShareBase } from './shareBase.ts';

/**
 * Herfindahl–Hirschman index in points: HHI = 10 000 · Σ s_i², s_i = r_i / Σr over the revenues > 0
 * (shares in [0, 1], so 10 000 = one customer holds everything; US merger guidelines use the same scale).
 * Order does not matter. Zero, negative and NaN entries are skipped; null when no entry is > 0.
 * `base` is shareBase of the same revenues, when the caller has summed it already.
 */
export function hhi(revenues: Float64Array, base: ShareBase = shareBase(revenues)): number | null {
  const { n, total } = base;
  if (n === 0) return null;
  const squares = new Adder();
  for (let i = 0; i < revenues.length; i++) {
    const r = revenues[i];
    if (r > 0) {
      const share = r / total;
      squares.add(share * share);
    }
  }
  return 10000 * +squares;
}
