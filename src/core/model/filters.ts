import type { Dimension } from './dataset.ts';
import type { AnalysisOptions } from './options.ts';

/**
 * The global filters of the views: per dimension, the values a customer must have one of.
 * An absent or empty list does not filter; `''` stands for "unknown" (no value).
 */
export type Filters = Readonly<Partial<Record<Dimension, readonly string[]>>>;

/** What every view asks the analysis worker for: the options (period, as-of, thresholds) and the filters. */
export interface ViewRequest {
  readonly options: Partial<AnalysisOptions>;
  readonly filters: Filters;
}
