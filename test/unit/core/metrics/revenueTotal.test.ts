import { expect, test } from 'vitest';
import { revenueTotal } from '../../../../src/core/index.ts';

test('revenueTotal(revenue) sums customer revenues, negatives included', () => {
  expect(revenueTotal(Float64Array.from([160, 25, -10, 0]))).toBe(175);
  expect(revenueTotal(new Float64Array(0))).toBe(0);
});

test('revenueTotal(revenue) is 0 when customers cancel each other up to rounding', () => {
  // 0.1 + 0.2 − 0.3 = 5.55e-17 in doubles
  expect(revenueTotal(Float64Array.from([0.1, 0.2, -0.3]))).toBe(0);
});
