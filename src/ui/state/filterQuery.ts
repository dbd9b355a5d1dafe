import { DIMENSIONS, parseIsoDay } from '../../core/index.ts';
import type { Dimension, Filters, PeriodKind } from '../../core/index.ts';

/** The global filters as the URL query of a view carries them. */
export interface FilterQuery {
  readonly period: PeriodKind;
  /** YYYY-MM-DD, or null for the data set's latest day. */
  readonly asOf: string | null;
  readonly filters: Filters;
}

/**
 * The filters in a location hash's query (`#/risk?period=all&asOf=2025-06-30&region=华东&region=华北`):
 * `period` ttm|all (default ttm), `asOf` a real calendar day, and any number of values per dimension
 * (an empty value stands for "unknown"; repeats are dropped). Anything else — unknown keys, a bad date
 * or period — is ignored rather than refused, so an edited bookmark still opens.
 */
export function parseFilterQuery(hash: string): FilterQuery {
  const start = hash.indexOf('?');
  const params = new URLSearchParams(start < 0 ? '' : hash.slice(start + 1));
  const period = params.get('period') === 'all' ? 'all' : 'ttm';
  const day = params.get('asOf');
  const asOf = day !== null && parseIsoDay(day) !== null ? day : null;
  const filters: Partial<Record<Dimension, readonly string[]>> = {};
  for (const dimension of DIMENSIONS) {
    const values = [...new Set(params.getAll(dimension))];
    if (values.length > 0) filters[dimension] = values;
  }
  return { period, asOf, filters };
}

/** The query part of a view's hash for these filters (`?period=all&region=…`), '' when nothing is set. */
export function filterQueryString({ period, asOf, filters }: FilterQuery): string {
  const params = new URLSearchParams();
  if (period !== 'ttm') params.set('period', period);
  if (asOf !== null) params.set('asOf', asOf);
  for (const dimension of DIMENSIONS) for (const value of filters[dimension] ?? []) params.append(dimension, value);
  const text = params.toString();
  return text === '' ? '' : `?${text}`;
}
