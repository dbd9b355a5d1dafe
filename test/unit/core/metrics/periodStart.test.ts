import { expect, test } from 'vitest';
import { periodStart } from '../../../../src/core/index.ts';

test('periodStart(T, ttm) is T − 364: the 365 days [T − 364, T]', () => {
  expect(periodStart(1000, 'ttm')).toBe(636);
});

test('periodStart(T, all) is −∞', () => {
  expect(periodStart(1000, 'all')).toBe(Number.NEGATIVE_INFINITY);
});
