import { analyze, customerMask } from '../core/index.ts';
import type { Analysis, ViewRequest } from '../core/index.ts';
import type { OpenDataset } from './analysisSession.ts';

/** Analyses kept: a view usually asks for a few results of one request in a row. */
const KEPT = 4;

const memo = new WeakMap<OpenDataset, Map<string, Analysis>>();

/**
 * analyze() of the open data set under a view request (filters become a customer mask),
 * remembered for the last few requests so that the calls of one screen compute it once.
 * Keyed by the open data set object: opening another one starts afresh.
 */
export function analysisOf(open: OpenDataset, request: ViewRequest): Analysis {
  let kept = memo.get(open);
  if (kept === undefined) memo.set(open, (kept = new Map()));
  const key = JSON.stringify(request);
  const hit = kept.get(key);
  if (hit !== undefined) {
    // Most recently used last, so the oldest is evicted first.
    kept.delete(key);
    kept.set(key, hit);
    return hit;
  }
  const analysis = analyze(open.dataset, request.options, customerMask(open.dataset.customers, request.filters));
  kept.set(key, analysis);
  if (kept.size > KEPT) kept.delete(kept.keys().next().value as string);
  return analysis;
}
