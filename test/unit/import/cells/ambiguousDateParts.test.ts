import { describe, expect, test } from 'vitest';
import { ambiguousDateParts } from '../../../../src/import/cells/index.ts';

describe('ambiguousDateParts(text)', () => {
  test.each([
    ['3/5/2024', { first: 3, second: 5, year: 2024 }],
    ['25.12.2024', { first: 25, second: 12, year: 2024 }],
    ['5-3-24', { first: 5, second: 3, year: 2024 }],
    ['3/5/2024 10:00:00 AM', { first: 3, second: 5, year: 2024 }],
    ['24-03-05', { first: 24, second: 3, year: 2005 }], // a two-digit year is always last
  ])('%j → %o', (text, parts) => {
    expect(ambiguousDateParts(text)).toEqual(parts);
  });

  test.each([
    ['2024-03-05'], ['3/5-2024'], ['3/5/202'], ['3/5/20245'], ['123/5/2024'], ['3/5'], ['3/5/2024T10:00'], ['3/5/2024 x'], [''],
  ])('%j → null', (text) => {
    expect(ambiguousDateParts(text)).toBeNull();
  });
});
