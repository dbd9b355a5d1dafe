import { expect, test } from 'vitest';
import { snapToZero } from '../../../../src/core/stats/snapToZero.ts';

test('snapToZero(net, gross) is 0 for a sum that cancels up to rounding', () => {
  // 10.1 + 20.2 − 30.3 = −3.552713678800501e-15 in doubles; gross 60.6.
  expect(snapToZero(10.1 + 20.2 - 30.3, 60.6)).toBe(0);
  expect(snapToZero(0, 0)).toBe(0);
});

test('snapToZero(net, gross) keeps a real remainder', () => {
  expect(snapToZero(0.01, 1e6)).toBe(0.01);
  expect(snapToZero(-5, 10)).toBe(-5);
  // The bound: 1e-12 of the gross amount.
  expect(snapToZero(1e-9, 1e3)).toBe(0);
  expect(snapToZero(1.1e-9, 1e3)).toBe(1.1e-9);
});
