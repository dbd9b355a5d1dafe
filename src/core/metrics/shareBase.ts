import { Adder } from '../stats/index.ts';

/** The customers that share metrics count: how many have revenue > 0, and the sum of those revenues. */
export interface ShareBase {
  readonly n: number;
  readonly total: number;
}

/**
 * n and Σr over the entries > 0 (SPEC §2: s_i = r_i / Σr over the customers with revenue > 0).
 * The denominator of every share is therefore the sum of positive customer revenues, not the period
 * revenue, which also nets the customers whose refunds exceed their sales. Zero, negative and NaN
 * entries are skipped.
 */
export function shareBase(revenues: Float64Array): ShareBase {
  const total = new Adder();
  let n = 0;
  for (let i = 0; i < revenues.length; i++) {
    const r = revenues[i];
    if (r > 0) {
      total.add(r);
      n++;
    }
  }
  return { n, total: +total };
}
