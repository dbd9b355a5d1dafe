import { radixOrder } from './radixOrder.ts';

/**
 * Scores 1–5 by quintiles with ties kept in one bin: for "higher is better" a value v scores
 * 1 + floor(5 · #(values < v) / N); for "lower is better" 1 + floor(5 · #(values > v) / N). Equal
 * values always share a score, the smallest (largest) value scores 1, and a bin can be empty when a tie
 * spans a quintile border. 5·count/N is a ratio of whole numbers, so floor is exact. The counts come
 * from one stable sort (radixOrder): a run of equal values starting at position p has p values below
 * it. Values must not be NaN; an empty input gives an empty result.
 */
export function quintileScores(values: Float64Array, higherIsBetter: boolean): Uint8Array {
  const n = values.length;
  const order = radixOrder(values);
  const scores = new Uint8Array(n);
  for (let p = 0; p < n; ) {
    const v = values[order[p]];
    let end = p + 1;
    while (end < n && values[order[end]] === v) end++;
    const beaten = higherIsBetter ? p : n - end;
    const score = 1 + Math.floor((5 * beaten) / n);
    for (let q = p; q < end; q++) scores[order[q]] = score;
    p = end;
  }
  return scores;
}
