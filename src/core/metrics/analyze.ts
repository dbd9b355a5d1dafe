import type { AnalysisOptions, Dataset } from '../model/index.ts';
import { aggregateCustomers } from './customerAggregates.ts';
import type { CustomerAggregates } from './customerAggregates.ts';
import { analyzeCustomers } from './analyzeCustomers.ts';
import type { CustomerAnalysis } from './analyzeCustomers.ts';
import { asOfDay } from './asOfDay.ts';
import { idOrder } from './idOrder.ts';
import { majorCustomers } from './majorCustomers.ts';
import type { MajorCustomers } from './majorCustomers.ts';
import { NO_DAY } from './noDay.ts';
import { purchaseIntervals } from './purchaseIntervals.ts';
import type { PurchaseIntervals } from './purchaseIntervals.ts';
import { rankCustomers } from './rankCustomers.ts';
import { resolveOptions } from './resolveOptions.ts';
import { revenueAtRisk } from './revenueAtRisk.ts';
import type { RevenueAtRisk } from './revenueAtRisk.ts';
import { rfm } from './rfm.ts';
import type { Rfm } from './rfm.ts';

export interface Analysis extends CustomerAnalysis {
  readonly options: AnalysisOptions;
  /** T as a day number, null when the data set has no row and no as-of option was given. */
  readonly asOf: number | null;
  readonly aggregates: CustomerAggregates;
  readonly rfm: Rfm;
  readonly major: MajorCustomers;
  /** revenueAtRisk() of the lifecycle at T (computed when first read). */
  readonly revenueAtRisk: RevenueAtRisk;
  /** purchaseIntervals() at T, null when T is unknown (computed when first read). */
  readonly purchaseIntervals: PurchaseIntervals | null;
}

/** How an analysis computes the parts it gives only when read (see analysisFrom). */
export interface LazyParts {
  revenueAtRisk(stageCodes: Uint8Array): RevenueAtRisk;
  purchaseIntervals(): PurchaseIntervals | null;
}

/**
 * Every metric of a data set in one computation: one pass over the rows (aggregateCustomers), then
 * ranking, concentration, tiers, lifecycle, RFM (computed when first read) and major customers on
 * the per-customer arrays, which are indexed like `dataset.customers`. With `customerMask`, only customers whose
 * entry is non-zero are analysed (the others are in no tier, stage or segment).
 */
export function analyze(dataset: Dataset, options?: Partial<AnalysisOptions>, customerMask?: Uint8Array): Analysis {
  const resolved = resolveOptions(options);
  const asOf = asOfDay(dataset, resolved);
  const { period, lifecycle } = resolved;
  // Without any row there is nothing after or before T; NO_DAY keeps the pass well defined.
  const aggregates = aggregateCustomers(dataset, { asOf: asOf ?? NO_DAY, period, recentDays: lifecycle.recent }, customerMask);
  const rank = rankCustomers(aggregates.revenue, idOrder(dataset.customers.ids));
  return analysisFrom(dataset, resolved, asOf, aggregates, rank, {
    revenueAtRisk: (stageCodes) => revenueAtRisk(dataset, stageCodes, asOf, customerMask),
    purchaseIntervals: () => (asOf === null ? null : purchaseIntervals(dataset, asOf, customerMask)),
  });
}

/**
 * The analysis of aggregates made with `options` and T `asOf`, and their ranking (rankCustomers);
 * `lazy` computes the parts read by a few views only, when first read.
 */
export function analysisFrom(
  dataset: Dataset,
  options: AnalysisOptions,
  asOf: number | null,
  aggregates: CustomerAggregates,
  rank: Int32Array,
  lazy: LazyParts,
  ranked?: Float64Array,
): Analysis {
  const customers = analyzeCustomers(aggregates, rank, options, asOf, ranked);
  const major = majorCustomers(aggregates.revenue, customers.rank, dataset.customers, options, customers.rankedRevenues);
  return new LazyAnalysis(customers, options, asOf, aggregates, major, lazy);
}

/**
 * An Analysis whose rarely read parts are computed when first read. A class rather than an object
 * literal with getters: V8 keeps such literals in dictionary mode, and hot loops read analyses.
 */
class LazyAnalysis implements Analysis {
  readonly rank: Int32Array;
  readonly rankedRevenues: Float64Array;
  readonly concentration: CustomerAnalysis['concentration'];
  readonly tiers: CustomerAnalysis['tiers'];
  readonly lifecycle: CustomerAnalysis['lifecycle'];
  readonly summary: CustomerAnalysis['summary'];
  readonly #lazy: LazyParts;
  // RFM scoring passes over every scored customer several times and most callers (the summary) never read it.
  #rfm: Rfm | undefined;
  // Read by a few views only; a filtered analysis derives them from the unfiltered one's.
  #risk: RevenueAtRisk | undefined;
  #intervals: PurchaseIntervals | null | undefined;

  constructor(
    customers: CustomerAnalysis,
    readonly options: AnalysisOptions,
    readonly asOf: number | null,
    readonly aggregates: CustomerAggregates,
    readonly major: MajorCustomers,
    lazy: LazyParts,
  ) {
    this.rank = customers.rank;
    this.rankedRevenues = customers.rankedRevenues;
    this.concentration = customers.concentration;
    this.tiers = customers.tiers;
    this.lifecycle = customers.lifecycle;
    this.summary = customers.summary;
    this.#lazy = lazy;
  }

  get rfm(): Rfm {
    return (this.#rfm ??= rfm(this.aggregates, this.rank));
  }

  get revenueAtRisk(): RevenueAtRisk {
    return (this.#risk ??= this.#lazy.revenueAtRisk(this.lifecycle.codes));
  }

  get purchaseIntervals(): PurchaseIntervals | null {
    if (this.#intervals === undefined) this.#intervals = this.#lazy.purchaseIntervals();
    return this.#intervals;
  }
}
