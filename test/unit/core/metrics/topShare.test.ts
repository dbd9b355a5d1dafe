import { describe, expect, test } from 'vitest';
import { topShare } from '../../../../src/core/index.ts';
import { expectClose } from '../helpers/expectClose.ts';

const of = (values: number[], k: number) => topShare(Float64Array.from(values), k);

describe('topShare(rankedRevenues, k)', () => {
  test.each([
    [1, 0.5], // 50 / 100
    [2, 0.8], // (50 + 30) / 100
    [5, 1], // all 3 when fewer than k
    [0, 0],
  ])('top %i of 50, 30, 20 holds %d', (k, expected) => {
    expectClose(of([50, 30, 20], k), expected);
  });

  test('uses Σ of the revenues > 0 as denominator, not the net total', () => {
    // 50 / (50 + 30 + 20), the −40 of a refunding customer is not in the denominator
    expectClose(of([50, 30, 20, -40], 1), 0.5);
  });

  test('is 1 for one customer and null for none', () => {
    expect(of([3], 1)).toBe(1);
    expect(of([], 1)).toBeNull();
  });

  test('throws on a k that is not a whole number ≥ 0 (a bug in the caller)', () => {
    expect(() => of([1], -1)).toThrow(RangeError);
    expect(() => of([1], 1.5)).toThrow(RangeError);
  });
});
