import { utf16Length } from '../../core/model/index.ts';
import type { PackedTexts } from '../../core/model/index.ts';
import { decodeUtf8 } from './decodeUtf8.ts';

/** What `get` answers for a key that is not in the map. */
export const MISSING = -1;

/**
 * Hash map from byte strings (spans of a buffer) to non-negative integers, without making a
 * string per lookup: keys are copied into one arena, slots are an open-addressing table. For the
 * cells of millions of rows that repeat a few thousand customers, statuses or dates.
 */
export class ByteKeyMap {
  #arena = new Uint8Array(1 << 12);
  #arenaLength = 0;
  #keyStart = new Int32Array(256);
  #keyLength = new Int32Array(256);
  #hash = new Int32Array(256);
  #value = new Int32Array(256);
  #size = 0;
  /**
   * Two numbers per slot, the entry index + 1 (0 = empty) and its key's hash, side by side so a
   * probe reads one place of memory. A power of two of slots, at most half full.
   */
  #slots = new Int32Array(1024);

  get size(): number {
    return this.#size;
  }

  /** The value of `bytes[start, end)`, or MISSING. */
  get(bytes: Uint8Array, start: number, end: number): number {
    const hash = hashBytes(bytes, start, end);
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot] - 1;
      if (entry < 0) return MISSING;
      if (slots[2 * slot + 1] === hash && this.#equals(entry, bytes, start, end)) return this.#value[entry];
    }
  }

  /** The key added `entry`-th (0-based), as text (keys are UTF-8). */
  keyText(entry: number): string {
    const start = this.#keyStart[entry];
    return decodeUtf8(this.#arena, start, start + this.#keyLength[entry]);
  }

  /** Makes room for `keys` keys in all, so that adding them rehashes nothing. */
  reserve(keys: number): void {
    if (keys > this.#value.length) this.#growEntries(keys);
    let slots = this.#slots.length;
    while (keys * 4 > slots) slots *= 2;
    if (slots > this.#slots.length) this.#rehash(slots);
  }

  /** Forgets the keys added after the map had `size` of them. */
  truncate(size: number): void {
    if (size >= this.#size) return;
    this.#arenaLength = this.#keyStart[size];
    this.#size = size;
    this.#rehash(this.#slots.length);
  }

  /** Adds a key that is not in the map yet. */
  add(bytes: Uint8Array, start: number, end: number, value: number): void {
    if (this.getOrAdd(bytes, start, end, value) !== MISSING) throw new RangeError('key already in the map');
  }

  /** The value of `bytes[start, end)`; or, when it is not in the map, adds it with `value` and answers MISSING. */
  getOrAdd(bytes: Uint8Array, start: number, end: number, value: number): number {
    const hash = hashBytes(bytes, start, end);
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot] - 1;
      if (entry < 0) break;
      if (slots[2 * slot + 1] === hash && this.#equals(entry, bytes, start, end)) return this.#value[entry];
    }
    const entry = this.#append(bytes, start, end, hash, value);
    slots[2 * slot] = entry + 1;
    slots[2 * slot + 1] = hash;
    if (this.#size * 4 > slots.length) this.#rehash(slots.length * 2);
    return MISSING;
  }

  /** A new entry for key `bytes[start, end)`, not placed in a slot yet. */
  #append(bytes: Uint8Array, start: number, end: number, hash: number, value: number): number {
    const entry = this.#size++;
    if (entry === this.#value.length) this.#growEntries(entry * 2);
    const length = end - start;
    if (this.#arenaLength + length > this.#arena.length) {
      const arena = new Uint8Array(Math.max(this.#arena.length * 2, this.#arenaLength + length));
      arena.set(this.#arena.subarray(0, this.#arenaLength));
      this.#arena = arena;
    }
    const arena = this.#arena;
    const at = this.#arenaLength;
    for (let k = 0; k < length; k++) arena[at + k] = bytes[start + k];
    this.#keyStart[entry] = this.#arenaLength;
    this.#keyLength[entry] = length;
    this.#arenaLength += length;
    this.#hash[entry] = hash;
    this.#value[entry] = value;
    return entry;
  }

  /**
   * `getOrAdd` of every key of `keys` (distinct, in their order), the k-th new one with value
   * `firstValue + k`: the answers, and the map after, are those of calling it key by key. But a
   * table that has outgrown the caches costs a memory miss per random probe, so the keys are
   * looked up and placed in the order of their slots, and the new ones appended in their own.
   */
  getOrAddAll({ bytes, ends }: PackedTexts, firstValue: number): Int32Array {
    const count = ends.length;
    const answers = new Int32Array(count);
    this.reserve(this.#size + count);
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    const hashes = new Int32Array(count);
    for (let k = 0, start = 0; k < count; start = ends[k++]) hashes[k] = hashBytes(bytes, start, ends[k]);
    const order = slotOrder(hashes, mask);

    // Indexed loops: this runs once per merge, mostly before the optimizing compiler gets to it, where for…of costs several times more.
    const isNew = new Uint8Array(count);
    for (let o = 0; o < count; o++) {
      const k = order[o];
      const hash = hashes[k];
      const start = k === 0 ? 0 : ends[k - 1];
      answers[k] = MISSING;
      for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
        const entry = slots[2 * slot] - 1;
        if (entry < 0) break;
        if (slots[2 * slot + 1] === hash && this.#equals(entry, bytes, start, ends[k])) {
          answers[k] = this.#value[entry];
          break;
        }
      }
      isNew[k] = answers[k] === MISSING ? 1 : 0;
    }

    const entries = new Int32Array(count);
    let value = firstValue;
    for (let k = 0; k < count; k++) {
      if (isNew[k] === 0) continue;
      answers[k] = value;
      entries[k] = this.#append(bytes, k === 0 ? 0 : ends[k - 1], ends[k], hashes[k], value++);
    }
    for (let o = 0; o < count; o++) if (isNew[order[o]] === 1) this.#place(entries[order[o]]);
    return answers;
  }

  /**
   * The keys of entries `from` to `to - 1` as texts, in `into` at the same indexes. Keys lie
   * side by side in the arena: they are decoded in one call and cut out of the one string,
   * each as long in UTF-16 units as its (valid) UTF-8 says.
   */
  keyTexts(from: number, to: number, into: (string | undefined)[]): void {
    if (from >= to) return;
    const arena = this.#arena;
    const text = decodeUtf8(arena, this.#keyStart[from], this.#keyStart[to - 1] + this.#keyLength[to - 1]);
    let at = 0;
    for (let entry = from; entry < to; entry++) {
      const start = this.#keyStart[entry];
      const units = utf16Length(arena, start, start + this.#keyLength[entry]);
      into[entry] = text.slice(at, at + units);
      at += units;
    }
  }

  /** Every key in the order added (keys are UTF-8: the texts, packed). */
  keys(): PackedTexts {
    const ends = new Int32Array(this.#size);
    for (let entry = 0; entry < this.#size; entry++) ends[entry] = this.#keyStart[entry] + this.#keyLength[entry];
    return { bytes: this.#arena.slice(0, this.#arenaLength), ends };
  }

  /** Whether the key added `entry`-th is `bytes[start, end)`. */
  keyEquals(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    return this.#equals(entry, bytes, start, end);
  }

  #equals(entry: number, bytes: Uint8Array, start: number, end: number): boolean {
    const length = end - start;
    if (this.#keyLength[entry] !== length) return false;
    const arena = this.#arena;
    const at = this.#keyStart[entry];
    for (let k = 0; k < length; k++) if (arena[at + k] !== bytes[start + k]) return false;
    return true;
  }

  #place(entry: number): void {
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    const hash = this.#hash[entry];
    let slot = hash & mask;
    while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = entry + 1;
    slots[2 * slot + 1] = hash;
  }

  #rehash(size: number): void {
    this.#slots = new Int32Array(size);
    for (let entry = 0; entry < this.#size; entry++) this.#place(entry);
  }

  #growEntries(entries: number): void {
    const grow = (array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const grown = new Int32Array(entries);
      grown.set(array);
      return grown;
    };
    this.#keyStart = grow(this.#keyStart);
    this.#keyLength = grow(this.#keyLength);
    this.#hash = grow(this.#hash);
    this.#value = grow(this.#value);
  }
}

/** Buckets of slots for slotOrder: enough that each spans only a few cache lines of the table. */
const ORDER_BUCKETS = 1 << 16;

/** Indexes of `hashes` in the order of their slots (`hash & mask`), to bucket precision: one counting sort. */
function slotOrder(hashes: Int32Array, mask: number): Int32Array {
  const bits = Math.max(0, 32 - Math.clz32(mask) - 16);
  const buckets = Math.min(ORDER_BUCKETS, mask + 1);
  const counts = new Int32Array(buckets + 1);
  for (let k = 0; k < hashes.length; k++) counts[((hashes[k] & mask) >>> bits) + 1]++;
  for (let b = 1; b <= buckets; b++) counts[b] += counts[b - 1];
  const order = new Int32Array(hashes.length);
  for (let k = 0; k < hashes.length; k++) order[counts[(hashes[k] & mask) >>> bits]++] = k;
  return order;
}

/** A 32-bit hash of the bytes, four at a time (Murmur-style mixing), then the tail. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
  let hash = 0x811c9dc5 ^ (end - start);
  let i = start;
  for (; i + 4 <= end; i += 4) {
    hash = Math.imul(hash ^ (bytes[i] | (bytes[i + 1] << 8) | (bytes[i + 2] << 16) | (bytes[i + 3] << 24)), 0x5bd1e995);
    hash ^= hash >>> 15;
  }
  for (; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
  hash = Math.imul(hash ^ (hash >>> 13), 0x5bd1e995);
  return hash ^ (hash >>> 15);
}
