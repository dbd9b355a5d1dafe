/**
 * Splits `rows` over the days in proportion to `weights` by rounding the cumulative
 * target, so the quotas always add up to exactly `rows` and no day drifts by more than one
 * row from its share.
 */
export function dailyQuota(weights: Float64Array, rows: number): Int32Array {
  let total = 0;
  for (const w of weights) total += w;
  const quota = new Int32Array(weights.length);
  let cumulative = 0;
  let assigned = 0;
  for (let d = 0; d < weights.length; d++) {
    cumulative += weights[d];
    const target = d === weights.length - 1 ? rows : Math.round((rows * cumulative) / total);
    quota[d] = target - assigned;
    assigned = target;
  }
  return quota;
}
