import { aggregateArrays, intervalArrays, maskAnalysis } from '../core/index.ts';
import type { AggregateArrays, Analysis, Dataset, IntervalArrays } from '../core/index.ts';
import { SpareSets } from './spareSets.ts';

/** What one filtered analysis was lent: its purchase intervals' and revenue at risk's arrays only once it read them. */
interface Lent {
  readonly aggregates: AggregateArrays;
  intervals?: IntervalArrays;
  atRisk?: Float64Array<ArrayBuffer>;
}

/**
 * Per-customer arrays lent to filtered analyses and taken back when no one reads them any more, for
 * the next ones: new memory is dear in a browser worker (see SpareSets).
 */
export class ArrayLender {
  readonly #aggregates = new SpareSets(aggregateArrays, (arrays) => arrays.revenue.length);
  readonly #intervals = new SpareSets(intervalArrays, (arrays) => arrays.purchaseDays.length);
  readonly #atRisk = new SpareSets((size: number) => new Float64Array(size), (array) => array.length);
  readonly #lent = new WeakMap<Analysis, Lent>();

  /** maskAnalysis filling spare arrays, recorded as lent to it. */
  maskAnalysis(dataset: Dataset, whole: Analysis, mask: Uint8Array): Analysis {
    const lent: Lent = { aggregates: this.#aggregates.take(mask.length) };
    const analysis = maskAnalysis(dataset, whole, mask, {
      aggregates: lent.aggregates,
      intervals: () => (lent.intervals = this.#intervals.take(mask.length)),
      atRisk: () => (lent.atRisk = this.#atRisk.take(mask.length)),
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
    if (lent.atRisk !== undefined) this.#atRisk.give(lent.atRisk);
  }

  /**
   * A set of each kind for `size` customers made now, written once so that its memory is mapped when
   * filled; not past PREPARED_BYTES, as writing holds the worker up (at 10M rows, 111 MB took about
   * 330 ms, and a filter change right after the first Overview waited for it: 839 against 532 ms).
   */
  prepare(size: number): void {
    if (size * BYTES_PER_CUSTOMER > PREPARED_BYTES) return;
    this.#aggregates.give(written(aggregateArrays(size)));
    this.#intervals.give(written(intervalArrays(size)));
    this.#atRisk.give(new Float64Array(size).fill(0));
  }
}

/** Most memory `prepare` writes ahead: 1M rows' 190,000 customers take 11 MB. */
const PREPARED_BYTES = 32 << 20;

/** Bytes of one customer's entries in a set of each kind. */
const BYTES_PER_CUSTOMER =
  [...Object.values(aggregateArrays(1)), ...Object.values(intervalArrays(1))].reduce((sum, array) => sum + array.byteLength, 0) + Float64Array.BYTES_PER_ELEMENT;

/** `arrays` with every entry written (0): the pages of new memory are mapped now, not when first filled. */
function written<T extends { [K in keyof T]: Uint8Array | Int32Array | Float64Array }>(arrays: T): T {
  for (const array of Object.values<Uint8Array | Int32Array | Float64Array>(arrays)) array.fill(0);
  return arrays;
}
