import { describe, expect, test } from 'vitest';
import { gini } from '../../../../src/core/index.ts';
import { expectClose } from '../helpers/expectClose.ts';

const of = (values: number[]) => gini(Float64Array.from(values));

describe('gini(rankedRevenues)', () => {
  test('is 2·Σ i·r_(i) / (n·Σr) − (n + 1)/n with r ascending', () => {
    // ascending 20, 30, 50: 2(1·20 + 2·30 + 3·50) / (3·100) − 4/3 = 460/300 − 4/3 = 0.2
    expectClose(of([50, 30, 20]), 0.2);
    // ascending 1, 3: 2(1·1 + 2·3) / (2·4) − 3/2 = 14/8 − 1.5 = 0.25
    expectClose(of([3, 1]), 0.25);
    // one of four holds nearly all (ascending ε, ε, ε, 1): → (n − 1)/n = 0.75
    expectClose(of([1, 1e-12, 1e-12, 1e-12]), 0.75, 1e-9);
  });

  test('is exactly 0 for equal revenues and for one customer', () => {
    expect(of([0.1, 0.1, 0.1])).toBe(0);
    expect(of([42])).toBe(0);
  });

  test('skips zero, negative and NaN entries, which rank last', () => {
    expectClose(of([50, 30, 20, 0, -10, Number.NaN]), 0.2);
  });

  test('is null when no revenue is > 0', () => {
    expect(of([])).toBeNull();
    expect(of([0])).toBeNull();
  });
});
