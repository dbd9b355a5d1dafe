import { describe, expect, test } from 'vitest';
import { defaultDateOrder } from '../../../src/import/defaultDateOrder.ts';

describe('defaultDateOrder(presetOrder, delimiter, amounts)', () => {
  test.each([
    { name: "the preset's order wins", preset: 'dmy', delimiter: ',', amounts: ['1,234.50'], expected: 'dmy' },
    { name: 'comma file with . decimals (US style)', preset: null, delimiter: ',', amounts: ['1,234.50', '12.5'], expected: 'mdy' },
    { name: 'comma file with whole amounts', preset: null, delimiter: ',', amounts: ['1200', '35'], expected: 'mdy' },
    { name: 'comma file with decimal commas', preset: null, delimiter: ',', amounts: ['"1.234,50"', '99,90'], expected: 'dmy' },
    { name: 'semicolon file', preset: null, delimiter: ';', amounts: ['1234.50'], expected: 'dmy' },
    { name: 'tab file', preset: null, delimiter: '\t', amounts: [], expected: 'dmy' },
    { name: 'three digits after a lone comma are thousands, not decimals', preset: null, delimiter: ',', amounts: ['1,234', '2,000'], expected: 'mdy' },
    { name: 'with both marks the last is the decimal one', preset: null, delimiter: ',', amounts: ['1.234,567'], expected: 'dmy' },
  ] as const)('$name', ({ preset, delimiter, amounts, expected }) => {
    expect(defaultDateOrder(preset, delimiter, amounts)).toBe(expected);
  });
});
