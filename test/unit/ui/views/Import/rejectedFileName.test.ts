import { describe, expect, test } from 'vitest';
import { rejectedFileName } from '../../../../../src/ui/views/Import/rejectedFileName.ts';

describe('rejectedFileName(dataset)', () => {
  test.each([
    ['Orders 2024', 'Orders 2024-rejected-rows.csv'],
    ['销售订单', '销售订单-rejected-rows.csv'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a_b_c_d_e_f_g_h_i_j-rejected-rows.csv'],
    ['  ', 'tierscope-rejected-rows.csv'],
  ])('%s → %s', (dataset, name) => {
    expect(rejectedFileName(dataset)).toBe(name);
  });
});
