import { analyze, customerMask, DIMENSIONS } from '../core/index.ts';
import type { Analysis, Dataset, ViewRequest } from '../core/index.ts';
import type { OpenDataset } from './analysisSession.ts';
import { ArrayLender } from './arrayLender.ts';
import { maskOf } from './maskOf.ts';
import { requestKey } from './requestKey.ts';

/** Analyses kept of each kind: a view usually asks for a few results of one request in a row. */
const KEPT = 4;

/** Unfiltered analyses (each a pass over the rows) apart from filtered ones (each a pass over the customers). */
interface Kept {
  readonly whole: Map<string, Analysis>;
  readonly filtered: Map<string, Analysis>;
  /** The arrays of filtered analyses, taken back from those pushed out for the next ones. */
  readonly lender: ArrayLender;
  /** Whether warmFilteredAnalysis ran. */
  warmed: boolean;
}

const memo = new WeakMap<Dataset, Kept>();

/**
 * analyze() of the open data set under a view request (filters become a customer mask),
 * remembered for the last few requests so that the calls of one screen compute it once.
 * A filtered request is derived from the unfiltered analysis of its options (maskAnalysis)
 * instead of reading the rows again: the unfiltered ones are kept apart, so that a run of
 * filter changes, each with its period and the year before, does not push them out.
 * Keyed by the columns: opening another data set starts afresh, and an analysis made before the
 * data set was opened (ColumnsSentAhead) is found once it is.
 *
 * A filtered analysis pushed out of the kept ones gives its per-customer arrays to a later one,
 * so a caller reads a filtered analysis only in the synchronous work of its own request: every view
 * handler asks for at most two (a period and the year before), computes and answers in one go, and
 * nothing keeps an analysis's arrays past that (results are copies and numbers).
 */
export function analysisOf(open: Pick<OpenDataset, 'dataset'>, request: ViewRequest): Analysis {
  const kept = keptOf(open.dataset);
  const mask = maskOf(open, request.filters);
  const whole = remembered(kept.whole, requestKey({ options: request.options, filters: {} }), () => analyze(open.dataset, request.options));
  if (mask === undefined) return whole;
  return remembered(
    kept.filtered,
    requestKey(request),
    () => kept.lender.maskAnalysis(open.dataset, whole, mask),
    (gone) => kept.lender.takeBack(gone),
  );
}

/**
 * A filtered analysis of the open data set made once and thrown away, after the unfiltered one of
 * `request` is kept: the first filter change then runs compiled code and fills arrays already
 * touched (given to the spare ones). Cold, the Overview's first filtered analysis of the period took
 * 50-101 ms at 1M rows, warm 33-54; Risk's first filtered purchase intervals 29-45 ms in new arrays,
 * 10-19 in lent ones. The mask is of the first dimension's first value and is remembered nowhere: no
 * filter's answer is made ahead.
 */
export function warmFilteredAnalysis(open: Pick<OpenDataset, 'dataset'>, request: ViewRequest): void {
  const kept = memo.get(open.dataset);
  const whole = kept?.whole.get(requestKey({ options: request.options, filters: {} }));
  if (kept === undefined || whole === undefined || kept.warmed) return;
  kept.warmed = true;
  const { customers } = open.dataset;
  const dimension = DIMENSIONS.find((name) => customers.dims[name].values.length > 0);
  if (dimension === undefined) return;
  const mask = customerMask(customers, { [dimension]: [customers.dims[dimension].values[0]] });
  if (mask === undefined) return;
  const analysis = kept.lender.maskAnalysis(open.dataset, whole, mask);
  void analysis.revenueAtRisk;
  kept.lender.takeBack(analysis);
  // A filter change makes two filtered analyses (the period and the year before): a second set of
  // aggregates. Purchase intervals need the unfiltered ones (a pass over the rows, made when Risk
  // first opens, 110-140 ms at 1M rows): only their arrays are lent.
  kept.lender.prepare(mask.length);
}

function keptOf(dataset: Dataset): Kept {
  let kept = memo.get(dataset);
  if (kept === undefined) memo.set(dataset, (kept = { whole: new Map(), filtered: new Map(), lender: new ArrayLender(), warmed: false }));
  return kept;
}

/** The analysis kept under `key`, else `make()`'s, kept; the least recently used goes past KEPT (to `gone`). */
function remembered(kept: Map<string, Analysis>, key: string, make: () => Analysis, gone?: (analysis: Analysis) => void): Analysis {
  const hit = kept.get(key);
  // Most recently used last, so the oldest is evicted first.
  if (hit !== undefined) kept.delete(key);
  const analysis = hit ?? make();
  kept.set(key, analysis);
  if (kept.size > KEPT) {
    const [oldest, pushedOut] = kept.entries().next().value as [string, Analysis];
    kept.delete(oldest);
    gone?.(pushedOut);
  }
  return analysis;
}
