import { expect, test } from 'vitest';
import { exceeds } from '../../../../src/core/stats/exceeds.ts';

test.each([
  [0.5, 0.5, false],
  [0.1 + 0.4000000000000001, 0.5, false], // 0.5000000000000001: 50 % on paper
  [0.5 + 1e-9, 0.5, true],
  [0.49, 0.5, false],
  [Number.NaN, 0.5, false],
])('exceeds(%d, %d) is %s', (value, threshold, expected) => {
  expect(exceeds(value, threshold)).toBe(expected);
});
