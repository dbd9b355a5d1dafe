import { describe, expect, test } from 'vitest';
import { inferDateColumn } from '../../../../src/import/cells/index.ts';

describe('inferDateColumn(values)', () => {
  test.each([
    { values: ['3/5/2024', '3/25/2024', '4/1/2024'], order: 'mdy' },
    { values: ['3/5/2024', '25/3/2024'], order: 'dmy' },
    { values: ['05.03.2024', '31.12.2024'], order: 'dmy' },
    { values: ['3/5/2024', '4/6/2024'], order: null }, // never disambiguates
    { values: ['3/25/2024', '25/3/2024'], order: null }, // contradicts itself
    { values: ['2024-03-05', '2024-03-25'], order: null }, // no ambiguous shape at all
    { values: ['2024-03-05', '3/25/2024', ''], order: 'mdy' },
    { values: [], order: null },
  ] as const)('order of $values is $order', ({ values, order }) => {
    expect(inferDateColumn(values).order).toBe(order);
  });

  test.each([
    { values: ['45356', '45384.34789351852', ''], serial: true },
    { values: [' 45356 ', '1', '2958465'], serial: true },
    { values: ['45356', '2024-03-05'], serial: false },
    { values: ['20240305', '20240306'], serial: false }, // yyyymmdd, not serials
    { values: ['45356', '2958466'], serial: false }, // past 9999-12-31
    { values: ['45356', '0'], serial: false },
    { values: ['45356', '-5'], serial: false },
    { values: ['45,356'], serial: false },
    { values: ['', '  '], serial: false }, // no value, no evidence
    { values: [], serial: false },
  ] as const)('serial of $values is $serial', ({ values, serial }) => {
    expect(inferDateColumn(values).serial).toBe(serial);
  });
});
