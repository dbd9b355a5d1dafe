import { aggregateArrays, analyze, customerMask, DIMENSIONS, intervalArrays, maskAnalysis } from '../core/index.ts';
import type { AggregateArrays, Analysis, Dataset, IntervalArrays, MaskArrays, ViewRequest } from '../core/index.ts';
import type { OpenDataset } from './analysisSession.ts';
import { maskOf } from './maskOf.ts';
import { requestKey } from './requestKey.ts';
import { SpareSets } from './spareSets.ts';

/** Analyses kept of each kind: a view usually asks for a few results of one request in a row. */
const KEPT = 4;

/** Unfiltered analyses (each a pass over the rows) apart from filtered ones (each a pass over the customers). */
interface Kept {
  readonly whole: Map<string, Analysis>;
  readonly filtered: Map<string, Analysis>;
  /** The arrays of filtered analyses pushed out, for the next ones. */
  readonly spare: Spare;
  /** The arrays each kept filtered analysis was lent (its purchase intervals' only once read). */
  readonly lent: WeakMap<Analysis, Lent>;
  /** Whether warmFilteredAnalysis ran. */
  warmed: boolean;
}

interface Spare {
  readonly aggregates: SpareSets<AggregateArrays>;
  readonly intervals: SpareSets<IntervalArrays>;
}

interface Lent {
  readonly aggregates: AggregateArrays;
  intervals?: IntervalArrays;
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
    () => lentAnalysis(open.dataset, kept, whole, mask),
    (gone) => giveBack(kept, gone),
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
  const analysis = lentAnalysis(open.dataset, kept, whole, mask);
  void analysis.revenueAtRisk;
  giveBack(kept, analysis);
  // A filter change makes two filtered analyses (the period and the year before): a second set of
  // aggregates. Purchase intervals need the unfiltered ones (a pass over the rows, made when Risk
  // first opens, 110-140 ms at 1M rows): only their arrays are lent. Both written once, so that their
  // memory is mapped when filled again.
  kept.spare.aggregates.give(written(aggregateArrays(mask.length)));
  kept.spare.intervals.give(written(intervalArrays(mask.length)));
}

/** `arrays` with every entry written (0): the pages of new memory are mapped now, not when first filled. */
function written<T extends { [K in keyof T]: Uint8Array | Int32Array | Float64Array }>(arrays: T): T {
  for (const array of Object.values<Uint8Array | Int32Array | Float64Array>(arrays)) array.fill(0);
  return arrays;
}

function keptOf(dataset: Dataset): Kept {
  const known = memo.get(dataset);
  if (known !== undefined) return known;
  const spare = {
    aggregates: new SpareSets(aggregateArrays, (arrays) => arrays.revenue.length),
    intervals: new SpareSets(intervalArrays, (arrays) => arrays.purchaseDays.length),
  };
  const kept: Kept = { whole: new Map(), filtered: new Map(), spare, lent: new WeakMap(), warmed: false };
  memo.set(dataset, kept);
  return kept;
}

/** maskAnalysis filling spare arrays, recorded as lent to it. */
function lentAnalysis(dataset: Dataset, kept: Kept, whole: Analysis, mask: Uint8Array): Analysis {
  const { spare } = kept;
  const lent: Lent = { aggregates: spare.aggregates.take(mask.length) };
  const into: MaskArrays = { aggregates: lent.aggregates, intervals: () => (lent.intervals = spare.intervals.take(mask.length)) };
  const analysis = maskAnalysis(dataset, whole, mask, into);
  kept.lent.set(analysis, lent);
  return analysis;
}

/** The arrays lent to a filtered analysis no one reads any more, back to the spare ones. */
function giveBack(kept: Kept, analysis: Analysis): void {
  const lent = kept.lent.get(analysis);
  if (lent === undefined) return;
  kept.lent.delete(analysis);
  kept.spare.aggregates.give(lent.aggregates);
  if (lent.intervals !== undefined) kept.spare.intervals.give(lent.intervals);
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
