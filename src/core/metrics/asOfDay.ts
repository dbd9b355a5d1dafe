import type { AnalysisOptions, Dataset } from '../model/index.ts';
import { latestDay } from './latestDay.ts';

/**
 * T: the as-of option, else the latest transaction day of the whole data set (also under a customer
 * mask, so filtered views and breakdown groups share one date); null when neither exists.
 */
export function asOfDay(dataset: Dataset, options: AnalysisOptions): number | null {
  return options.asOf ?? latestDay(dataset);
}
