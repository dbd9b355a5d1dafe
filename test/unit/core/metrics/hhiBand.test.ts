import { expect, test } from 'vitest';
import { hhi, hhiBand } from '../../../../src/core/index.ts';

test.each([
  [999.99, '2023', 'unconcentrated'],
  [1000, '2023', 'moderate'],
  [1800, '2023', 'moderate'],
  [1800.01, '2023', 'high'],
  [1499.9, '2010', 'unconcentrated'],
  [1500, '2010', 'moderate'],
  [2500, '2010', 'moderate'],
  [2500.1, '2010', 'high'],
  [10000, '2023', 'high'],
  [0, '2010', 'unconcentrated'],
] as const)('hhiBand(%d, %s) is %s', (value, system, expected) => {
  expect(hhiBand(value, system)).toBe(expected);
});

test('hhiBand keeps an HHI that is 1800 on paper moderate', () => {
  // shares .3, .2, .1 × 5: 900 + 400 + 500 = 1800, whatever the binary rounding of the computation
  expect(hhiBand(hhi(Float64Array.from([30, 20, 10, 10, 10, 10, 10])), '2023')).toBe('moderate');
  expect(hhiBand(1800 * (1 + 1e-15), '2023')).toBe('moderate');
  expect(hhiBand(1000 * (1 - 1e-15), '2023')).toBe('moderate');
});

test('hhiBand(null or NaN) is null', () => {
  expect(hhiBand(null, '2023')).toBeNull();
  expect(hhiBand(Number.NaN, '2010')).toBeNull();
});
