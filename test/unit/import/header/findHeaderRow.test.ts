import { describe, expect, test } from 'vitest';
import { findHeaderRow } from '../../../../src/import/header/index.ts';

describe('findHeaderRow(records)', () => {
  test('the first record when it is the header', () => {
    expect(findHeaderRow([['Customer ID', 'Order Date', 'Amount'], ['C1', '2024-03-05', '12']])).toBe(0);
  });

  test('title lines above a Chinese header are passed over', () => {
    const records = [
      ['销售订单明细', '', '', ''],
      ['Report generated 2024-03-01', '', '', ''],
      [''],
      ['客户编号', '客户名称', '下单日期', '订单金额'],
      ['K1', '甲公司', '2024-03-05', '1200'],
    ];
    expect(findHeaderRow(records)).toBe(3);
  });

  test("QuickBooks' company, report and date-range lines are passed over", () => {
    const records = [
      ["Craig's Design and Landscaping Services"],
      ['Sales by Customer Detail'],
      ['January 1 - March 31, 2024'],
      [''],
      ['', 'Date', 'Transaction Type', 'Num', 'Customer', 'Memo/Description', 'Qty', 'Sales Price', 'Amount'],
      ['', '01/15/2024', 'Invoice', '1001', "Amy's", 'Design', '1', '1,000.00', '1,000.00'],
    ];
    expect(findHeaderRow(records)).toBe(4);
  });

  test('the record naming the most known columns wins over an earlier one naming fewer', () => {
    const records = [
      ['Customer', 'Amount', '', ''],
      ['Customer ID', 'Customer Name', 'Order Date', 'Amount'],
      ['C1', 'Acme', '2024-03-05', '12'],
    ];
    expect(findHeaderRow(records)).toBe(1);
  });

  test('without known names: the first full-width record of mostly text', () => {
    const records = [
      ['Quarterly extract'],
      ['Kundennummer', 'Datum', 'Betrag'],
      ['K1', '05.03.2024', '1.234,50'],
      ['K2', '06.03.2024', '99,90'],
    ];
    expect(findHeaderRow(records)).toBe(1);
  });

  test('without known names or text records: the first non-blank record', () => {
    expect(findHeaderRow([[''], ['1', '2'], ['3', '4']])).toBe(1);
  });

  test('only blank records: -1', () => {
    expect(findHeaderRow([[''], ['', '']])).toBe(-1);
    expect(findHeaderRow([])).toBe(-1);
  });
});
