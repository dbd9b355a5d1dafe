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
const made = new WeakMap<readonly string[], { marks: Int32Array; next: number }>();

/** Marks for the order codes of `orderIds` and a range of `customers` stamps no earlier use has set. */
export function orderStamps(orderIds: readonly string[], customers: number): OrderStamps {
  let known = made.get(orderIds);
  if (known === undefined || known.next + customers > STAMP_LIMIT) {
    // Stamps run out after about 2^31 / customers uses: start again from clean marks.
    known = { marks: known?.marks.fill(-1) ?? new Int32Array(orderIds.length).fill(-1), next: 0 };
    made.set(orderIds, known);
  }
  const base = known.next;
  known.next += customers;
  return { marks: known.marks, base };
}
