import type { Dataset } from '../model/index.ts';

/** The latest transaction day in the data set (the default as-of date T), or null when it has no row. */
export function latestDay(dataset: Dataset): number | null {
  const { length, day } = dataset.transactions;
  if (length === 0) return null;
  let latest = day[0];
  for (let i = 1; i < length; i++) if (day[i] > latest) latest = day[i];
  return latest;
}
