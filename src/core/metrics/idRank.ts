import { idOrder } from './idOrder.ts';

// Made once per id list (a data set's ids never change once built).
const made = new WeakMap<readonly string[], Int32Array>();

/** Each id's position in idOrder: comparing two ranks compares the ids in code-unit order. Computed once per ids array. */
export function idRank(ids: readonly string[]): Int32Array {
  const known = made.get(ids);
  if (known !== undefined) return known;
  const order = idOrder(ids);
  const rank = new Int32Array(ids.length);
  for (let k = 0; k < order.length; k++) rank[order[k]] = k;
  made.set(ids, rank);
  return rank;
}
