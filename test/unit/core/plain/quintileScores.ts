// Reference: the plain implementation the fast path in src/core replaced, kept for the exact-equality tests (fastPaths.test.ts).
/**
 * Scores 1–5 by quintiles with ties kept in one bin: for "higher is better" a value v scores
 * 1 + floor(5 · #(values < v) / N); for "lower is better" 1 + floor(5 · #(values > v) / N). Equal
 * values always share a score, the smallest (largest) value scores 1, and a bin can be empty when a tie
 * spans a quintile border. 5·count/N is a ratio of whole numbers, so floor is exact. Values must not
 * be NaN (they would not sort); an empty input gives an empty result.
 */
export function quintileScores(values: Float64Array, higherIsBetter: boolean): Uint8Array {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    const beaten = higherIsBetter ? firstIndexAtLeast(sorted, v) : n - firstIndexAbove(sorted, v);
    scores[i] = 1 + Math.floor((5 * beaten) / n);
  }
  return scores;
}

/** Number of entries < v in an ascending array (binary search). */
function firstIndexAtLeast(sorted: Float64Array, v: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] < v) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Number of entries ≤ v in an ascending array (binary search). */
function firstIndexAbove(sorted: Float64Array, v: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle] <= v) low = middle + 1;
    else high = middle;
  }
  return low;
}
