/**
 * A reusable "last counted by" mark per order code, so counting a customer's distinct orders needs no
 * 4-byte-per-order array allocated (and zeroed, and collected) on every analysis. Each use takes a
 * fresh range of stamps; a mark equal to a stamp of the current range was set during this use.
 */
export interface OrderStamps {
  readonly marks: Int32Array;
  /** The first stamp of this use: stamp = base + customer index. */
  readonly base: number;
}

const STAMP_LIMIT = 2 ** 31 - 1;
/** Per data set (its columns never change): the marks and the next free stamp. */
const made = new WeakMap<OrderCodes, { marks: Int32Array; next: number }>();

/** What the marks are sized by: a data set's count of distinct order codes. */
export interface OrderCodes {
  readonly orderCount: number;
}

/** Marks for the order codes of `dataset` and a range of `customers` stamps no earlier use has set. */
export function orderStamps(dataset: OrderCodes, customers: number): OrderStamps {
  let known = made.get(dataset);
  if (known === undefined || known.next + customers > STAMP_LIMIT) {
    // Stamps run out after about 2^31 / customers uses: start again from clean marks.
    known = { marks: known?.marks.fill(-1) ?? new Int32Array(dataset.orderCount).fill(-1), next: 0 };
    made.set(dataset, known);
  }
  const base = known.next;
  known.next += customers;
  return { marks: known.marks, base };
}
