import { utf16Length } from '../../core/model/index.ts';
import type { PackedTexts } from '../../core/model/index.ts';
import { decodeUtf8 } from './decodeUtf8.ts';

/** What `get` answers for a key that is not in the map. */
export const MISSING = -1;

/** #locate's answers for a key not in the map: above every key, below every key, or between. */
const ABOVE = -2;
const BELOW = -3;
const BETWEEN = -1;

/**
 * Hash map from byte strings (spans of a buffer) to non-negative integers, without making a
 * string per lookup: keys are copied into one arena, slots are an open-addressing table. For the
 * cells of millions of rows that repeat a few thousand customers, statuses or dates.
 *
 * Exports list order ids and dates mostly in order, so most new keys sort above (or below) every
 * key before them: such a key is new without a probe, and it is kept off the table, in a list of
 * rising (or falling) keys searched by halves. A table of a million order ids outgrows the caches,
 * and a probe or a placing there costs a memory miss; keys that come in order touch it never.
 * Keys are ordered by length, then bytes: numbered ids that gain a digit still rise.
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
  /** Entries in the slots; the others are in #highs or #lows (which may hold placed ones too). */
  #placed = 0;
  /** The entries of the largest and smallest keys (-1 while empty). */
  #maxEntry = -1;
  #minEntry = -1;
  /** Entries off the table: each was above (#highs, so rising) or below (#lows, falling) every key when added. */
  #highs = new Int32Array(64);
  #highCount = 0;
  #lows = new Int32Array(64);
  #lowCount = 0;

  get size(): number {
    return this.#size;
  }

  /** The value of `bytes[start, end)`, or MISSING. */
  get(bytes: Uint8Array, start: number, end: number): number {
    const entry = this.#locate(bytes, start, end, hashBytes(bytes, start, end));
    return entry >= 0 ? this.#value[entry] : MISSING;
  }

  /** The key added `entry`-th (0-based), as text (keys are UTF-8). */
  keyText(entry: number): string {
    const start = this.#keyStart[entry];
    return decodeUtf8(this.#arena, start, start + this.#keyLength[entry]);
  }

  /**
   * Makes room for `keys` keys in all, so that adding them copies no entry array. The table
   * grows as keys are placed in it: keys that come in order never are.
   */
  reserve(keys: number): void {
    if (keys > this.#value.length) this.#growEntries(keys);
  }

  /** Forgets the keys added after the map had `size` of them. */
  truncate(size: number): void {
    if (size >= this.#size) return;
    this.#arenaLength = this.#keyStart[size];
    this.#size = size;
    this.#maxEntry = this.#minEntry = size === 0 ? -1 : 0;
    for (let entry = 1; entry < size; entry++) {
      if (this.#compare(entry, this.#maxEntry) > 0) this.#maxEntry = entry;
      if (this.#compare(entry, this.#minEntry) < 0) this.#minEntry = entry;
    }
    this.#placeAll();
  }

  /** Adds a key that is not in the map yet. */
  add(bytes: Uint8Array, start: number, end: number, value: number): void {
    if (this.getOrAdd(bytes, start, end, value) !== MISSING) throw new RangeError('key already in the map');
  }

  /** The value of `bytes[start, end)`; or, when it is not in the map, adds it with `value` and answers MISSING. */
  getOrAdd(bytes: Uint8Array, start: number, end: number, value: number): number {
    const hash = hashBytes(bytes, start, end);
    const found = this.#locate(bytes, start, end, hash);
    if (found >= 0) return this.#value[found];
    const entry = this.#append(bytes, start, end, hash, value);
    this.#bound(entry, found);
    if (found === BETWEEN) this.#placeGrowing(entry);
    return MISSING;
  }

  /**
   * `getOrAdd` of every key of `keys` (distinct, in their order), the k-th new one with value
   * `firstValue + k`: the answers, and the map after, are those of calling it key by key. But a
   * table that has outgrown the caches costs a memory miss per random probe, so the keys that
   * need one are looked up and placed in the order of their slots, the new ones appended in their
   * own; keys above or below all before them (a later part of a sorted file) need none.
   */
  getOrAddAll({ bytes, ends }: PackedTexts, firstValue: number): Int32Array {
    const count = ends.length;
    const answers = new Int32Array(count);
    this.reserve(this.#size + count);
    const hashes = new Int32Array(count);
    for (let k = 0, start = 0; k < count; start = ends[k++]) hashes[k] = hashBytes(bytes, start, ends[k]);

    // Indexed loops: this runs once per merge, mostly before the optimizing compiler gets to it, where for…of costs several times more.
    // Where each key stands when getOrAdd would meet it: above or below every key before it (the map's and the batch's), or between.
    const side = new Int8Array(count);
    const arena = this.#arena;
    const empty = this.#size === 0;
    // The largest and smallest key so far, as spans of the arena or of `bytes`.
    let highBytes = empty ? bytes : arena;
    let highStart = empty ? 0 : this.#keyStart[this.#maxEntry];
    let highEnd = empty ? 0 : highStart + this.#keyLength[this.#maxEntry];
    let lowBytes = highBytes;
    let lowStart = empty ? 0 : this.#keyStart[this.#minEntry];
    let lowEnd = empty ? 0 : lowStart + this.#keyLength[this.#minEntry];
    for (let k = 0; k < count; k++) {
      const start = k === 0 ? 0 : ends[k - 1];
      const end = ends[k];
      if ((k === 0 && empty) || compareSpans(highBytes, highStart, highEnd, bytes, start, end) < 0) {
        side[k] = ABOVE;
        highBytes = bytes;
        highStart = start;
        highEnd = end;
        if (k === 0 && empty) {
          lowBytes = bytes;
          lowStart = start;
          lowEnd = end;
        }
      } else if (compareSpans(lowBytes, lowStart, lowEnd, bytes, start, end) > 0) {
        side[k] = BELOW;
        lowBytes = bytes;
        lowStart = start;
        lowEnd = end;
      } else side[k] = BETWEEN;
    }

    // Keys between are looked up in the map as it was (the batch's keys are distinct), in slot order.
    const isNew = new Uint8Array(count);
    let newBetween = 0;
    const order = slotOrder(hashes, (this.#slots.length >> 1) - 1);
    for (let o = 0; o < count; o++) {
      const k = order[o];
      if (side[k] !== BETWEEN) {
        isNew[k] = 1;
        continue;
      }
      const found = this.#find(bytes, k === 0 ? 0 : ends[k - 1], ends[k], hashes[k]);
      if (found >= 0) {
        answers[k] = this.#value[found];
      } else {
        isNew[k] = 1;
        newBetween++;
      }
    }
    this.#makeRoom(this.#placed + newBetween);

    const entries = new Int32Array(count);
    let value = firstValue;
    for (let k = 0; k < count; k++) {
      if (isNew[k] === 0) continue;
      answers[k] = value;
      entries[k] = this.#append(bytes, k === 0 ? 0 : ends[k - 1], ends[k], hashes[k], value++);
      this.#bound(entries[k], side[k]);
    }
    for (let o = 0; o < count; o++) {
      const k = order[o];
      if (isNew[k] === 1 && side[k] === BETWEEN) this.#place(entries[k]);
    }
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
    const length = end - start;
    if (this.#keyLength[entry] !== length) return false;
    const arena = this.#arena;
    const at = this.#keyStart[entry];
    for (let k = 0; k < length; k++) if (arena[at + k] !== bytes[start + k]) return false;
    return true;
  }

  /** The entry of key `bytes[start, end)`; else ABOVE or BELOW (every key), or BETWEEN. */
  #locate(bytes: Uint8Array, start: number, end: number, hash: number): number {
    if (this.#size === 0) return ABOVE;
    const max = this.#compareTo(this.#maxEntry, bytes, start, end);
    if (max <= 0) return max === 0 ? this.#maxEntry : ABOVE;
    const min = this.#compareTo(this.#minEntry, bytes, start, end);
    if (min >= 0) return min === 0 ? this.#minEntry : BELOW;
    return this.#find(bytes, start, end, hash);
  }

  /** The entry of a key between the smallest and the largest: in the table, else in #highs or #lows; or BETWEEN. */
  #find(bytes: Uint8Array, start: number, end: number, hash: number): number {
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = slots[2 * slot] - 1;
      if (entry < 0) break;
      if (slots[2 * slot + 1] === hash && this.keyEquals(entry, bytes, start, end)) return entry;
    }
    let listed = this.#search(this.#highs, this.#highCount, 1, bytes, start, end);
    if (listed < 0) listed = this.#search(this.#lows, this.#lowCount, -1, bytes, start, end);
    // A key met again (a customer's next order) is placed too: its next lookups take one probe, not a search.
    if (listed >= 0) this.#placeGrowing(listed);
    return listed;
  }

  /** Binary search of `count` entries whose keys rise (`direction` 1) or fall (-1); BETWEEN when absent. */
  #search(list: Int32Array, count: number, direction: number, bytes: Uint8Array, start: number, end: number): number {
    let low = 0;
    let high = count - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const order = direction * this.#compareTo(list[middle], bytes, start, end);
      if (order === 0) return list[middle];
      if (order < 0) low = middle + 1;
      else high = middle - 1;
    }
    return BETWEEN;
  }

  /** A new entry where #locate placed its key: a new largest or smallest key becomes the bound, listed in #highs or #lows. */
  #bound(entry: number, side: number): void {
    if (side === ABOVE) {
      if (this.#maxEntry < 0) this.#minEntry = entry;
      this.#maxEntry = entry;
      if (this.#highCount === this.#highs.length) this.#highs = grown(this.#highs, this.#highCount * 2);
      this.#highs[this.#highCount++] = entry;
    } else if (side === BELOW) {
      this.#minEntry = entry;
      if (this.#lowCount === this.#lows.length) this.#lows = grown(this.#lows, this.#lowCount * 2);
      this.#lows[this.#lowCount++] = entry;
    }
  }

  /** A new entry for key `bytes[start, end)`, not placed in a slot yet. */
  #append(bytes: Uint8Array, start: number, end: number, hash: number, value: number): number {
    const entry = this.#size++;
    if (entry === this.#value.length) this.#growEntries(entry * 2);
    const length = end - start;
    if (this.#arenaLength + length > this.#arena.length) this.#arena = grown(this.#arena, Math.max(this.#arena.length * 2, this.#arenaLength + length));
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

  /** Places `entry` in the table, grown first when it would be more than a quarter full. */
  #placeGrowing(entry: number): void {
    this.#makeRoom(this.#placed + 1);
    this.#place(entry);
  }

  /** Grows the table when `placed` entries would fill more than a quarter of it. */
  #makeRoom(placed: number): void {
    let length = this.#slots.length;
    while (placed * 4 > length) length *= 2;
    if (length > this.#slots.length) this.#rehash(length);
  }

  #place(entry: number): void {
    const slots = this.#slots;
    const mask = (slots.length >> 1) - 1;
    const hash = this.#hash[entry];
    let slot = hash & mask;
    while (slots[2 * slot] !== 0) slot = (slot + 1) & mask;
    slots[2 * slot] = entry + 1;
    slots[2 * slot + 1] = hash;
    this.#placed++;
  }

  /** The placed entries in a table of `length` numbers, taken in the old table's order (so mostly in the new one's). */
  #rehash(length: number): void {
    const old = this.#slots;
    this.#slots = new Int32Array(length);
    this.#placed = 0;
    for (let slot = 0; slot < old.length; slot += 2) if (old[slot] !== 0) this.#place(old[slot] - 1);
  }

  /** Every entry placed, #highs and #lows emptied: after a truncation, whose lists and table may hold entries gone. */
  #placeAll(): void {
    let length = this.#slots.length;
    while (this.#size * 4 > length) length *= 2;
    this.#slots = new Int32Array(length);
    this.#placed = this.#highCount = this.#lowCount = 0;
    for (let entry = 0; entry < this.#size; entry++) this.#place(entry);
  }

  /** Sign of entry `x`'s key against entry `y`'s (by length, then bytes). */
  #compare(x: number, y: number): number {
    const at = this.#keyStart[y];
    return this.#compareTo(x, this.#arena, at, at + this.#keyLength[y]);
  }

  /** Sign of entry `entry`'s key against `bytes[start, end)` (by length, then bytes). */
  #compareTo(entry: number, bytes: Uint8Array, start: number, end: number): number {
    const at = this.#keyStart[entry];
    return compareSpans(this.#arena, at, at + this.#keyLength[entry], bytes, start, end);
  }

  #growEntries(entries: number): void {
    this.#keyStart = grown(this.#keyStart, entries);
    this.#keyLength = grown(this.#keyLength, entries);
    this.#hash = grown(this.#hash, entries);
    this.#value = grown(this.#value, entries);
  }
}

/** `array`'s values at the start of a new, longer array. */
function grown<A extends Int32Array<ArrayBuffer> | Uint8Array<ArrayBuffer>>(array: A, length: number): A {
  const longer = new (array.constructor as new (length: number) => A)(length);
  longer.set(array);
  return longer;
}

/** Order of two byte spans: by length, then bytewise (negative, 0 or positive). */
function compareSpans(x: Uint8Array, xStart: number, xEnd: number, y: Uint8Array, yStart: number, yEnd: number): number {
  const length = xEnd - xStart;
  if (length !== yEnd - yStart) return length - (yEnd - yStart);
  for (let k = 0; k < length; k++) {
    const order = x[xStart + k] - y[yStart + k];
    if (order !== 0) return order;
  }
  return 0;
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
