import { describe, expect, test } from 'vitest';
import { isBlankRecord } from '../../../../src/import/rows/index.ts';

describe('isBlankRecord(record)', () => {
  test.each([
    { record: [''], expected: true },
    { record: ['', '', ''], expected: true },
    { record: [], expected: true },
    { record: ['', 'x'], expected: false },
    { record: ['0'], expected: false },
  ])('$record → $expected', ({ record, expected }) => {
    expect(isBlankRecord(record)).toBe(expected);
  });
});
