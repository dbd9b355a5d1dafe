import type { PeriodKind } from '../model/index.ts';

/** First day of the period ending on `asOf` (SPEC §2): ttm = the 365 days [T − 364, T]; all = −∞. */
export function periodStart(asOf: number, period: PeriodKind): number {
  return period === 'ttm' ? asOf - 364 : Number.NEGATIVE_INFINITY;
}
