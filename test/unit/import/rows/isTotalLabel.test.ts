import { describe, expect, test } from 'vitest';
import { isTotalLabel } from '../../../../src/import/rows/index.ts';

describe('isTotalLabel(text)', () => {
  test.each(['合计', '合计：', '合 计', '总计', '小计', 'Total', 'TOTAL', 'Totals', 'Grand Total', 'grand_total', 'Sum', 'Subtotal', 'Sub-total', 'Total:', "Total for Amy's Bird Sanctuary", '(Total)', 'Ｔｏｔａｌ', '（合计）', '　合计'])(
    '%s is a total label',
    (text) => {
      expect(isTotalLabel(text)).toBe(true);
    },
  );

  test.each(['', 'Total Foods Ltd', 'Totalis GmbH', '合计公司', 'Summit Inc', 'C001', '2024-03-05', 'O123', 'Overall', 'Report Q1', 'Grand Hotel'])('%s is not', (text) => {
    expect(isTotalLabel(text)).toBe(false);
  });
});
