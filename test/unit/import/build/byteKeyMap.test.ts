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
});
