import { describe, expect, test } from 'vitest';
import { dateOrderEvidence } from '../../../../src/import/cells/index.ts';

describe('dateOrderEvidence(text)', () => {
  test.each([
    ['3/25/2024', 'mdy'], // no month 25
    ['12/31/2023 23:59', 'mdy'],
    ['3-25-2024', 'mdy'],
    ['25/3/2024', 'dmy'],
    ['25.03.2024', 'dmy'],
    ['31-12-23', 'dmy'],
    ['3/5/2024', 'either'],
    ['12.12.2024', 'either'],
    ['3/5/24', 'either'],
    ['2/29/2024', 'mdy'], // 29 February exists in 2024, month 29 does not
    ['29/2/2023', 'none'], // neither 2023-02-29 nor month 29
    ['13/13/2024', 'none'],
    ['0/5/2024', 'none'],
    ['2024-03-05', 'none'], // year first: not ambiguous
    ['2024/3/25', 'none'],
    ['20240305', 'none'],
    ['5-Mar-2024', 'none'],
    ['45356', 'none'],
    ['', 'none'],
    ['abc', 'none'],
    ['3/25/2024 garbage', 'none'],
    ['３/２５/２０２４', 'mdy'], // full-width digits
  ] as const)('%j is %s', (text, expected) => {
    expect(dateOrderEvidence(text)).toBe(expected);
  });
});
