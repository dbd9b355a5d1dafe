import type { Summary, ViewRequest } from '../../core/index.ts';
import type { OpenDataset } from '../analysisSession.ts';
import { analysisOf } from '../analysisOf.ts';
import { previousYear } from '../previousYear.ts';

/** The Overview's numbers under the global filters, with the previous period for the changes. */
export interface OverviewResult {
  readonly summary: Summary;
  /** The same analysis with as-of T − 365 (period 'ttm' only; null for 'all' or without dates). */
  readonly previous: Summary | null;
  /** Revenue of the at-risk and dormant customers in the trailing year [T − 364, T] (core revenueAtRisk). */
  readonly revenueAtRisk: number;
  readonly atRiskCustomers: number;
}

/** The Overview of `request`, from the analyses of analysisOf (kept there for the views that follow). */
export function overviewResult(open: Pick<OpenDataset, 'dataset'>, request: ViewRequest): OverviewResult {
  const current = analysisOf(open, request);
  const previous = current.options.period === 'all' ? null : previousYear(open, request, current);
  const risk = current.revenueAtRisk;
  return { summary: current.summary, previous: previous?.summary ?? null, revenueAtRisk: risk.total, atRiskCustomers: risk.customers };
}
