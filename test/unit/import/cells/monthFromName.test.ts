import { describe, expect, test } from 'vitest';
import { monthFromName } from '../../../../src/import/cells/index.ts';

describe('monthFromName(name)', () => {
  test.each([
    ['Jan', 1], ['january', 1], ['FEB', 2], ['March', 3], ['may', 5], ['Jun', 6], ['July', 7],
    ['Sep', 9], ['Sept', 9], ['September', 9], ['Oct', 10], ['Dec', 12], ['December', 12],
  ])('%j is month %i', (name, month) => {
    expect(monthFromName(name)).toBe(month);
  });

  test.each([['Ma'], ['Marc'], ['Foo'], [''], ['Mär'], ['__proto__']])('%j is null', (name) => {
    expect(monthFromName(name)).toBeNull();
  });
});
