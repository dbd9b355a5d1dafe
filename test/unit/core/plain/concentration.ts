// Reference: the plain implementation the fast path in src/core replaced, kept for the exact-equality tests (fastPaths.test.ts).
import type { Concentration } from '../../../../src/core/model/index.ts';
import { effectiveCustomers } from '../../../../src/core/metrics/effectiveCustomers.ts';
import { gini } from '../../../../src/core/metrics/gini.ts';
import { hhi } from '../../../../src/core/metrics/hhi.ts';
import { hhiNormalized } from '../../../../src/core/metrics/hhiNormalized.ts';
import { paretoCustomerShare } from '../../../../src/core/metrics/paretoCustomerShare.ts';
import { topPercentShare } from '../../../../src/core/metrics/topPercentShare.ts';
import { topShare } from '../../../../src/core/metrics/topShare.ts';

/**
 * Every concentration key of SPEC §2 from the revenues in rank order (descending; entries ≤ 0 or NaN
 * are skipped). No revenue > 0 → every field null; one customer → hhi 10 000, hhiNormalized null,
 * effectiveCustomers 1, gini 0, every share 1.
 */
export function concentration(rankedRevenues: Float64Array): Concentration {
  return {
    hhi: hhi(rankedRevenues),
    hhiNormalized: hhiNormalized(rankedRevenues),
    effectiveCustomers: effectiveCustomers(rankedRevenues),
    gini: gini(rankedRevenues),
    top1Share: topShare(rankedRevenues, 1),
    top5Share: topShare(rankedRevenues, 5),
    top10Share: topShare(rankedRevenues, 10),
    top20PctShare: topPercentShare(rankedRevenues, 0.2),
    paretoCustomerShare80: paretoCustomerShare(rankedRevenues, 0.8),
  };
}
