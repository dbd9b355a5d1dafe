import { describe, expect, test } from 'vitest';
import { hhi } from '../../../../src/core/index.ts';
import { expectClose } from '../helpers/expectClose.ts';

const of = (values: number[]) => hhi(Float64Array.from(values));

describe('hhi(revenues)', () => {
  test('is 10 000 · Σ s²', () => {
    // shares .5/.3/.2: 2500 + 900 + 400 = 3800
    expectClose(of([50, 30, 20]), 3800);
    // shares .8/.1/.1: 6400 + 100 + 100 = 6600
    expectClose(of([2.4, 0.3, 0.3]), 6600);
  });

  test('does not depend on order', () => {
    expectClose(of([20, 50, 30]), 3800);
  });

  test('is 10 000 for one customer and 10 000 / n for n equal customers', () => {
    expect(of([7])).toBe(10000);
    expectClose(of([5, 5, 5, 5]), 2500);
  });

  test('skips zero, negative and NaN revenues (shares are over the revenues > 0)', () => {
    expectClose(of([50, 0, 30, -40, Number.NaN, 20]), 3800);
  });

  test('is null when no revenue is > 0', () => {
    expect(of([])).toBeNull();
    expect(of([0, -5])).toBeNull();
  });
});
