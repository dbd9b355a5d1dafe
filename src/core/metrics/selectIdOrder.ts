/**
 * The id order of a selection (selectCustomers): entry k of the selection is customer `indices[k]`,
 * and the result lists the selection's entries in the order `byId` lists their customers. Linear in
 * the number of customers, no string comparison.
 */
export function selectIdOrder(byId: Int32Array, indices: Int32Array): Int32Array {
  const entry = new Int32Array(byId.length).fill(-1);
  for (let k = 0; k < indices.length; k++) entry[indices[k]] = k;
  const order = new Int32Array(indices.length);
  let k = 0;
  for (const c of byId) if (entry[c] !== -1) order[k++] = entry[c];
  return order;
}
