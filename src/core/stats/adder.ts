/**
 * Compensated summation, Neumaier's improvement of Kahan's algorithm (A. Neumaier, "Rundungsfehleranalyse
 * einiger Verfahren zur Summation endlicher Summen", ZAMM 54, 1974). Each addition's rounding error is
 * recovered exactly (the TwoSum identity) and added back at the end, so the result is within about one
 * rounding of the exact sum of the doubles whatever their order or signs — what d3-array's
 * `Adder`/`fsum` achieves with Shewchuk's partials, at a fixed cost per value.
 *
 * NaN values are skipped, like d3's `fsum`; an infinite value makes the sum infinite (or NaN for +∞ + −∞).
 */
export class Adder {
  #sum = 0;
  #compensation = 0;

  add(value: number): this {
    if (Number.isNaN(value)) return this;
    const sum = this.#sum;
    const next = sum + value;
    // Whichever operand is larger in magnitude keeps its digits; the lost part of the other is exact.
    this.#compensation += Math.abs(sum) >= Math.abs(value) ? sum - next + value : value - next + sum;
    this.#sum = next;
    return this;
  }

  valueOf(): number {
    const sum = this.#sum;
    return Number.isFinite(sum) ? sum + this.#compensation : sum;
  }
}
