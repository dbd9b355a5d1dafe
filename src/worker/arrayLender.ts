import { aggregateArrays, intervalArrays, maskAnalysis } from '../core/index.ts';
import type { AggregateArrays, Analysis, Dataset, IntervalArrays } from '../core/index.ts';
import { SpareSets } from './spareSets.ts';

/** What one filtered analysis was lent: its purchase intervals' arrays only once it read them. */
interface Lent {
  readonly aggregates: AggregateArrays;
  intervals?: IntervalArrays;
}

/**
 * Per-customer arrays lent to filtered analyses and taken back when no one reads them any more, for
 * the next ones: new memory is dear in a browser worker (see SpareSets).
 */
export class ArrayLender {
  readonly #aggregates = new SpareSets(aggregateArrays, (arrays) => arrays.revenue.length);
  readonly #intervals = new SpareSets(intervalArrays, (arrays) => arrays.purchaseDays.length);
  readonly #lent = new WeakMap<Analysis, Lent>();

  /** maskAnalysis filling spare arrays, recorded as lent to it. */
  maskAnalysis(dataset: Dataset, whole: Analysis, mask: Uint8Array): Analysis {
    const lent: Lent = { aggregates: this.#aggregates.take(mask.length) };
    const analysis = maskAnalysis(dataset, whole, mask, {
      aggregates: lent.aggregates,
      intervals: () => (lent.intervals = this.#intervals.take(mask.length)),
    });
    this.#lent.set(analysis, lent);
    return analysis;
  }

  /** The arrays lent to `analysis`, which no one reads any more, back to the spare ones. */
  takeBack(analysis: Analysis): void {
    const lent = this.#lent.get(analysis);
    if (lent === undefined) return;
    this.#lent.delete(analysis);
    this.#aggregates.give(lent.aggregates);
    if (lent.intervals !== undefined) this.#intervals.give(lent.intervals);
  }

  /** A set of each kind for `size` customers made now, written once so that its memory is mapped when filled. */
  prepare(size: number): void {
    this.#aggregates.give(written(aggregateArrays(size)));
    this.#intervals.give(written(intervalArrays(size)));
  }
}

/** `arrays` with every entry written (0): the pages of new memory are mapped now, not when first filled. */
function written<T extends { [K in keyof T]: Uint8Array | Int32Array | Float64Array }>(arrays: T): T {
  for (const array of Object.values<Uint8Array | Int32Array | Float64Array>(arrays)) array.fill(0);
  return arrays;
}
