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
});
