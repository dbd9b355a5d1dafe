import { expect, test } from 'vitest';
import { fsum } from '../../../../src/core/stats/fsum.ts';

test('fsum(values) is the compensated sum of any iterable', () => {
  expect(fsum([])).toBe(0);
  expect(fsum([0.1, 0.2, 0.3])).toBe(0.6); // plain left-to-right sum: 0.6000000000000001
  expect(fsum(new Float64Array([1e16, 1, -1e16]))).toBe(1);
  expect(fsum(new Set([1, 2, 3]))).toBe(6);
});

test('fsum(values) skips NaN', () => {
  expect(fsum([Number.NaN, 4])).toBe(4);
});
