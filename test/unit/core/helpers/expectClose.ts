import { expect } from 'vitest';

/**
 * Floats compared with a relative tolerance: |actual − expected| ≤ tolerance · max(|expected|, 1e-300),
 * and with an absolute one when 0 is expected (a relative error to 0 means nothing). Nulls must match.
 */
export function expectClose(actual: number | null, expected: number | null, tolerance = 1e-9, label = ''): void {
  if (expected === null || actual === null) {
    expect(actual, label).toBe(expected);
    return;
  }
  const scale = expected === 0 ? 1 : Math.abs(expected);
  const ok = Math.abs(actual - expected) <= tolerance * scale;
  expect(ok, `${label} ${actual} ≉ ${expected}`).toBe(true);
}
