import { radixOrder } from '../stats/index.ts';

/**
 * The SPEC §2 ordering for "largest": indices of the entries with revenue > 0 (NaN excluded), revenue
 * descending, ties by customer_id ascending in UTF-16 code-unit order. `byId` lists every entry index
 * in that id order (idOrder of the entries' ids); ids are unique, so the order is total. The entries
 * are taken in id order and sorted stably by −revenue (radixOrder), so ties stay in id order without
 * comparing strings.
 */
export function rankCustomers(revenue: Float64Array, byId: Int32Array): Int32Array {
  let n = 0;
  for (let c = 0; c < revenue.length; c++) if (revenue[c] > 0) n++;
  const candidates = new Int32Array(n);
  const keys = new Float64Array(n);
  let k = 0;
  for (let i = 0; i < byId.length; i++) {
    const c = byId[i];
    if (revenue[c] > 0) {
      candidates[k] = c;
      keys[k++] = -revenue[c];
    }
  }
  const order = radixOrder(keys);
  const ranked = new Int32Array(n);
  for (let r = 0; r < n; r++) ranked[r] = candidates[order[r]];
  return ranked;
}
