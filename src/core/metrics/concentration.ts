import type { Concentration } from '../model/index.ts';
import { effectiveCustomers } from './effectiveCustomers.ts';
import { gini } from './gini.ts';
import { hhi } from './hhi.ts';
import { hhiNormalized } from './hhiNormalized.ts';
import { paretoCustomerShare } from './paretoCustomerShare.ts';
import { shareBase } from './shareBase.ts';
import { topPercentShare } from './topPercentShare.ts';
import { topShare } from './topShare.ts';

/**
 * Every concentration key of SPEC §2 from the revenues in rank order (descending; entries ≤ 0 or NaN
 * are skipped). No revenue > 0 → every field null; one customer → hhi 10 000, hhiNormalized null,
 * effectiveCustomers 1, gini 0, every share 1.
 */
export function concentration(rankedRevenues: Float64Array): Concentration {
  // Every share has the same denominator: sum it once.
  const base = shareBase(rankedRevenues);
  return {
    hhi: hhi(rankedRevenues, base),
    hhiNormalized: hhiNormalized(rankedRevenues, base),
    effectiveCustomers: effectiveCustomers(rankedRevenues, base),
    gini: gini(rankedRevenues, base),
    top1Share: topShare(rankedRevenues, 1, base),
    top5Share: topShare(rankedRevenues, 5, base),
    top10Share: topShare(rankedRevenues, 10, base),
    top20PctShare: topPercentShare(rankedRevenues, 0.2, base),
    paretoCustomerShare80: paretoCustomerShare(rankedRevenues, 0.8, base),
  };
}
