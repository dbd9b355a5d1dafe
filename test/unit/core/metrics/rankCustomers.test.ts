import { describe, expect, test } from 'vitest';
import { idOrder, rankCustomers, rankedRevenues } from '../../../../src/core/index.ts';

describe('rankCustomers(revenue, byId)', () => {
  test('keeps revenue > 0, descending, ties by id in code-unit order', () => {
    const revenue = Float64Array.from([5, 10, 10, 0, -3, 10, Number.NaN, 10]);
    const ids = ['a', 'b', 'B', 'c', 'd', 'é', 'f', 'B1'];
    // Ties at 10: 'B' (66) < 'B1' (prefix first) < 'b' (98) < 'é' (233); localeCompare would put 'b' before 'B1'.
    expect(Array.from(rankCustomers(revenue, idOrder(ids)))).toEqual([2, 7, 1, 5, 0]);
  });

  test('is empty when no revenue is > 0', () => {
    expect(rankCustomers(Float64Array.from([0, -1]), idOrder(['a', 'b']))).toHaveLength(0);
  });
});

test('rankedRevenues(revenue, rank) lists the revenues in rank order', () => {
  expect(Array.from(rankedRevenues(Float64Array.from([5, 10, 7]), Int32Array.from([1, 2, 0])))).toEqual([10, 7, 5]);
});
