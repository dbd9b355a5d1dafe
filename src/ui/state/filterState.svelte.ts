import { parseIsoDay } from '../../core/index.ts';
import type { Filters, PeriodKind, ViewRequest } from '../../core/index.ts';

/**
 * The global filters every view applies: period, as-of date and dimension values. Views read
 * `request` and send it with each call to the analysis worker.
 */
export class FilterState {
  period: PeriodKind = $state('ttm');
  /** As-of date as YYYY-MM-DD; null = the latest transaction date of the data set. */
  asOf: string | null = $state(null);
  filters: Filters = $state.raw({});

  readonly request: ViewRequest = $derived({
    options: { period: this.period, asOf: this.asOf === null ? null : parseIsoDay(this.asOf) },
    filters: this.filters,
  });
}
