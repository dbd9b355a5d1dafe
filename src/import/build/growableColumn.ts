export type NumericArray = Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>;

/**
 * A typed-array column that grows by doubling, so appending n values costs O(n) and the
 * data stays one flat buffer. `toArray` returns a trimmed copy.
 */
export class GrowableColumn<A extends NumericArray> {
  readonly #make: new (length: number) => A;
  #data: A;
  #length = 0;

  constructor(make: new (length: number) => A, capacity = 1024) {
    this.#make = make;
    this.#data = new make(capacity);
  }

  get length(): number {
    return this.#length;
  }

  push(value: number): void {
    if (this.#length === this.#data.length) this.#grow(this.#data.length * 2);
    this.#data[this.#length++] = value;
  }

  /** Makes room for `length` values in all, so that pushing them copies nothing. */
  reserve(length: number): void {
    if (length > this.#data.length) this.#grow(length);
  }

  /** Appends every value of `values`. */
  append(values: ArrayLike<number>): void {
    const length = this.#length + values.length;
    if (length > this.#data.length) this.#grow(Math.max(length, this.#data.length * 2));
    this.#data.set(values, this.#length);
    this.#length = length;
  }

  /** Moves the values to a buffer of `capacity`. */
  #grow(capacity: number): void {
    const grown = new this.#make(capacity);
    grown.set(this.#data.subarray(0, this.#length));
    this.#data = grown;
  }

  /** The values without copying; valid until the next push. */
  view(): A {
    return this.#data.subarray(0, this.#length) as A;
  }

  /** Forgets the values from `length` on. */
  truncate(length: number): void {
    this.#length = Math.min(this.#length, length);
  }

  toArray(): A {
    return this.#data.slice(0, this.#length) as A;
  }
}
