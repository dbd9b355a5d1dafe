import { expect, test } from 'vitest';
import { lowerBound } from '../../../../src/core/index.ts';

const values = Float64Array.of(-2, 1, 3, 3, 3, 7);

test('the first index whose value is not below the target: equal values from their first', () => {
  expect(lowerBound(values, 3)).toBe(2);
  expect(lowerBound(values, 2)).toBe(2);
  expect(lowerBound(values, -5)).toBe(0);
  expect(lowerBound(values, 8)).toBe(6);
});

test('within [from, to) only, `to` when every value there is below the target', () => {
  expect(lowerBound(values, 3, 3, 5)).toBe(3);
  expect(lowerBound(values, 7, 1, 4)).toBe(4);
  expect(lowerBound(values, 0, 2, 2)).toBe(2);
});
