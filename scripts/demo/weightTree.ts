/**
 * Weighted random choice among many items whose weights change (a Fenwick / binary
 * indexed tree over the weights): set a weight and draw an item in O(log n), so millions of
 * customers can start and stop buying without rebuilding a cumulative table.
 */
export class WeightTree {
  readonly #tree: Float64Array;
  readonly #weights: Float64Array;
  readonly #top: number;
  #total = 0;

  constructor(size: number) {
    this.#tree = new Float64Array(size + 1);
    this.#weights = new Float64Array(size);
    let top = 1;
    while (top * 2 <= size) top *= 2;
    this.#top = top;
  }

  get total(): number {
    return this.#total;
  }

  set(index: number, weight: number): void {
    const delta = weight - this.#weights[index];
    if (delta === 0) return;
    this.#weights[index] = weight;
    this.#total += delta;
    for (let i = index + 1; i < this.#tree.length; i += i & -i) this.#tree[i] += delta;
  }

  /** The item whose cumulative weight interval holds `u · total` (u in [0, 1)); null when all weights are 0. */
  find(u: number): number | null {
    // Rounding in the running sums can leave a tiny positive total after every weight went to 0.
    if (!(this.#total > 1e-9)) return null;
    let target = u * this.#total;
    let position = 0;
    for (let step = this.#top; step > 0; step >>= 1) {
      const next = position + step;
      if (next < this.#tree.length && this.#tree[next] <= target) {
        position = next;
        target -= this.#tree[next];
      }
    }
    // Skip zero-weight items that rounding may land on.
    let index = Math.min(position, this.#weights.length - 1);
    while (index > 0 && this.#weights[index] === 0) index--;
    while (index < this.#weights.length - 1 && this.#weights[index] === 0) index++;
    return this.#weights[index] > 0 ? index : null;
  }
}
