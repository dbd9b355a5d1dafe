import { describe, expect, test } from 'vitest';
import { formatDay, quarterEnds } from '../../../../src/core/index.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

const ends = (asOf: string, count: number) => quarterEnds(isoToDay(asOf), count).map(formatDay);

describe('quarterEnds(asOf, count)', () => {
  test.each([
    // T inside a quarter: the previous quarter's end is the newest.
    { asOf: '2024-05-15', count: 3, expected: ['2023-09-30', '2023-12-31', '2024-03-31'] },
    // T on a quarter end counts itself.
    { asOf: '2024-06-30', count: 2, expected: ['2024-03-31', '2024-06-30'] },
    { asOf: '2024-12-31', count: 1, expected: ['2024-12-31'] },
    // The first day of a quarter: the end is the day before.
    { asOf: '2024-01-01', count: 2, expected: ['2023-09-30', '2023-12-31'] },
  ])('$asOf, $count → $expected', ({ asOf, count, expected }) => {
    expect(ends(asOf, count)).toEqual(expected);
  });
});
