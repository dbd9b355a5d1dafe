/** Small number helpers of the benchmark report; pure, unit-tested. */

/** Median of the samples (mean of the middle two for an even count); null for none. */
export function median(samples: readonly number[]): number | null {
  const finite = samples.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (finite.length === 0) return null;
  const middle = finite.length >> 1;
  return finite.length % 2 === 1 ? finite[middle] : (finite[middle - 1] + finite[middle]) / 2;
}

/** a / b, or null when either is missing or b is not positive. */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a === null || a === undefined || b === null || b === undefined || !(b > 0) || !Number.isFinite(a)) return null;
  return a / b;
}

/** Throughput in MB/s (10^6 bytes) of `bytes` handled in `ms`; null without a positive time. */
export function megabytesPerSecond(bytes: number, ms: number | null | undefined): number | null {
  const seconds = ratio(ms ?? null, 1000);
  return seconds === null || seconds <= 0 ? null : bytes / 1e6 / seconds;
}

/** The largest of the values given, ignoring missing ones; null for none. */
export function maxOf(values: readonly (number | null | undefined)[]): number | null {
  let best: number | null = null;
  for (const value of values) if (value !== null && value !== undefined && Number.isFinite(value) && (best === null || value > best)) best = value;
  return best;
}
