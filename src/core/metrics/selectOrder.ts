/**
 * An ordering of customers (idOrder, a ranking) restricted to a selection (selectCustomers): entry k of
 * the selection is customer `indices[k]`, and the result lists the selection's entries that `order`
 * lists, in its order. `customers` is the size of the customer table. Linear, no comparison.
 */
export function selectOrder(order: Int32Array, indices: Int32Array, customers: number): Int32Array {
  const entry = new Int32Array(customers).fill(-1);
  for (let k = 0; k < indices.length; k++) entry[indices[k]] = k;
  let size = 0;
  for (let i = 0; i < order.length; i++) if (entry[order[i]] !== -1) size++;
  const selected = new Int32Array(size);
  let k = 0;
  for (let i = 0; i < order.length; i++) if (entry[order[i]] !== -1) selected[k++] = entry[order[i]];
  return selected;
}
