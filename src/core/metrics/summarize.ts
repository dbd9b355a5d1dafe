import type { AnalysisOptions, Dataset, Summary } from '../model/index.ts';
import { analyze } from './analyze.ts';

/**
 * The numbers of SPEC §3 (without `rows`, which come from the import reports): asOf, period,
 * customersTotal, customersWithRevenue, revenue, concentration, tiers and lifecycle — the same
 * computation as analyze().
 */
export function summarize(dataset: Dataset, options?: Partial<AnalysisOptions>, customerMask?: Uint8Array): Summary {
  return analyze(dataset, options, customerMask).summary;
}
