import { parseIsoDay } from '../../core/index.ts';
import type { AnalysisOptions, Filters, PeriodKind, ViewRequest } from '../../core/index.ts';

/**
 * The global filters every view applies: period, as-of date, dimension values and the
 * thresholds of Settings. Views read `request` and send it with each call to the analysis
 * worker.
 */
export class FilterState {
  period: PeriodKind = $state('ttm');
  /** As-of date as YYYY-MM-DD; null = the latest transaction date of the data set. */
  asOf: string | null = $state(null);
  filters: Filters = $state.raw({});
  /** Thresholds chosen in Settings (tiers, lifecycle windows, HHI bands, major-customer share). */
  thresholds: Partial<AnalysisOptions> = $state.raw({});

  readonly request: ViewRequest = $derived({
    options: { ...this.thresholds, period: this.period, asOf: this.asOf === null ? null : parseIsoDay(this.asOf) },
    filters: this.filters,
  });
}
