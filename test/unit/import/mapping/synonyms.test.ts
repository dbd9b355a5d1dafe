import { describe, expect, test } from 'vitest';
import { FIELDS } from '../../../../src/import/types.ts';
import { SYNONYMS, normalizeHeader } from '../../../../src/import/mapping/index.ts';

describe('SYNONYMS', () => {
  test('every field has synonyms in English and Chinese', () => {
    for (const field of FIELDS) {
      expect(SYNONYMS[field].some((s) => /^[\x20-\x7e]+$/.test(s)), field).toBe(true);
      expect(SYNONYMS[field].some((s) => /[\u4e00-\u9fff]/.test(s)), field).toBe(true);
    }
  });

  test('a normalized synonym belongs to one field and is listed once', () => {
    const owner = new Map<string, string>();
    for (const field of FIELDS) {
      for (const synonym of SYNONYMS[field]) {
        const key = normalizeHeader(synonym);
        expect(owner.get(key), `${synonym} (${field})`).toBeUndefined();
        owner.set(key, field);
      }
    }
  });

  // The examples of SPEC §1.
  test.each([
    ['customer_id', ['Customer ID', 'Client ID', '客户编号', '客户ID', '客户代码']],
    ['customer_name', ['Customer Name', 'Company', '客户名称', '客户']],
    ['date', ['Order Date', 'Invoice Date', 'Date', '下单日期', '订单日期', '开票日期']],
    ['amount', ['Sales', 'Amount', 'Total', 'Revenue', '金额', '销售额', '订单金额', '含税金额']],
    ['owner', ['Owner', 'Sales Rep', '负责人', '销售负责人', '客户经理']],
    ['region', ['Region', '区域', '地区']],
    ['industry', ['Industry', '行业']],
    ['segment', ['Segment', '客户类型']],
  ] as const)('%s includes the SPEC examples', (field, examples) => {
    const known = new Set(SYNONYMS[field].map(normalizeHeader));
    for (const example of examples) expect(known.has(normalizeHeader(example)), example).toBe(true);
  });

  test('more specific amount headers come before the generic totals', () => {
    const rank = (header: string) => SYNONYMS.amount.indexOf(header);
    expect(rank('Net Sales')).toBeLessThan(rank('Amount'));
    expect(rank('Amount')).toBeLessThan(rank('Grand Total'));
    expect(rank('Grand Total')).toBeLessThan(rank('Total'));
    expect(rank('Total')).toBeLessThan(rank('Sub Total'));
  });
});
