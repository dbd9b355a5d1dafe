/**
 * The first `limit` items offered, in the order `compare` gives (negative: x first), kept in that
 * order as they come: what sorting every item and keeping the first `limit` gives when `compare` is
 * a total order, without sorting (or building) the thousands of items that do not make the cut.
 */
export class Leaders {
  readonly items: number[] = [];
  readonly #limit: number;
  readonly #compare: (x: number, y: number) => number;

  constructor(limit: number, compare: (x: number, y: number) => number) {
    this.#limit = Math.max(0, Math.floor(limit));
    this.#compare = compare;
  }

  offer(item: number): void {
    const list = this.items;
    if (list.length === this.#limit) {
      if (this.#limit === 0 || this.#compare(item, list[list.length - 1]) >= 0) return;
      list.pop();
    }
    let at = list.length;
    while (at > 0 && this.#compare(item, list[at - 1]) < 0) at--;
    list.splice(at, 0, item);
  }
}
