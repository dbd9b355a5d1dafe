import { describe, expect, test } from 'vitest';
import { TextDictionary } from '../../../../src/import/build/index.ts';

describe('TextDictionary', () => {
  test('codes in order of first appearance; __proto__ and constructor are ordinary texts', () => {
    const dictionary = new TextDictionary();
    expect(['East', '__proto__', 'East', 'constructor', 'toString'].map((t) => dictionary.code(t))).toEqual([0, 1, 0, 2, 3]);
    expect(dictionary.values).toEqual(['East', '__proto__', 'constructor', 'toString']);
    expect(dictionary.value(1)).toBe('__proto__');
    expect(dictionary.size).toBe(4);
  });

  test('truncate forgets texts added later; they get new codes when they come back', () => {
    const dictionary = new TextDictionary();
    dictionary.code('a');
    dictionary.code('b');
    dictionary.code('c');
    dictionary.truncate(1);
    expect(dictionary.values).toEqual(['a']);
    expect(dictionary.code('c')).toBe(1);
    expect(dictionary.code('a')).toBe(0);
  });

  test('texts given as strings and as bytes share their codes; bytes become strings only when read', () => {
    const dictionary = new TextDictionary();
    const bytes = new TextEncoder().encode('东区|West|__proto__');
    expect(dictionary.code('West')).toBe(0);
    expect(dictionary.codeOfBytes(bytes, 0, 6)).toBe(1);
    expect(dictionary.codeOfBytes(bytes, 7, 11)).toBe(0);
    expect(dictionary.find(bytes, 12, 21)).toBe(-1);
    expect(dictionary.codeOfBytes(bytes, 12, 21, '__proto__')).toBe(2);
    expect(dictionary.code('东区')).toBe(1);
    expect(dictionary.code('__proto__')).toBe(2);
    expect(dictionary.value(1)).toBe('东区');
    expect(dictionary.values).toEqual(['West', '东区', '__proto__']);
  });

  test('truncate forgets texts added either way', () => {
    const dictionary = new TextDictionary();
    const bytes = new TextEncoder().encode('abc');
    dictionary.code('a');
    dictionary.codeOfBytes(bytes, 1, 2);
    dictionary.code('c');
    dictionary.truncate(1);
    expect(dictionary.find(bytes, 1, 2)).toBe(-1);
    expect(dictionary.code('b')).toBe(1);
    expect(dictionary.codeOfBytes(bytes, 2, 3)).toBe(2);
    expect(dictionary.values).toEqual(['a', 'b', 'c']);
  });

  test('texts added as bytes are read back right in runs of ASCII, of other text and between strings', () => {
    const dictionary = new TextDictionary();
    const texts = ['SO1', 'SO22', '', 'x', '甲乙', 'é', 'SO333', '😀'];
    const bytes = texts.map((text) => new TextEncoder().encode(text));
    bytes.forEach((b, i) => (i === 3 ? dictionary.code(texts[i]) : dictionary.codeOfBytes(b, 0, b.length)));
    expect(dictionary.values).toEqual(texts);
    expect(dictionary.value(4)).toBe('甲乙');
  });
});
