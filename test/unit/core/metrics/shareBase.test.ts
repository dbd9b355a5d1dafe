import { expect, test } from 'vitest';
import { shareBase } from '../../../../src/core/index.ts';

test('shareBase(revenues) counts and sums the revenues > 0 only', () => {
  expect(shareBase(Float64Array.from([50, -10, 0, 30, Number.NaN, 20]))).toEqual({ n: 3, total: 100 });
  expect(shareBase(new Float64Array(0))).toEqual({ n: 0, total: 0 });
  // compensated: ten 0.1 make exactly 1
  expect(shareBase(new Float64Array(10).fill(0.1)).total).toBe(1);
});
