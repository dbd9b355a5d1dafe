import { describe, expect, test } from 'vitest';
import { parseAmount } from '../../../../src/import/cells/index.ts';

// Each expected value is the amount as a person reads the text (SPEC §1 "Cell parsing").
const READ: readonly [string, number][] = [
  // plain numbers (the fast path)
  ['1234.5', 1234.5],
  ['-1234.5', -1234.5],
  ['0', 0],
  ['007', 7],
  ['-0', 0],
  [' 1234.5 ', 1234.5],
  // grouping and decimal marks
  ['1,234.50', 1234.5],
  ['1,234,567.89', 1234567.89],
  ['1 234,50', 1234.5],
  ['1\u00a0234,50', 1234.5], // NBSP
  ['1\u202f234,50', 1234.5], // narrow NBSP (French)
  ['1\u2009234,50', 1234.5], // thin space
  ['1 234 567', 1234567],
  ['1 234.5', 1234.5],
  ['1.234,50', 1234.5],
  ['1.234.567', 1234567],
  ['1.234.567,89', 1234567.89],
  ['1.234', 1.234], // a single dot is always a decimal point
  ['1,5', 1.5], // a single comma not followed by exactly 3 digits is a decimal comma
  ['1,50', 1.5],
  ['1,2345', 1.2345],
  ['1,234', 1234], // one comma + exactly 3 digits: thousands (US reading)
  ['12,345', 12345],
  ['123,456', 123456],
  ['0,500', 0.5], // a group cannot start with 0, so this comma is decimal
  ['1234,567', 1234.567], // 4 digits cannot precede a thousands comma
  ['.5', 0.5],
  // signs
  ['(1,234.50)', -1234.5],
  ['( 1,234.50 )', -1234.5],
  ['1234.5-', -1234.5],
  ['\u22121234.5', -1234.5], // U+2212 MINUS SIGN
  ['+12', 12],
  ['- 12', -12],
  // currency signs and codes, before or after, with or without a space
  ['$1,234.50', 1234.5],
  ['-$1,234.50', -1234.5],
  ['$-1,234.50', -1234.5],
  ['($1,234.50)', -1234.5],
  ['$(1,234.50)', -1234.5],
  ['US$12', 12],
  ['US$ 12', 12],
  ['us$12', 12],
  ['HK$12', 12],
  ['¥12', 12],
  ['￥1,234', 1234],
  ['€ 5', 5],
  ['5 €', 5],
  ['£5.10', 5.1],
  ['5 CNY', 5],
  ['CNY5', 5],
  ['USD 1,234.50', 1234.5],
  ['1234.50 usd', 1234.5],
  ['RMB5', 5],
  ['RMB 5', 5],
  ['EUR 1.234,50', 1234.5],
  ['5元', 5],
  ['1,234.00 元', 1234],
  ['RM 1,234.56', 1234.56],
  ['RM(50.00)', -50],
  ['人民币100', 100],
  // full-width digits and punctuation
  ['１，２３４．５０', 1234.5],
  ['－１２', -12],
  ['（１２）', -12],
  ['＄１２', 12],
  // Excel's scientific notation, with its explicit exponent sign
  ['1.5E+3', 1500],
  ['1.23457E+11', 123457000000],
  ['1E-05', 0.00001],
  ['-2.5E+2', -250],
  // Excel's text-prefix apostrophe
  ["'1234", 1234],
  ["'-1,234.50", -1234.5],
];

const REJECTED: readonly string[] = [
  '', '   ', 'abc', '12abc', 'abc12', 'N/A', 'n/a', '-', '--5', '+-5', '-5-', '(-5)', '-(5)', '()', '( )', '$', '$$5',
  'USD EUR 5', '1.2.3,4,5', '1.2.3', '1,23,4', '1,23,456', '12 34', '1 ,5', '5.', '1,', ',', '1..2', '1,,234',
  '1,234.567.8', '1.234,567,8', '1 234.567,8', '1e3', '1E3', '1.5e3', '1E+9999', '12%', '1/2', '0x10', "1'234",
  'Infinity', 'NaN', '(5', '5)',
];

describe('parseAmount(text)', () => {
  test.each(READ)('reads %j as %d', (text, expected) => {
    expect(parseAmount(text)).toBe(expected);
  });

  test.each(REJECTED.map((text) => [text]))('rejects %j with null', (text) => {
    expect(parseAmount(text)).toBeNull();
  });

  test('never returns NaN, an infinity or a signed zero', () => {
    for (const text of [...READ.map(([t]) => t), ...REJECTED]) {
      const value = parseAmount(text);
      if (value !== null) {
        expect(Number.isFinite(value)).toBe(true);
        expect(Object.is(value, -0)).toBe(false);
      }
    }
  });
});
