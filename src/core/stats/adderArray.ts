/**
 * Many compensated sums side by side, one per index (per customer): the Neumaier summation of Adder
 * (see adder.ts) on two Float64Arrays, so a pass over a million rows keeps one exact-enough running sum
 * per customer without an object per customer. Values may be added and subtracted (a sliding window);
 * the error stays about one rounding of the current sum. NaN values must be filtered out by the caller.
 */
export class AdderArray {
  readonly #sum: Float64Array;
  readonly #compensation: Float64Array;

  constructor(length: number) {
    this.#sum = new Float64Array(length);
    this.#compensation = new Float64Array(length);
  }

  add(index: number, value: number): void {
    const sum = this.#sum[index];
    const next = sum + value;
    this.#compensation[index] += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    this.#sum[index] = next;
  }

  /** Back to exactly 0 (a window that has emptied keeps no rounding residue). */
  reset(index: number): void {
    this.#sum[index] = 0;
    this.#compensation[index] = 0;
  }

  valueAt(index: number): number {
    return this.#sum[index] + this.#compensation[index];
  }
}
