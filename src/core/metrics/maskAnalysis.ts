import type { Dataset } from '../model/index.ts';
import { analysisFrom } from './analyze.ts';
import type { Analysis } from './analyze.ts';
import { maskAggregates } from './maskAggregates.ts';

/**
 * analyze(dataset, options, customerMask) from `whole`, the unmasked analyze(dataset, options): the
 * aggregates are masked (maskAggregates) and the ranking is the whole one restricted to the kept
 * customers (the order is total, so restricting it ranks the subset). A filter change then costs a
 * pass over the customers instead of the rows and a sort.
 */
export function maskAnalysis(dataset: Dataset, whole: Analysis, customerMask: Uint8Array): Analysis {
  let size = 0;
  for (const c of whole.rank) size += customerMask[c] === 0 ? 0 : 1;
  const rank = new Int32Array(size);
  let k = 0;
  for (const c of whole.rank) if (customerMask[c] !== 0) rank[k++] = c;
  return analysisFrom(dataset, whole.options, whole.asOf, maskAggregates(whole.aggregates, customerMask), rank);
}
