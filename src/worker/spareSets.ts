/** Sets kept: a filter change makes two filtered analyses (this year's and the year before's). */
const SPARE_SETS = 2;

/**
 * Per-customer arrays of filtered analyses that are no longer used, to fill again for the next ones.
 * New memory is dear in a browser worker (pages the allocator hands back after every collection;
 * see README, Performance), and a filter change at 1M customers' rows makes about 10 MB of them.
 * A set is a group of arrays of one length (one analysis's aggregates, or its purchase intervals).
 */
export class SpareSets<T> {
  readonly #spare: T[] = [];

  /** `make(size)` makes a set of arrays of `size` entries; `sizeOf` reads a set's. */
  constructor(
    private readonly make: (size: number) => T,
    private readonly sizeOf: (set: T) => number,
  ) {}

  /** A set of `size` entries: a spare one that long, else a new one. */
  take(size: number): T {
    const at = this.#spare.findIndex((set) => this.sizeOf(set) === size);
    return at === -1 ? this.make(size) : this.#spare.splice(at, 1)[0];
  }

  /** A set no one reads any more (the oldest spare set goes past SPARE_SETS). */
  give(set: T): void {
    this.#spare.push(set);
    if (this.#spare.length > SPARE_SETS) this.#spare.shift();
  }
}
