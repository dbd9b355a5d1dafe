import { describe, expect, test } from 'vitest';
import { excelSerialToDay } from '../../../../src/import/cells/index.ts';

const day = (year: number, month: number, d: number) => Date.UTC(year, month - 1, d) / 86_400_000;

describe('excelSerialToDay(serial)', () => {
  // Anchors as Excel shows them (Format Cells › Date).
  test.each([
    [1, day(1900, 1, 1)],
    [2, day(1900, 1, 2)],
    [59, day(1900, 2, 28)],
    [61, day(1900, 3, 1)],
    [25569, day(1970, 1, 1)],
    [45292, day(2024, 1, 1)],
    [45356, day(2024, 3, 5)],
    [45384.34789351852, day(2024, 4, 2)], // fraction = time of day, dropped
    [45356.99999, day(2024, 3, 5)],
    [73415, day(2100, 12, 31)],
  ])('serial %d is day %d', (serial, expected) => {
    expect(excelSerialToDay(serial)).toBe(expected);
  });

  test.each([
    [60], // Excel's 1900-02-29, a day that never was
    [60.5],
    [0],
    [0.9],
    [-1],
    [73416], // 2101-01-01
    [2958465], // 9999-12-31: Excel's last day, outside 1900–2100
    [2958466],
    [Number.NaN],
  ])('serial %d is null', (serial) => {
    expect(excelSerialToDay(serial)).toBeNull();
  });
});
