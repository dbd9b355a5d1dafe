import { aggregateArrays } from '../core/index.ts';
import type { AggregateArrays } from '../core/index.ts';

/** Sets kept: a filter change makes two filtered analyses (this year's and the year before's). */
const SPARE_SETS = 2;

/**
 * Per-customer arrays of filtered analyses that are no longer used, to fill again for the next ones.
 * New memory is dear in a browser worker (pages the allocator hands back after every collection;
 * see README, Performance), and a filter change at 1M customers' rows makes about 10 MB of them.
 */
export class SpareAggregates {
  readonly #spare: AggregateArrays[] = [];

  /** Arrays of `size` entries: a spare set that long, else new ones. */
  take(size: number): AggregateArrays {
    const at = this.#spare.findIndex((arrays) => arrays.revenue.length === size);
    return at === -1 ? aggregateArrays(size) : this.#spare.splice(at, 1)[0];
  }

  /** Arrays no one reads any more (the oldest spare set goes past SPARE_SETS). */
  give(arrays: AggregateArrays): void {
    this.#spare.push(arrays);
    if (this.#spare.length > SPARE_SETS) this.#spare.shift();
  }
}
