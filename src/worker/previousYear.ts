import type { Analysis, ViewRequest } from '../core/index.ts';
import { analysisOf } from './analysisOf.ts';
import type { OpenDataset } from './analysisSession.ts';

/** Days between the current and the previous period's as-of dates. */
export const PREVIOUS_PERIOD = 365;

/** The analysis of `request` as of a year before `current`'s T (T − 365); null when T is unknown. */
export function previousYear(open: Pick<OpenDataset, 'dataset'>, request: ViewRequest, current: Analysis): Analysis | null {
  if (current.asOf === null) return null;
  return analysisOf(open, { ...request, options: { ...request.options, asOf: current.asOf - PREVIOUS_PERIOD } });
}
