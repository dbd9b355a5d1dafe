import type { TierCounts, TierThresholds } from '../model/index.ts';
import { Adder, reaches } from '../stats/index.ts';
import type { CustomerAggregates } from './customerAggregates.ts';
import { rankedRevenues } from './rankedRevenues.ts';
import { UNCLASSIFIED } from './unclassified.ts';

export interface AbcTiers {
  /** Per customer: index into TIERS (0 A, 1 B, 2 C, 3 inactive), UNCLASSIFIED when not counted. */
  readonly codes: Uint8Array;
  /** A + B + C + inactive = customersTotal. */
  readonly counts: TierCounts;
}

// Codes are indices into TIERS.
const A = 0;
const B = 1;
const C = 2;
const INACTIVE = 3;

/**
 * ABC tiers (SPEC §2). Customers with revenue > 0 in rank order; with C_before the cumulative share of
 * the customers ranked before (compensated sum over Σ of the revenues > 0): A if C_before < a, B if
 * C_before < b, else C. A C_before within RELATIVE_TOLERANCE of a threshold has reached it, as in
 * paretoCustomerShare, so tier A holds exactly paretoCustomerShare(a)·n customers. Every other counted
 * customer (present with period revenue ≤ 0, or listed in the customer table without any row) is
 * inactive. `rank` comes from rankCustomers.
 */
export function abcTiers(
  aggregates: CustomerAggregates,
  rank: Int32Array,
  { a, b }: TierThresholds,
  ranked: Float64Array = rankedRevenues(aggregates.revenue, rank),
): AbcTiers {
  const { revenue, counted } = aggregates;
  const codes = new Uint8Array(revenue.length).fill(UNCLASSIFIED);
  for (let c = 0; c < codes.length; c++) if (counted[c] === 1) codes[c] = INACTIVE;

  const total = new Adder();
  // The revenues in rank order side by side: reading them through `rank` jumps all over memory.
  for (let r = 0; r < rank.length; r++) total.add(ranked[r]);
  const sum = +total;
  const before = new Adder();
  for (let r = 0; r < rank.length; r++) {
    // valueOf() rather than unary +: the same number, without a generic conversion per customer.
    const share = before.valueOf() / sum;
    codes[rank[r]] = !reaches(share, a) ? A : !reaches(share, b) ? B : C;
    before.add(ranked[r]);
  }

  const counts = [0, 0, 0, 0];
  for (let c = 0; c < codes.length; c++) if (codes[c] !== UNCLASSIFIED) counts[codes[c]]++;
  return { codes, counts: { A: counts[A], B: counts[B], C: counts[C], inactive: counts[INACTIVE] } };
}
