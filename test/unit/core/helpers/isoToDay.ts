/** 'YYYY-MM-DD' → days since 1970-01-01 through Date.UTC: a second method, independent of core/stats/day.ts. */
export function isoToDay(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

/** Days since 1970-01-01 → 'YYYY-MM-DD' through Date (UTC). */
export function dayToIso(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}
