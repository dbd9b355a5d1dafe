import { describe, expect, test } from 'vitest';
import { topPercentShare } from '../../../../src/core/index.ts';
import { expectClose } from '../helpers/expectClose.ts';

const of = (values: number[], fraction?: number) => topPercentShare(Float64Array.from(values), fraction);
const descending = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe('topPercentShare(rankedRevenues, 0.2): the largest ceil(0.2·n)', () => {
  test('n = 10 → 2 customers', () => {
    // 10..1 sum to 55; top 2 = 10 + 9 = 19
    expectClose(of(descending(10)), 19 / 55);
  });

  test('n = 11 → ceil(2.2) = 3 customers', () => {
    // 11..1 sum to 66; top 3 = 11 + 10 + 9 = 30
    expectClose(of(descending(11)), 30 / 66);
  });

  test('n = 15 equal → exactly 3 customers (0.2 · 15 is not rounded up to 4)', () => {
    expectClose(of(Array(15).fill(1)), 3 / 15);
  });

  test('n = 1 → the one customer, share 1; n = 0 → null', () => {
    expect(of([5])).toBe(1);
    expect(of([])).toBeNull();
  });

  test('takes another fraction', () => {
    // ceil(0.5 · 4) = 2 of 4, 3, 2, 1 → 7 / 10
    expectClose(of([4, 3, 2, 1], 0.5), 0.7);
    expect(() => of([1], 0)).toThrow(RangeError);
  });
});
