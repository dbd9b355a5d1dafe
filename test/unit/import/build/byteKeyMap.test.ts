import { describe, expect, test } from 'vitest';
import { ByteKeyMap, MISSING } from '../../../../src/import/build/index.ts';
import { mulberry32 } from '../../core/helpers/mulberry32.ts';

const encoder = new TextEncoder();

describe('ByteKeyMap', () => {
  test('keys are byte spans of any buffer; values come back; unknown keys are MISSING', () => {
    const map = new ByteKeyMap();
    const bytes = encoder.encode('xxEastyyWest');
    map.add(bytes, 2, 6, 10);
    expect(map.get(encoder.encode('East'), 0, 4)).toBe(10);
    expect(map.get(bytes, 8, 12)).toBe(MISSING);
    expect(map.getOrAdd(bytes, 8, 12, 11)).toBe(MISSING);
    expect(map.getOrAdd(encoder.encode('West'), 0, 4, 99)).toBe(11);
    expect(map.get(bytes, 0, 0)).toBe(MISSING);
    map.add(bytes, 0, 0, 12);
    expect(map.get(bytes, 3, 3)).toBe(12);
    expect(map.keyText(1)).toBe('West');
    expect(map.size).toBe(3);
    expect(() => map.add(bytes, 2, 6, 1)).toThrow(RangeError);
  });

  test('agrees with a Map of strings over many random keys, through growth and truncation', () => {
    const random = mulberry32(9);
    const map = new ByteKeyMap();
    const reference = new Map<string, number>();
    const keys: string[] = [];
    const alphabet = ['a', 'b', 'c', '甲', '乙', '😀', '0', '1'];
    for (let i = 0; i < 30_000; i++) {
      let key = '';
      for (let k = Math.floor(random() * 7); k > 0; k--) key += alphabet[Math.floor(random() * alphabet.length)];
      const bytes = encoder.encode(key);
      const known = reference.get(key);
      expect(map.getOrAdd(bytes, 0, bytes.length, reference.size)).toBe(known ?? MISSING);
      if (known === undefined) {
        reference.set(key, reference.size);
        keys.push(key);
      }
    }
    expect(map.size).toBe(reference.size);
    map.truncate(100);
    for (const [key, value] of reference) {
      const bytes = encoder.encode(key);
      expect(map.get(bytes, 0, bytes.length)).toBe(value < 100 ? value : MISSING);
    }
    const again = encoder.encode(keys[150]);
    map.add(again, 0, again.length, 100);
    expect(map.get(again, 0, again.length)).toBe(100);
  });

  test('room made ahead, before or after some keys, changes no answer; the packed keys come in the order added', () => {
    const words = Array.from({ length: 5000 }, (_, i) => `k${(i * 7919) % 5003}甲`);
    for (const reserveAt of [0, 1, 2500]) {
      const map = new ByteKeyMap();
      words.forEach((word, i) => {
        if (i === reserveAt) map.reserve(20_000);
        const bytes = encoder.encode(word);
        expect(map.getOrAdd(bytes, 0, bytes.length, i)).toBe(MISSING);
      });
      map.reserve(10);
      words.forEach((word, i) => {
        const bytes = encoder.encode(word);
        expect(map.get(bytes, 0, bytes.length)).toBe(i);
      });
      const { bytes, ends } = map.keys();
      const decoder = new TextDecoder();
      expect(Array.from(ends, (end, i) => decoder.decode(bytes.subarray(i === 0 ? 0 : ends[i - 1], end)))).toEqual(words);
    }
  });
});

describe('ByteKeyMap with keys that come in order', () => {
  /** getOrAdd of each key with the next value, checked against a Map of strings; then every key looked up. */
  function agreesWithMap(keys: readonly string[], map = new ByteKeyMap(), reference = new Map<string, number>()): void {
    for (const key of keys) {
      const bytes = encoder.encode(`;${key};`);
      const known = reference.get(key);
      expect(map.getOrAdd(bytes, 1, bytes.length - 1, reference.size)).toBe(known ?? MISSING);
      if (known === undefined) reference.set(key, reference.size);
    }
    expect(map.size).toBe(reference.size);
    for (const key of [...reference.keys(), 'SO', 'SO0000000', 'CN', '', 'zz']) {
      const bytes = encoder.encode(key);
      expect(map.get(bytes, 0, bytes.length)).toBe(reference.get(key) ?? MISSING);
    }
    const decoder = new TextDecoder();
    const { bytes, ends } = map.keys();
    expect(Array.from(ends, (end, i) => decoder.decode(bytes.subarray(i === 0 ? 0 : ends[i - 1], end)))).toEqual([...reference.keys()]);
  }
  const id = (prefix: string, n: number, digits: number) => prefix + String(n).padStart(digits, '0');

  test('rising ids, each order on a few lines, ids that gain a digit, and earlier orders met again', () => {
    const random = mulberry32(3);
    const keys: string[] = [];
    for (let n = 1; n <= 3000; n++) {
      for (let line = Math.floor(random() * 3); line >= 0; line--) keys.push(id('#', n * 7, 1));
      if (random() < 0.05) keys.push(id('#', Math.floor(random() * n) * 7, 1));
    }
    agreesWithMap(keys);
  });

  test('falling ids (newest first), two sequences taking turns (orders and credit notes), and a jumble after them', () => {
    const random = mulberry32(5);
    agreesWithMap(Array.from({ length: 4000 }, (_, i) => id('SO', 9000 - i, 6)));
    const turns: string[] = [];
    for (let n = 1; n <= 4000; n++) {
      turns.push(id('SO', n, 6));
      if (random() < 0.1) turns.push(id('CN', n, 5));
      if (random() < 0.05) turns.push(id('SO', Math.floor(random() * n) + 1, 6));
    }
    agreesWithMap([...turns, ...Array.from({ length: 3000 }, () => id('SO', Math.floor(random() * 6000), 6))]);
  });

  test('truncated while keys are kept in order, then added to again, above, below and between', () => {
    const map = new ByteKeyMap();
    const reference = new Map<string, number>();
    agreesWithMap(Array.from({ length: 2000 }, (_, i) => id('A', 5000 + i, 5)), map, reference);
    agreesWithMap(Array.from({ length: 2000 }, (_, i) => id('A', 4999 - i, 5)), map, reference);
    // Keeps the first 1,500 rising keys: the largest is now A06499, the smallest A05000.
    map.truncate(1500);
    for (const key of [...reference.keys()].slice(1500)) reference.delete(key);
    agreesWithMap([id('A', 6499, 5), id('A', 6500, 5), id('A', 4999, 5), id('A', 5000, 5), id('A', 7000, 5), id('A', 4000, 5), id('A', 6000, 5)], map, reference);
    map.truncate(0);
    reference.clear();
    agreesWithMap(['b', 'a', 'c', 'b'], map, reference);
  });
});

describe('ByteKeyMap.getOrAddAll', () => {
  test('answers and leaves the map as getOrAdd key by key does, known keys and new, in large tables too', () => {
    const random = mulberry32(21);
    for (const [before, batch] of [[0, 0], [0, 5], [3, 4], [20_000, 30_000]]) {
      const one = new ByteKeyMap();
      const all = new ByteKeyMap();
      const word = () => `o${Math.floor(random() * 40_000)}${random() < 0.1 ? '甲' : ''}`;
      for (let i = 0; i < before; i++) {
        const bytes = encoder.encode(word());
        one.getOrAdd(bytes, 0, bytes.length, one.size);
        all.getOrAdd(bytes, 0, bytes.length, all.size);
      }
      // Distinct keys, some already in the maps.
      const keys = [...new Set(Array.from({ length: batch }, word))];
      const expected = keys.map((key) => {
        const bytes = encoder.encode(key);
        const known = one.getOrAdd(bytes, 0, bytes.length, one.size);
        return known === MISSING ? one.size - 1 : known;
      });
      const parts = keys.map((key) => encoder.encode(key));
      const ends = new Int32Array(parts.length);
      parts.reduce((at, part, i) => (ends[i] = at + part.length), 0);
      const packed = new Uint8Array(ends.at(-1) ?? 0);
      parts.forEach((part, i) => packed.set(part, i === 0 ? 0 : ends[i - 1]));
      expect(Array.from(all.getOrAddAll({ bytes: packed, ends }, all.size))).toEqual(expected);
      expect(all.size).toBe(one.size);
      expect(all.keys()).toEqual(one.keys());
      for (const key of [...keys, 'never-added']) {
        const bytes = encoder.encode(key);
        expect(all.get(bytes, 0, bytes.length)).toBe(one.get(bytes, 0, bytes.length));
      }
    }
  });
  test('a later part of a sorted file (keys above every key), falling and mixed batches, into empty and filled maps', () => {
    const id = (n: number) => `SO${String(n).padStart(6, '0')}`;
    const range = (from: number, to: number, step = 1) => Array.from({ length: Math.floor((to - from) / step) }, (_, i) => id(from + i * step));
    const cases: [string[], string[]][] = [
      [[], range(1, 500)],
      [[], ['SO000005', 'SO000001', 'SO000003', 'SO000009', 'SO000002', 'SO000007']],
      [range(1, 1000), range(1000, 2000)],
      [range(1, 1000), range(3000, 1000, -1).reverse().map((_, i) => id(2999 - i))],
      [range(500, 1000), [...range(1000, 1100), ...range(400, 600), 'CN00001', ...range(2000, 2100, 3), 'CN00002']],
      [[...range(1, 100), 'CN00001', ...range(100, 200)], ['SO000150', 'CN00002', 'SO000300', 'CN00001', 'A', 'SO000250']],
    ];
    for (const [before, batch] of cases) {
      const one = new ByteKeyMap();
      const all = new ByteKeyMap();
      for (const key of before) {
        const bytes = encoder.encode(key);
        one.getOrAdd(bytes, 0, bytes.length, one.size);
        all.getOrAdd(bytes, 0, bytes.length, all.size);
      }
      const expected = batch.map((key) => {
        const bytes = encoder.encode(key);
        const known = one.getOrAdd(bytes, 0, bytes.length, one.size);
        return known === MISSING ? one.size - 1 : known;
      });
      const joined = encoder.encode(batch.join(''));
      const ends = new Int32Array(batch.length);
      batch.reduce((at, key, i) => (ends[i] = at + key.length), 0);
      expect(Array.from(all.getOrAddAll({ bytes: joined, ends }, all.size))).toEqual(expected);
      expect(all.keys()).toEqual(one.keys());
      for (const key of [...before, ...batch, 'SO999999', 'CN00003', '']) {
        const bytes = encoder.encode(key);
        expect(all.get(bytes, 0, bytes.length)).toBe(one.get(bytes, 0, bytes.length));
      }
      // Added to after the batch, both maps still agree.
      for (const key of [id(999_998), 'CN00000', id(150)]) {
        const bytes = encoder.encode(key);
        expect(all.getOrAdd(bytes, 0, bytes.length, all.size)).toBe(one.getOrAdd(bytes, 0, bytes.length, one.size));
      }
    }
  });
});
