/** The first index in [from, to) of ascending `values` whose value is not below `target` (`to` when none): a binary search. */
export function lowerBound(values: Float64Array, target: number, from = 0, to = values.length): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (values[middle] < target) low = middle + 1;
    else high = middle;
  }
  return low;
}
