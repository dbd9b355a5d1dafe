import { radixOrder } from './radixOrder.ts';

/**
 * Scores 1–5 by quintiles with ties kept in one bin: for "higher is better" a value v scores
 * 1 + floor(5 · #(values < v) / N); for "lower is better" 1 + floor(5 · #(values > v) / N). Equal
 * values always share a score, the smallest (largest) value scores 1, and a bin can be empty when a tie
 * spans a quintile border. 5·count/N is a ratio of whole numbers, so floor is exact. Values must not be
 * NaN; an empty input gives an empty result.
 */
export function quintileScores(values: Float64Array, higherIsBetter: boolean): Uint8Array {
  const span = integerSpan(values);
  return span === null ? scoresBySort(values, higherIsBetter) : scoresByCounts(values, higherIsBetter, span.min, span.size);
}

/**
 * The counts from one stable sort (radixOrder): a run of equal values starting at position p has p
 * values below it.
 */
function scoresBySort(values: Float64Array, higherIsBetter: boolean): Uint8Array {
  const n = values.length;
  const order = radixOrder(values);
  const scores = new Uint8Array(n);
  for (let p = 0; p < n; ) {
    const v = values[order[p]];
    let end = p + 1;
    while (end < n && values[order[end]] === v) end++;
    const value = quintileScore(higherIsBetter ? p : n - end, n);
    for (let q = p; q < end; q++) scores[order[q]] = value;
    p = end;
  }
  return scores;
}

/**
 * Whole numbers over a span not much wider than their count (days since a purchase, order counts)
 * are counted per value instead of sorted: #(values < v) is a sum of the counts below v.
 */
function scoresByCounts(values: Float64Array, higherIsBetter: boolean, min: number, size: number): Uint8Array {
  const n = values.length;
  // below[k] = #(values < min + k), for k in [0, size].
  const below = new Int32Array(size + 1);
  for (let i = 0; i < n; i++) below[values[i] - min + 1]++;
  for (let k = 1; k <= size; k++) below[k] += below[k - 1];
  const scores = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    const k = values[i] - min;
    scores[i] = quintileScore(higherIsBetter ? below[k] : n - below[k + 1], n);
  }
  return scores;
}

/** The quintile score of a value with `beaten` of the `n` values below it (above it, for "lower is better"). */
export function quintileScore(beaten: number, n: number): number {
  return 1 + Math.floor((5 * beaten) / n);
}

/** Wider spans are sorted: counting would walk more empty values than the sort's passes cost. */
const SPAN_PER_VALUE = 4;
const SPAN_ANYWAY = 1024;

/** The smallest value and the number of values from it to the largest, when every value is a whole number and they are few; else null. */
function integerSpan(values: Float64Array): { min: number; size: number } | null {
  if (values.length === 0) return null;
  let min = values[0];
  let max = values[0];
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (!Number.isInteger(v)) return null;
    if (v < min) min = v;
    else if (v > max) max = v;
  }
  const size = max - min + 1;
  return size <= SPAN_ANYWAY + SPAN_PER_VALUE * values.length ? { min, size } : null;
}
