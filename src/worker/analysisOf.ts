import { analyze, maskAnalysis } from '../core/index.ts';
import type { Analysis, Dataset, ViewRequest } from '../core/index.ts';
import type { OpenDataset } from './analysisSession.ts';
import { maskOf } from './maskOf.ts';
import { requestKey } from './requestKey.ts';

/** Analyses kept: a view usually asks for a few results of one request in a row. */
const KEPT = 4;

const memo = new WeakMap<Dataset, Map<string, Analysis>>();

/**
 * analyze() of the open data set under a view request (filters become a customer mask),
 * remembered for the last few requests so that the calls of one screen compute it once.
 * A filtered request whose unfiltered analysis is still kept (the view was open before the
 * filter changed) is derived from it (maskAnalysis) instead of reading the rows again.
 * Keyed by the columns: opening another data set starts afresh, and an analysis made before the
 * data set was opened (ColumnsSentAhead) is found once it is.
 */
export function analysisOf(open: Pick<OpenDataset, 'dataset'>, request: ViewRequest): Analysis {
  let kept = memo.get(open.dataset);
  if (kept === undefined) memo.set(open.dataset, (kept = new Map()));
  const key = requestKey(request);
  const hit = kept.get(key);
  if (hit !== undefined) {
    // Most recently used last, so the oldest is evicted first.
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const { dataset } = open;
  const mask = maskOf(open, request.filters);
  const whole = mask === undefined ? undefined : kept.get(requestKey({ options: request.options, filters: {} }));
  const analysis = whole !== undefined && mask !== undefined ? maskAnalysis(dataset, whole, mask) : analyze(dataset, request.options, mask);
  kept.set(key, analysis);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  return analysis;
}
