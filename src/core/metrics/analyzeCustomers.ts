import type { AnalysisOptions, Concentration, Summary } from '../model/index.ts';
import { formatDay } from '../stats/index.ts';
import { abcTiers } from './abcTiers.ts';
import type { AbcTiers } from './abcTiers.ts';
import { concentration } from './concentration.ts';
import type { CustomerAggregates } from './customerAggregates.ts';
import { lifecycleStages } from './lifecycleStages.ts';
import type { LifecycleStages } from './lifecycleStages.ts';
import { rankedRevenues } from './rankedRevenues.ts';

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
 * Concentration, tiers, lifecycle and the Summary of SPEC §3 (without `rows`) from the aggregates and
 * their ranking `rank` (rankCustomers of the entries, or a selection of a larger ranking: the order
 * is total, so restricting it ranks the subset); `asOf` is T, null when unknown
 * (a data set without rows and no as-of option), and then the summary's asOf is null.
 */
export function analyzeCustomers(
  aggregates: CustomerAggregates,
  rank: Int32Array,
  options: AnalysisOptions,
  asOf: number | null,
  ranked: Float64Array = rankedRevenues(aggregates.revenue, rank),
): CustomerAnalysis {
  const shares = concentration(ranked);
  const tiers = abcTiers(aggregates, rank, options.tiers, ranked);
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
