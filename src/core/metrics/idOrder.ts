// Made once per id list (a data set's ids never change once built).
const made = new WeakMap<readonly string[], Int32Array>();

/**
 * The indices of `ids` in UTF-16 code-unit order of the ids (plain `<`, the SPEC tie-break of every
 * ranking), computed once per ids array: rankings then order numbers instead of comparing strings.
 */
export function idOrder(ids: readonly string[]): Int32Array {
  const known = made.get(ids);
  if (known !== undefined) return known;
  const order = Int32Array.from(ids.keys()).sort((i, j) => (ids[i] < ids[j] ? -1 : ids[i] > ids[j] ? 1 : i - j));
  made.set(ids, order);
  return order;
}
