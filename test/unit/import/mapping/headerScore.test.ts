import { describe, expect, test } from 'vitest';
import { headerScore } from '../../../../src/import/mapping/index.ts';

describe('headerScore(cells)', () => {
  test.each([
    [['Customer ID', 'Order Date', 'Amount'], 3],
    [['customer_id', 'ORDER DATE', ' amount '], 3],
    [['客户编号', '客户名称', '下单日期', '订单金额', '备注'], 4],
    [['', 'Transaction date', 'Transaction type', 'Num', 'Customer full name', 'Amount', 'Balance'], 5], // QuickBooks: preset headers count too
    [['Name', 'Email', 'Financial Status', 'Lineitem name'], 4], // Shopify preset headers
    [['Sales by Product/Service Detail'], 0], // a report title line
    [['January 1 - December 31, 2024', '', ''], 0],
    [['Acme Inc.'], 0],
    [['Amount', 'Amount'], 2],
    [['__proto__', 'constructor', 'toString'], 0],
    [[], 0],
  ])('%o scores %i', (cells, score) => {
    expect(headerScore(cells)).toBe(score);
  });
});
