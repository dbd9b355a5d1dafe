import { NO_CODE } from '../../core/model/index.ts';

/** What a LatestAttributes held at a checkpoint (see `snapshot`). */
export interface LatestAttributesSnapshot {
  readonly customers: number;
  readonly state: Int32Array;
}

/**
 * Per customer and attribute slot (name, dimensions), the code on the customer's latest-dated
 * row with that attribute filled, ties going to the later row: kept as rows come, so an import
 * holds a few numbers per customer instead of a column per slot with a code for every row.
 *
 * State per customer: `slots` codes plus one (0 = none yet, so new state is a fresh zeroed
 * array), then the day of each.
 */
export class LatestAttributes {
  readonly #slots: number;
  #state = new Int32Array(0);
  /** Customers whose state is held (the rest have none yet). */
  #customers = 0;

  constructor(slots: number) {
    this.#slots = slots;
  }

  /** A row of `customer` on `day` with `codes`, one per slot (NO_CODE where the cell was empty). */
  take(customer: number, day: number, codes: ArrayLike<number>): void {
    if (customer >= this.#customers) this.#hold(customer + 1);
    const at = customer * 2 * this.#slots;
    for (let s = 0; s < this.#slots; s++) if (codes[s] !== NO_CODE) this.#offer(at, s, codes[s], day);
  }

  /** The customer's latest code in `slot` so far, NO_CODE when none. */
  code(customer: number, slot: number): number {
    return customer < this.#customers ? this.#state[customer * 2 * this.#slots + slot] - 1 : NO_CODE;
  }

  /**
   * Takes in the state of rows read apart and coming after every row taken here (`later`, as
   * `part` gives it), its customers and slot codes mapped to codes here: its latest value wins
   * where its day is not earlier, as if its rows had been taken one by one.
   */
  absorb(later: Int32Array, customerCodes: Int32Array, slotCodes: readonly Int32Array[]): void {
    const slots = this.#slots;
    const width = 2 * slots;
    let most = this.#customers;
    for (let t = 0; t < customerCodes.length; t++) most = Math.max(most, customerCodes[t] + 1);
    this.#hold(most);
    for (let t = 0, from = 0; from < later.length; t++, from += width) {
      const at = customerCodes[t] * width;
      for (let s = 0; s < slots; s++) {
        const code = later[from + s] - 1;
        if (code !== NO_CODE) this.#offer(at, s, slotCodes[s][code], later[from + slots + s]);
      }
    }
  }

  /** Slot `s` of the state at `at` takes `code` from a row on `day` unless it holds one from a later day (ties: the row taken later wins). */
  #offer(at: number, s: number, code: number, day: number): void {
    const state = this.#state;
    const slots = this.#slots;
    if (state[at + s] === 0 || day >= state[at + slots + s]) {
      state[at + s] = code + 1;
      state[at + slots + s] = day;
    }
  }

  /** The state of every customer with one (a copy): what `absorb` takes. */
  part(): Int32Array {
    return this.#state.slice(0, this.#customers * 2 * this.#slots);
  }

  /** Per slot, the code of each of `customers` customers (NO_CODE = none). */
  codes(customers: number): Int32Array[] {
    const slots = this.#slots;
    const state = this.#state;
    const held = Math.min(customers, this.#customers);
    return Array.from({ length: slots }, (_, s) => {
      const codes = new Int32Array(customers);
      for (let c = 0, at = s; c < held; c++, at += 2 * slots) codes[c] = state[at] - 1;
      return codes.fill(NO_CODE, held);
    });
  }

  snapshot(): LatestAttributesSnapshot {
    return { customers: this.#customers, state: this.part() };
  }

  /** Back to what `snapshot` saw: customers added since have no state. */
  restore({ customers, state }: LatestAttributesSnapshot): void {
    this.#state.set(state);
    this.#state.fill(0, state.length, this.#customers * 2 * this.#slots);
    this.#customers = customers;
  }

  /** Holds state for `customers` customers, the new ones with none. */
  #hold(customers: number): void {
    const length = customers * 2 * this.#slots;
    if (length > this.#state.length) {
      const grown = new Int32Array(Math.max(length, this.#state.length * 2));
      grown.set(this.#state.subarray(0, this.#customers * 2 * this.#slots));
      this.#state = grown;
    }
    this.#customers = customers;
  }
}
