/** Whether typed arrays are little-endian here (every platform the app runs on; checked, not assumed). */
const LITTLE_ENDIAN = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f;

/**
 * The indices of `keys` in ascending order of the keys, equal keys in index order: the order of a
 * stable sort with `(a, b) => a - b` (so −0 and 0 are equal). An LSD radix sort on the 64 bits of
 * each double, made to order like the numbers (sign bit flipped for positives, every bit for
 * negatives), costs a few linear passes instead of n·log n comparisons. Keys must not be NaN.
 */
export function radixOrder(keys: Float64Array): Int32Array {
  const n = keys.length;
  if (n < 2) return n === 0 ? new Int32Array(0) : Int32Array.of(0);
  const work = workspace(n);
  let { order, low, top } = work;
  let { spareOrder, spareLow, spareTop } = work;
  const words = new Uint32Array(keys.buffer, keys.byteOffset, 2 * n);
  const high = LITTLE_ENDIAN ? 1 : 0;
  // Low and high 32 bits of each key, made to compare as unsigned integers like the doubles.
  for (let i = 0; i < n; i++) {
    order[i] = i;
    const h = words[2 * i + high];
    const l = words[2 * i + 1 - high];
    // −0 is not negative here: it gets the bits of 0.
    const negative = h >>> 31 === 1 && !(h === 0x80000000 && l === 0);
    top[i] = negative ? ~h >>> 0 : (h | 0x80000000) >>> 0;
    low[i] = negative ? ~l >>> 0 : l;
  }
  // Inputs below 2^15 keys sort faster with eight 8-bit digits than with four 16-bit ones.
  const bits = n < 32768 ? 8 : 16;
  const radix = 1 << bits;
  const mask = radix - 1;
  const counts = new Int32Array(radix);
  for (let shift = 0; shift < 64; shift += bits) {
    const source = shift < 32 ? low : top;
    const s = shift % 32;
    counts.fill(0);
    for (let i = 0; i < n; i++) counts[(source[i] >>> s) & mask]++;
    // A digit every key shares leaves the order as it is.
    if (counts[(source[0] >>> s) & mask] === n) continue;
    for (let b = 0, start = 0; b < radix; b++) {
      const size = counts[b];
      counts[b] = start;
      start += size;
    }
    for (let i = 0; i < n; i++) {
      const to = counts[(source[i] >>> s) & mask]++;
      spareOrder[to] = order[i];
      spareLow[to] = low[i];
      spareTop[to] = top[i];
    }
    [order, spareOrder] = [spareOrder, order];
    [low, spareLow] = [spareLow, low];
    [top, spareTop] = [spareTop, top];
  }
  return order.slice(0, n);
}

/** Working arrays of radixOrder, kept between calls (it never runs twice at once): a ranking of millions of customers then allocates only its result, not six arrays that would each wake the garbage collector. */
interface Workspace {
  readonly order: Int32Array;
  readonly spareOrder: Int32Array;
  readonly low: Uint32Array;
  readonly spareLow: Uint32Array;
  readonly top: Uint32Array;
  readonly spareTop: Uint32Array;
}

let kept: Workspace | null = null;

function workspace(n: number): Workspace {
  if (kept === null || kept.order.length < n) {
    kept = {
      order: new Int32Array(n),
      spareOrder: new Int32Array(n),
      low: new Uint32Array(n),
      spareLow: new Uint32Array(n),
      top: new Uint32Array(n),
      spareTop: new Uint32Array(n),
    };
  }
  return kept;
}
