import { describe, expect, test } from 'vitest';
import { skippedCounts } from '../../../../../src/ui/views/Import/skippedCounts.ts';

describe('skippedCounts(skipped)', () => {
  test('counts per reason in a fixed order, leaving out reasons with none', () => {
    const skipped = [
      { row: 9, reason: 'total', text: '合计' },
      { row: 1, reason: 'title', text: '销售订单明细' },
      { row: 2, reason: 'title', text: '导出时间' },
      { row: 5, reason: 'blank', text: '' },
    ] as const;
    expect(skippedCounts(skipped)).toEqual([
      { reason: 'title', count: 2 },
      { reason: 'blank', count: 1 },
      { reason: 'total', count: 1 },
    ]);
    expect(skippedCounts([])).toEqual([]);
  });
});
