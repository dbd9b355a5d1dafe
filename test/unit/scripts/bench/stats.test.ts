import { expect, test } from 'vitest';
import { maxOf, median, megabytesPerSecond, ratio } from '../../../../scripts/bench/stats.ts';

test('median: the middle sample, the mean of the middle two for an even count, order of input irrelevant', () => {
  expect(median([3])).toBe(3);
  expect(median([9, 1, 5])).toBe(5);
  expect(median([4, 1, 3, 2])).toBe(2.5);
  expect(median([10, 10, 1])).toBe(10);
});

test('median ignores non-finite samples and has none for no samples', () => {
  expect(median([])).toBeNull();
  expect(median([Number.NaN, Infinity])).toBeNull();
  expect(median([Number.NaN, 7, 1])).toBe(4);
});

test('ratio: a / b, nothing when a side is missing or the divisor is not positive', () => {
  expect(ratio(300, 150)).toBe(2);
  expect(ratio(50, 200)).toBe(0.25);
  expect(ratio(null, 2)).toBeNull();
  expect(ratio(2, undefined)).toBeNull();
  expect(ratio(2, 0)).toBeNull();
  expect(ratio(2, -1)).toBeNull();
  expect(ratio(Number.NaN, 1)).toBeNull();
});

test('megabytesPerSecond: 10^6 bytes per second', () => {
  // 150,000,000 bytes in 1.5 s = 100 MB/s; 14,000,000 bytes in 250 ms = 56 MB/s.
  expect(megabytesPerSecond(150_000_000, 1500)).toBe(100);
  expect(megabytesPerSecond(14_000_000, 250)).toBe(56);
  expect(megabytesPerSecond(1, 0)).toBeNull();
  expect(megabytesPerSecond(1, null)).toBeNull();
});

test('maxOf skips missing values', () => {
  expect(maxOf([3, null, 8, undefined, 5])).toBe(8);
  expect(maxOf([null, undefined])).toBeNull();
  expect(maxOf([-2, -5])).toBe(-2);
});
