import { describe, expect, test } from 'vitest';
import type { FileInspection } from '../../../src/import/index.ts';
import { guessCurrency } from '../../../src/worker/guessCurrency.ts';

const inspection = (headers: string[], preview: string[][], amount?: number): FileInspection => ({
  file: 'f.csv', size: 1, encoding: 'utf-8', encodingCertain: false, delimiter: ',', headerRow: 1, headers,
  skipped: [], preview, mapping: amount === undefined ? {} : { amount }, preset: null, kind: 'transactions',
  dateOrder: null, revenueStatuses: [], problem: null,
});

describe('guessCurrency(inspection)', () => {
  test.each([
    { headers: ['Amount', 'Currency'], preview: [['1', ''], ['2', 'usd']], expected: 'USD' },
    { headers: ['金额', '币种'], preview: [['1', 'CNY']], expected: 'CNY' },
    { headers: ['金额', '结算币别'], preview: [['1', 'HKD']], expected: 'HKD' },
    { headers: ['Total Amount Currency', 'Total Amount'], preview: [['EUR', '1']], expected: 'EUR' },
  ])('reads the ISO code of a currency column $headers', ({ headers, preview, expected }) => {
    expect(guessCurrency(inspection(headers, preview))).toBe(expected);
  });

  test.each([
    { cell: '¥1,200', expected: 'CNY' },
    { cell: '￥1,200', expected: 'CNY' },
    { cell: '1200元', expected: 'CNY' },
    { cell: 'RMB 1200', expected: 'CNY' },
    { cell: '$1,200.00', expected: 'USD' },
    { cell: '€1.200,00', expected: 'EUR' },
    { cell: '£12', expected: 'GBP' },
    { cell: '1200', expected: null },
  ])('reads the sign in amount cell $cell', ({ cell, expected }) => {
    expect(guessCurrency(inspection(['Amount'], [[cell]], 0))).toBe(expected);
  });

  test('a currency column without a code falls back to the amount cells', () => {
    expect(guessCurrency(inspection(['Amount', 'Currency'], [['$5', 'dollars']], 0))).toBe('USD');
  });
});
