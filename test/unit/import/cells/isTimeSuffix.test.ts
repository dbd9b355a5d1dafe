import { describe, expect, test } from 'vitest';
import { isTimeSuffix } from '../../../../src/import/cells/index.ts';

describe('isTimeSuffix(rest, separator)', () => {
  test.each([
    ['', 'space'],
    [' 10:00', 'space'],
    ['  0:37', 'space'],
    [' 10:00:00', 'space'],
    [' 10:00:00.123', 'space'],
    [' 10:00:00 AM', 'space'],
    [' 12:59 p.m.', 'space'],
    [' 10:00:00 +0800', 'space'],
    [' 10:00:00 -08:00', 'space'],
    [' 10:00Z', 'space'],
    [' 10:00 UTC', 'space'],
    [' 10:00 GMT+8', 'space'],
    ['T10:00:00Z', 'spaceOrT'],
    ['T10:00:00.123+08:00', 'spaceOrT'],
    [' 10:00', 'spaceOrT'],
    ['10:00', 'optional'],
    [' 10:00', 'optional'],
  ] as const)('%j after a date is a time (%s)', (rest, separator) => {
    expect(isTimeSuffix(rest, separator)).toBe(true);
  });

  test.each([
    ['10:00', 'space'], // no separator
    ['T10:00', 'space'],
    [' garbage', 'space'],
    [' 10', 'space'],
    [' 24:00', 'space'],
    [' 10:60', 'space'],
    [' 10:00:60', 'space'],
    [' 13:00 PM', 'space'],
    [' 10:00 +', 'space'],
    ['T', 'spaceOrT'],
    ['x10:00', 'optional'],
  ] as const)('%j after a date is not a time (%s)', (rest, separator) => {
    expect(isTimeSuffix(rest, separator)).toBe(false);
  });
});
