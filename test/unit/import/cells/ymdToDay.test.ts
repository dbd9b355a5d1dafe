import { describe, expect, test } from 'vitest';
import { ymdToDay } from '../../../../src/import/cells/index.ts';

const day = (year: number, month: number, d: number) => Date.UTC(year, month - 1, d) / 86_400_000;

describe('ymdToDay(year, month, day)', () => {
  test.each([
    [1970, 1, 1, 0],
    [2024, 3, 5, day(2024, 3, 5)],
    [2024, 2, 29, day(2024, 2, 29)],
    [2000, 2, 29, day(2000, 2, 29)],
    [1900, 1, 1, day(1900, 1, 1)],
    [2100, 12, 31, day(2100, 12, 31)],
    [2024, 4, 30, day(2024, 4, 30)],
  ])('%i-%i-%i is day %d', (year, month, d, expected) => {
    expect(ymdToDay(year, month, d)).toBe(expected);
  });

  test.each([
    [2023, 2, 29], // not a leap year
    [1900, 2, 29], // divisible by 100, not by 400
    [2100, 2, 29],
    [2024, 4, 31],
    [2024, 2, 30],
    [2024, 13, 1],
    [2024, 0, 1],
    [2024, 1, 0],
    [2024, 1, 32],
    [1899, 12, 31], // before 1900
    [2101, 1, 1], // after 2100
  ])('%i-%i-%i is null', (year, month, d) => {
    expect(ymdToDay(year, month, d)).toBeNull();
  });
});
