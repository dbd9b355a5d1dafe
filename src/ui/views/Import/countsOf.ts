/**
 * Counts keyed by reason or status, summed over files and sorted by count (largest first, then
 * key). The records come from the worker; Map keeps keys like `__proto__` harmless.
 */
export function countsOf(records: readonly Readonly<Record<string, number>>[]): { key: string; count: number }[] {
  const totals = new Map<string, number>();
  for (const record of records) {
    for (const [key, count] of Object.entries(record)) totals.set(key, (totals.get(key) ?? 0) + count);
  }
  return [...totals]
    .map(([key, count]) => ({ key, count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
