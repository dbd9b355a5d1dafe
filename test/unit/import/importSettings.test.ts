import { describe, expect, test } from 'vitest';
import { importSettings } from '../../../src/import/importSettings.ts';
import type { FileInspection } from '../../../src/import/index.ts';

const INSPECTION: FileInspection = {
  file: 'a.csv',
  size: 10,
  encoding: 'gb18030',
  encodingCertain: false,
  delimiter: ';',
  headerRow: 3,
  headers: ['客户编号', '下单日期', '订单金额'],
  skipped: [],
  preview: [],
  mapping: { customer_id: 0, date: 1, amount: 2 },
  preset: null,
  kind: 'transactions',
  dateOrder: null,
  defaultDateOrder: 'mdy',
  dateSerial: true,
  revenueStatuses: ['Paid'],
  problem: null,
};

describe('importSettings(inspection)', () => {
  test('carries the inspection over; the date order falls back to the default when the data did not decide', () => {
    expect(importSettings(INSPECTION)).toEqual({
      encoding: 'gb18030',
      delimiter: ';',
      headerRow: 3,
      mapping: { customer_id: 0, date: 1, amount: 2 },
      kind: 'transactions',
      dateOrder: 'mdy',
      dateSerial: true,
      revenueStatuses: ['Paid'],
    });
  });

  test("the data's date order wins over the default", () => {
    expect(importSettings({ ...INSPECTION, dateOrder: 'dmy' }).dateOrder).toBe('dmy');
  });

  test('without the optional fields: day-first, no serial dates', () => {
    const { defaultDateOrder: _order, dateSerial: _serial, ...bare } = INSPECTION;
    expect(importSettings(bare)).toMatchObject({ dateOrder: 'dmy', dateSerial: false });
  });
});
