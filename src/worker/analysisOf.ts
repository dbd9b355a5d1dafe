import { analyze, maskAnalysis } from '../core/index.ts';
import type { Analysis, Dataset, ViewRequest } from '../core/index.ts';
import type { OpenDataset } from './analysisSession.ts';
import { maskOf } from './maskOf.ts';
import { requestKey } from './requestKey.ts';

/** Analyses kept of each kind: a view usually asks for a few results of one request in a row. */
const KEPT = 4;

/** Unfiltered analyses (each a pass over the rows) apart from filtered ones (each a pass over the customers). */
interface Kept {
  readonly whole: Map<string, Analysis>;
  readonly filtered: Map<string, Analysis>;
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
 */
export function analysisOf(open: Pick<OpenDataset, 'dataset'>, request: ViewRequest): Analysis {
  let kept = memo.get(open.dataset);
  if (kept === undefined) memo.set(open.dataset, (kept = { whole: new Map(), filtered: new Map() }));
  const mask = maskOf(open, request.filters);
  const whole = remembered(kept.whole, requestKey({ options: request.options, filters: {} }), () => analyze(open.dataset, request.options));
  return mask === undefined ? whole : remembered(kept.filtered, requestKey(request), () => maskAnalysis(open.dataset, whole, mask));
}

/** The analysis kept under `key`, else `make()`'s, kept; the least recently used goes past KEPT. */
function remembered(kept: Map<string, Analysis>, key: string, make: () => Analysis): Analysis {
  const hit = kept.get(key);
  // Most recently used last, so the oldest is evicted first.
  if (hit !== undefined) kept.delete(key);
  const analysis = hit ?? make();
  kept.set(key, analysis);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  return analysis;
}
