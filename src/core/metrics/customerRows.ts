import type { Dataset, TransactionColumns } from '../model/index.ts';

/**
 * The transaction columns regrouped by customer: rows `offsets[c]` .. `offsets[c + 1]` of `day`,
 * `amount` and `order` are customer c's, in file order (a stable counting sort). A pass over the
 * customers then reads each one's rows side by side instead of jumping through per-customer arrays
 * for every row, and a filter skips a customer's rows at once. Within a customer the rows keep file
 * order, so every per-customer sum adds the same values in the same order as a pass over the rows.
 */
export interface CustomerRows {
  readonly offsets: Int32Array;
  readonly day: Int32Array;
  readonly amount: Float64Array;
  readonly order: Int32Array;
}

// Made once per set of columns (the columns of a data set never change once built).
const made = new WeakMap<TransactionColumns, CustomerRows>();

/** The data set's rows grouped by customer, computed once per data set. */
export function customerRows({ transactions, customers: { length: customers } }: Dataset): CustomerRows {
  const known = made.get(transactions);
  if (known !== undefined) return known;
  const { length, customer, day, amount, order } = transactions;
  const offsets = new Int32Array(customers + 1);
  for (let i = 0; i < length; i++) offsets[customer[i] + 1]++;
  for (let c = 0; c < customers; c++) offsets[c + 1] += offsets[c];
  const next = offsets.slice(0, customers);
  const rows: CustomerRows = {
    offsets,
    day: new Int32Array(length),
    amount: new Float64Array(length),
    order: new Int32Array(length),
  };
  for (let i = 0; i < length; i++) {
    const k = next[customer[i]]++;
    rows.day[k] = day[i];
    rows.amount[k] = amount[i];
    rows.order[k] = order[i];
  }
  made.set(transactions, rows);
  return rows;
}
