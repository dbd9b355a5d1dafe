import { describe, expect, test } from 'vitest';
import { matchPreset, normalizeHeader } from '../../../../src/import/mapping/index.ts';

const match = (headers: string) => matchPreset(headers.split(',').map(normalizeHeader))?.id ?? null;

describe('matchPreset(normalizedHeaders)', () => {
  test('needs every signature header', () => {
    expect(match('Deal Name,Deal Owner,Stage,Closing Date,Amount')).toBe('zoho-crm-deals');
    expect(match('Deal Name,Deal Owner,Stage,Amount')).toBeNull();
  });

  test('ignores column order, case and spacing', () => {
    expect(match('closing_date,STAGE,deal owner,DealName')).toBe('zoho-crm-deals');
  });

  test('prefers the preset with the most signature headers', () => {
    // A Kingdee outbound list has every sales-order caption plus 库存组织.
    expect(match('单据编号,日期,客户,销售员,单据状态,价税合计')).toBe('kingdee-sales-orders');
    expect(match('单据编号,日期,客户,销售员,单据状态,库存组织,价税合计')).toBe('kingdee-sales-outbound');
    // An Fxiaoke order also has the accounts signature (客户名称, 负责人, 生命状态): a tie, the order wins.
    expect(match('客户名称,下单日期,订单金额,生命状态,负责人')).toBe('fxiaoke-sales-orders');
    expect(match('客户名称,客户编号,负责人,生命状态,1级行业')).toBe('fxiaoke-accounts');
  });

  test('tells the Stripe header eras apart', () => {
    expect(match('id,Created,Amount,Amount Refunded,Status,Customer ID')).toBe('stripe-payments-2014');
    expect(match('id,Created (UTC),Amount,Amount Refunded,Status,Customer ID')).toBe('stripe-payments');
    expect(match('id,Created date (UTC),Amount,Amount Refunded,Status,Customer Email')).toBe('stripe-unified-payments');
  });

  test('is null for a generic header', () => {
    expect(match('客户编号,客户名称,下单日期,订单金额,区域,行业,销售负责人')).toBeNull();
    expect(match('')).toBeNull();
  });
});
