import { describe, expect, test } from 'vitest';
import { normalizeHeader } from '../../../../src/import/mapping/index.ts';

describe('normalizeHeader(header)', () => {
  test.each([
    ['Customer ID', 'customerid'],
    ['customer_id', 'customerid'],
    ['CUSTOMER-ID', 'customerid'],
    ['Customer.ID', 'customerid'],
    ['  Customer   ID ', 'customerid'],
    ['\ufeffCustomer ID', 'customerid'], // BOM on the first header
    ['"Customer ID"', 'customerid'],
    ["'Customer ID'", 'customerid'],
    ['*ContactName', 'contactname'], // Xero's required-column mark
    ['"*InvoiceDate"', 'invoicedate'],
    ['ＣＵＳＴＯＭＥＲ　ＩＤ', 'customerid'], // full-width letters and space
    ['价税合计（本位币）', '价税合计(本位币)'], // full-width brackets
    ['１级行业', '1级行业'],
    ['客户 编号', '客户编号'],
    ['Created (UTC)', 'created(utc)'],
    ['Sub-Category', 'subcategory'],
    ['Customer\tID', 'customerid'],
    ['', ''],
    ['__proto__', 'proto'],
  ])('%j → %j', (header, expected) => {
    expect(normalizeHeader(header)).toBe(expected);
  });
});
