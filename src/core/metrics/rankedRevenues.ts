/** Revenues in rank order (the input of the concentration metrics). */
export function rankedRevenues(revenue: Float64Array, rank: Int32Array): Float64Array {
  const ranked = new Float64Array(rank.length);
  for (let k = 0; k < rank.length; k++) ranked[k] = revenue[rank[k]];
  return ranked;
}
