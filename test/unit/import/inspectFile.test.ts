import { describe, expect, test } from 'vitest';
import { HEAD_BYTES, inspectFile } from '../../../src/import/index.ts';
import { fixture, memorySource } from './memorySource.ts';

describe('inspectFile(source)', () => {
  test('title lines, blank lines and totals around a Chinese header', async () => {
    const inspection = await inspectFile(memorySource('title-total.csv', fixture('title-total.csv')));
    expect(inspection).toMatchObject({
      file: 'title-total.csv',
      encoding: 'utf-8',
      encodingCertain: false,
      delimiter: ',',
      headerRow: 4,
      headers: ['客户编号', '客户名称', '下单日期', '订单金额', '区域', '订单状态'],
      kind: 'transactions',
      mapping: { customer_id: 0, customer_name: 1, date: 2, amount: 3, region: 4, status: 5 },
      // ISO dates never disambiguate; comma file, `.` decimals: month-first by default.
      dateOrder: null,
      defaultDateOrder: 'mdy',
      dateSerial: false,
      problem: null,
    });
    expect(inspection.skipped).toEqual([
      { row: 1, reason: 'title', text: '销售订单明细' },
      { row: 2, reason: 'title', text: '导出时间：2024-04-02' },
      { row: 3, reason: 'blank', text: '' },
      { row: 7, reason: 'blank', text: '' },
      { row: 9, reason: 'total', text: '小计,,,"2,350.50"' },
      { row: 11, reason: 'total', text: '合计：,,,"2,450.40"' },
    ]);
    expect(inspection.preview).toEqual([
      ['K001', '甲公司', '2024-03-05', '1,200.00', '华东', '已审核'],
      ['K002', '乙公司', '2024-03-06', '850.5', '华北', '已审核'],
      ['K001', '甲公司', '2024-03-20', '300', '华东', '已审核'],
      ['K003', '丙公司', '2024-04-01', '99.9', '华南', '作废'],
    ]);
  });

  test('a European semicolon file: delimiter, and day-first decided by 25.03.2024', async () => {
    const inspection = await inspectFile(memorySource('eu.csv', fixture('eu-semicolon.csv')));
    expect(inspection).toMatchObject({ delimiter: ';', dateOrder: 'dmy', defaultDateOrder: 'dmy' });
  });

  test('a GB18030 file is recognised, its Chinese header read', async () => {
    const inspection = await inspectFile(memorySource('gb.csv', fixture('gb18030-orders.csv'), 7));
    expect(inspection).toMatchObject({ encoding: 'gb18030', encodingCertain: false, headers: ['客户编号', '客户名称', '下单日期', '订单金额', '区域'] });
    expect(inspection.preview[1]).toEqual(['K002', '北京乙贸易有限公司', '2024-03-06', '850.50', '华北']);
  });

  test('a forced encoding is used as given and is certain', async () => {
    const forced = await inspectFile(memorySource('gb.csv', fixture('gb18030-orders.csv')), { encoding: 'gb18030' });
    expect(forced).toMatchObject({ encoding: 'gb18030', encodingCertain: true });
    const wrong = await inspectFile(memorySource('gb.csv', fixture('gb18030-orders.csv')), { encoding: 'utf-8' });
    expect(wrong.encoding).toBe('utf-8');
    expect(wrong.headers[0]).toContain('\uFFFD');
  });

  test('a UTF-8 BOM is certain and not part of the first header', async () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Customer ID,Order Date,Amount\nC1,2024-03-05,1\n')]);
    const inspection = await inspectFile(memorySource('bom.csv', bytes));
    expect(inspection).toMatchObject({ encoding: 'utf-8', encodingCertain: true, headers: ['Customer ID', 'Order Date', 'Amount'] });
  });

  test('reads only the head of a large file, and only its complete records', async () => {
    const row = 'C1,客户名称甲,2024-03-05,12.5\n';
    const text = 'Customer ID,Customer Name,Order Date,Amount,Remarks,X\n' + row.repeat(100_000);
    const bytes = new TextEncoder().encode(text);
    // The head ends inside 名 (a UTF-8 continuation byte follows it) and inside a record.
    expect(bytes[HEAD_BYTES] & 0xc0).toBe(0x80);
    const source = memorySource('big.csv', bytes, 64 * 1024);
    const inspection = await inspectFile(source);
    expect(source.bytesServed).toBeLessThanOrEqual(HEAD_BYTES + 64 * 1024);
    expect(inspection.encoding).toBe('utf-8');
    expect(inspection.preview).toHaveLength(20);
    expect(inspection.preview.every((record) => record.join(',') + '\n' === row)).toBe(true);
    expect(inspection.skipped).toEqual([]);
  });

  test('Excel serial dates are recognised', async () => {
    const inspection = await inspectFile(memorySource('s.csv', 'Customer ID,Order Date,Amount\nC1,45356,1\nC2,45384.34789351852,2\n'));
    expect(inspection.dateSerial).toBe(true);
  });

  test('an override picks the column the user named', async () => {
    const inspection = await inspectFile(memorySource('qb.csv', fixture('quickbooks-sales.csv')), { overrides: new Map([['amount', 'Sales Price']]) });
    expect(inspection.mapping.amount).toBe(7);
  });

  test('an empty file, or one of blank lines only, is a problem', async () => {
    for (const text of ['', '\n\n,,\n']) {
      const inspection = await inspectFile(memorySource('empty.csv', text));
      expect(inspection.problem).toEqual({ code: 'emptyFile', file: 'empty.csv' });
    }
  });

  test('a file without an amount column is a problem naming the file', async () => {
    const inspection = await inspectFile(memorySource('no-amount.csv', 'Customer ID,Order Date,Note\nC1,2024-03-05,x\n'));
    expect(inspection.problem).toMatchObject({ code: 'missingRequiredColumns', file: 'no-amount.csv' });
  });
});
