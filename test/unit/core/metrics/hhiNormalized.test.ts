import { describe, expect, test } from 'vitest';
import { hhiNormalized } from '../../../../src/core/index.ts';
import { expectClose } from '../helpers/expectClose.ts';

const of = (values: number[]) => hhiNormalized(Float64Array.from(values));

describe('hhiNormalized(revenues)', () => {
  test('is (H − 1/n) / (1 − 1/n)', () => {
    // H = 0.38, n = 3: (0.38 − 1/3) / (2/3) = 0.0466… / 0.666… = 0.07
    expectClose(of([50, 30, 20]), 0.07);
    // H = 0.9² + 0.1² = 0.82, n = 2: (0.82 − 0.5) / 0.5 = 0.64
    expectClose(of([90, 10]), 0.64);
  });

  test('is exactly 0 for equal shares', () => {
    expect(of([3, 3, 3])).toBe(0);
    expect(of([0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1])).toBe(0);
  });

  test('is null for one customer (0 / 0) and for none', () => {
    expect(of([100])).toBeNull();
    expect(of([100, 0, -3])).toBeNull();
    expect(of([])).toBeNull();
  });
});
