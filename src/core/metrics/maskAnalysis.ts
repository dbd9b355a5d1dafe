import type { Dataset } from '../model/index.ts';
import { analysisFrom } from './analyze.ts';
import type { Analysis } from './analyze.ts';
import { maskPurchaseIntervals } from './purchaseIntervals.ts';
import type { IntervalArrays } from './purchaseIntervals.ts';
import { maskRevenueAtRisk } from './revenueAtRisk.ts';
import { maskCustomers } from './maskCustomers.ts';
import type { AggregateArrays } from './customerAggregates.ts';

/** Arrays a masked analysis fills instead of new ones. */
export interface MaskArrays {
  readonly aggregates: AggregateArrays;
  /** Asked for only when the analysis's purchase intervals are first read. */
  intervals(): IntervalArrays;
  /** The per-customer revenue at risk, asked for only when first read. */
  atRisk(): Float64Array;
}

/**
 * analyze(dataset, options, customerMask) from `whole`, the unmasked analyze(dataset, options), without
 * reading the rows: a customer's aggregates come from its own rows only (its distinct orders too), so
 * the masked pass keeps the kept customers' entries as they are and the others at their start values
 * (maskCustomers, totals summed again); the ranking is the whole one restricted to the kept customers
 * (the order is total, so restricting it ranks the subset); revenue at risk and purchase intervals
 * come from the whole one's (maskRevenueAtRisk, maskPurchaseIntervals). A filter change then costs a
 * pass over the customers instead of the rows and a sort. The per-customer aggregates, purchase
 * intervals and revenue at risk are filled into the arrays of `into` when given (see maskCustomers,
 * maskPurchaseIntervals, maskRevenueAtRisk).
 */
export function maskAnalysis(dataset: Dataset, whole: Analysis, customerMask: Uint8Array, into?: MaskArrays): Analysis {
  let size = 0;
  for (let r = 0; r < whole.rank.length; r++) size += customerMask[whole.rank[r]] === 0 ? 0 : 1;
  const rank = new Int32Array(size);
  // A kept customer's revenue is the whole one's: its ranked revenues are the whole ones' kept entries, read in order.
  const ranked = new Float64Array(size);
  let k = 0;
  for (let r = 0; r < whole.rank.length; r++) {
    if (customerMask[whole.rank[r]] === 0) continue;
    rank[k] = whole.rank[r];
    ranked[k++] = whole.rankedRevenues[r];
  }
  const aggregates = maskCustomers(whole.aggregates, customerMask, into?.aggregates);
  const lazy = {
    revenueAtRisk: (stageCodes: Uint8Array) => maskRevenueAtRisk(whole.revenueAtRisk, stageCodes, into?.atRisk()),
    purchaseIntervals: () => (whole.purchaseIntervals === null ? null : maskPurchaseIntervals(whole.purchaseIntervals, customerMask, into?.intervals())),
  };
  return analysisFrom(dataset, whole.options, whole.asOf, aggregates, rank, lazy, ranked);
}
