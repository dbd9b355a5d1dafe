import { describe, expect, test } from 'vitest';
import { monthIndex, monthIndexKey } from '../../../../src/core/index.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

describe('monthIndex(day) and monthIndexKey(index)', () => {
  test.each([
    ['2024-01-01', 2024 * 12, '2024-01'],
    ['2024-01-31', 2024 * 12, '2024-01'],
    ['2024-02-29', 2024 * 12 + 1, '2024-02'],
    ['2023-12-31', 2023 * 12 + 11, '2023-12'],
    ['1970-01-01', 1970 * 12, '1970-01'],
  ])('%s is month %i (%s)', (iso, index, key) => {
    expect(monthIndex(isoToDay(iso))).toBe(index);
    expect(monthIndexKey(index)).toBe(key);
  });
});
