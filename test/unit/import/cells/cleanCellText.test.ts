import { describe, expect, test } from 'vitest';
import { cleanCellText } from '../../../../src/import/cells/index.ts';

describe('cleanCellText(text)', () => {
  test.each([
    ['  12  ', '12'],
    ['\u00a012\u202f', '12'],
    ['\ufeff12', '12'],
    ['\u300012\u3000', '12'],
    ['１２', '12'],
    ["'1234", '1234'],
    ["' 1234", '1234'],
    ["''12", "'12"], // only the one prefix apostrophe Excel adds
    ["12'", "12'"],
    ['', ''],
  ])('%j → %j', (text, expected) => {
    expect(cleanCellText(text)).toBe(expected);
  });
});
