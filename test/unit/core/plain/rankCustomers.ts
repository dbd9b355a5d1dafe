// Reference: the plain implementation the fast path in src/core replaced, kept for the exact-equality tests (fastPaths.test.ts).
/**
 * The SPEC §2 ordering for "largest": indices of the customers with revenue > 0 (NaN excluded),
 * revenue descending, ties by customer_id ascending in UTF-16 code-unit order (plain `<`, the same on
 * every machine and locale, unlike localeCompare). Ids are unique, so the order is total.
 */
export function rankCustomers(revenue: Float64Array, ids: readonly string[]): Int32Array {
  let n = 0;
  for (let c = 0; c < revenue.length; c++) if (revenue[c] > 0) n++;
  const ranked = new Int32Array(n);
  let k = 0;
  for (let c = 0; c < revenue.length; c++) if (revenue[c] > 0) ranked[k++] = c;
  return ranked.sort((i, j) => {
    const difference = revenue[j] - revenue[i];
    if (difference !== 0) return difference;
    return ids[i] < ids[j] ? -1 : ids[i] > ids[j] ? 1 : 0;
  });
}
