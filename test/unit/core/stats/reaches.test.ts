import { expect, test } from 'vitest';
import { reaches } from '../../../../src/core/stats/reaches.ts';

test.each([
  [0.8, 0.8, true],
  [2.4 / 3, 0.8, true], // 0.7999999999999999: 80 % on paper
  [0.8 - 1e-9, 0.8, false],
  [0.81, 0.8, true],
  [0.79, 0.8, false],
  [Number.NaN, 0.8, false],
])('reaches(%d, %d) is %s', (value, threshold, expected) => {
  expect(reaches(value, threshold)).toBe(expected);
});
