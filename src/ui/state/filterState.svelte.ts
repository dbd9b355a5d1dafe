import { DIMENSIONS, parseIsoDay } from '../../core/index.ts';
import type { AnalysisOptions, Dimension, Filters, PeriodKind, ViewRequest } from '../../core/index.ts';
import { filterQueryString, parseFilterQuery } from './filterQuery.ts';
import type { FilterQuery } from './filterQuery.ts';

/** Dimensions the filter bar offers (channel stays out of the bar; the URL still accepts it). */
export const FILTER_DIMENSIONS = ['region', 'industry', 'segment', 'owner'] as const satisfies readonly Dimension[];

/** One active filter value, as a chip shows it. */
export interface ActiveFilter {
  readonly dimension: Dimension;
  readonly value: string;
}

/**
 * The global filters every view applies: period, as-of date, dimension values and the
 * thresholds of Settings. Views read `request` and send it with each call to the analysis
 * worker. Period, as-of and dimension values live in the URL query (`query`), so a view
 * can be bookmarked and back/forward step through filter changes.
 */
export class FilterState {
  period: PeriodKind = $state('ttm');
  /** As-of date as YYYY-MM-DD; null = the latest transaction date of the data set. */
  asOf: string | null = $state(null);
  filters: Filters = $state.raw({});
  /** Thresholds chosen in Settings (tiers, lifecycle windows, HHI bands, major-customer share). */
  thresholds: Partial<AnalysisOptions> = $state.raw({});

  readonly request: ViewRequest = $derived(this.#requestOf({ period: this.period, asOf: this.asOf, filters: this.filters }));

  /** The URL query of the current filters (`?period=all&region=…`), '' when none is set. */
  readonly query: string = $derived(filterQueryString({ period: this.period, asOf: this.asOf, filters: this.filters }));

  /** Every selected dimension value, in dimension order. */
  readonly active: readonly ActiveFilter[] = $derived(
    DIMENSIONS.flatMap((dimension) => (this.filters[dimension] ?? []).map((value) => ({ dimension, value }))),
  );

  constructor(hash = '') {
    this.sync(hash);
  }

  /** The request of a view opened without a query, as the Overview is after an import: default filters, these thresholds. */
  landingRequest(): ViewRequest {
    return this.#requestOf(parseFilterQuery(''));
  }

  /** Takes the filters of a location hash (reload, bookmark, back/forward). False when nothing changed. */
  sync(hash: string): boolean {
    const next = parseFilterQuery(hash);
    if (filterQueryString(next) === this.query) return false;
    this.period = next.period;
    this.asOf = next.asOf;
    this.filters = next.filters;
    return true;
  }

  setPeriod(period: PeriodKind): void {
    this.period = period;
  }

  /** A YYYY-MM-DD day, or null (or an invalid day) for the data set's latest day. */
  setAsOf(day: string | null): void {
    this.asOf = day !== null && parseIsoDay(day) !== null ? day : null;
  }

  /** The values kept for one dimension; none = no filter on it. */
  setValues(dimension: Dimension, values: readonly string[]): void {
    const next: Partial<Record<Dimension, readonly string[]>> = { ...this.filters };
    if (values.length === 0) delete next[dimension];
    else next[dimension] = [...new Set(values)];
    this.filters = next;
  }

  removeValue(dimension: Dimension, value: string): void {
    this.setValues(dimension, (this.filters[dimension] ?? []).filter((kept) => kept !== value));
  }

  /** Back to every customer, the trailing year, the latest day. */
  clear(): void {
    this.period = 'ttm';
    this.asOf = null;
    this.filters = {};
  }

  #requestOf({ period, asOf, filters }: FilterQuery): ViewRequest {
    return { options: { ...this.thresholds, period, asOf: asOf === null ? null : parseIsoDay(asOf) }, filters };
  }
}
