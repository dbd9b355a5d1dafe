import { describe, expect, test } from 'vitest';
import { Adder } from '../../../../src/core/stats/adder.ts';

const sum = (values: number[]) => values.reduce((adder, v) => adder.add(v), new Adder()).valueOf();

describe('Adder', () => {
  test('is 0 with nothing added', () => {
    expect(+new Adder()).toBe(0);
  });

  test('keeps the small terms a plain sum loses', () => {
    // 1e100 + 1 − 1e100: the plain sum gives 0, the exact answer is 1.
    expect(sum([1e100, 1, -1e100])).toBe(1);
    expect(sum([1, 1e100, 1, -1e100])).toBe(2);
  });

  test('sums ten 0.1 to exactly 1 (the plain sum is 0.9999999999999999)', () => {
    expect(sum(Array(10).fill(0.1))).toBe(1);
  });

  test('gives the exact 0.8 for eight 0.1 (8 × 0.1 in binary rounds to the double 0.8)', () => {
    expect(sum(Array(8).fill(0.1))).toBe(0.8);
  });

  test('skips NaN', () => {
    expect(sum([1, Number.NaN, 2])).toBe(3);
  });

  test('is infinite with an infinite value, NaN with both infinities', () => {
    expect(sum([1, Number.POSITIVE_INFINITY])).toBe(Number.POSITIVE_INFINITY);
    expect(sum([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY])).toBeNaN();
  });
});
