import { describe, expect, test } from 'vitest';
import { fullYear } from '../../../../src/import/cells/index.ts';

describe('fullYear(digits)', () => {
  test.each([
    ['2024', 2024],
    ['1999', 1999],
    ['24', 2024],
    ['00', 2000],
    ['49', 2049],
    ['50', 1950],
    ['99', 1999],
  ])('%j is %i', (digits, year) => {
    expect(fullYear(digits)).toBe(year);
  });
});
