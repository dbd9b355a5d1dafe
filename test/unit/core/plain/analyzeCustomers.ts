// Reference: the plain implementation the fast path in src/core replaced, kept for the exact-equality tests (fastPaths.test.ts).
import type { AnalysisOptions, Concentration, Summary } from '../../../../src/core/model/index.ts';
import { formatDay } from '../../../../src/core/stats/index.ts';
import { abcTiers } from '../../../../src/core/metrics/abcTiers.ts';
import type { AbcTiers } from '../../../../src/core/metrics/abcTiers.ts';
import { concentration } from './concentration.ts';
import type { CustomerAggregates } from '../../../../src/core/metrics/customerAggregates.ts';
import { lifecycleStages } from '../../../../src/core/metrics/lifecycleStages.ts';
import type { LifecycleStages } from '../../../../src/core/metrics/lifecycleStages.ts';
import { rankCustomers } from './rankCustomers.ts';
import { rankedRevenues } from '../../../../src/core/metrics/rankedRevenues.ts';

/** What summaries need from per-customer aggregates. */
export interface CustomerAnalysis {
  /** Customers with revenue > 0 in the SPEC ordering (rankCustomers). */
  readonly rank: Int32Array;
  /** Their revenues in that order. */
  readonly rankedRevenues: Float64Array;
  readonly concentration: Concentration;
  readonly tiers: AbcTiers;
  readonly lifecycle: LifecycleStages;
  readonly summary: Summary;
}

/**
 * Ranking, concentration, tiers, lifecycle and the Summary of SPEC §3 (without `rows`) from the
 * aggregates. `ids` are the customer ids of the aggregates' entries; `asOf` is T, null when unknown
 * (a data set without rows and no as-of option), and then the summary's asOf is null.
 */
export function analyzeCustomers(
  aggregates: CustomerAggregates,
  ids: readonly string[],
  options: AnalysisOptions,
  asOf: number | null,
): CustomerAnalysis {
  const rank = rankCustomers(aggregates.revenue, ids);
  const ranked = rankedRevenues(aggregates.revenue, rank);
  const shares = concentration(ranked);
  const tiers = abcTiers(aggregates, rank, options.tiers);
  const lifecycle = lifecycleStages(aggregates, options.lifecycle);
  return {
    rank,
    rankedRevenues: ranked,
    concentration: shares,
    tiers,
    lifecycle,
    summary: {
      asOf: asOf === null ? null : formatDay(asOf),
      period: options.period,
      customersTotal: aggregates.customersTotal,
      customersWithRevenue: rank.length,
      revenue: aggregates.totalRevenue,
      concentration: shares,
      tiers: tiers.counts,
      lifecycle: lifecycle.counts,
    },
  };
}
