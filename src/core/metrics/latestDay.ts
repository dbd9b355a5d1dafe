import type { Dataset, TransactionColumns } from '../model/index.ts';

// A data set's columns do not change once built, and a filtered view asks for T on every change: scan them once.
const found = new WeakMap<TransactionColumns, number | null>();

/** The latest transaction day in the data set (the default as-of date T), or null when it has no row. */
export function latestDay(dataset: Dataset): number | null {
  const { transactions } = dataset;
  const known = found.get(transactions);
  if (known !== undefined) return known;
  const { length, day } = transactions;
  let latest: number | null = null;
  if (length > 0) {
    latest = day[0];
    for (let i = 1; i < length; i++) if (day[i] > latest) latest = day[i];
  }
  found.set(transactions, latest);
  return latest;
}
