import { describe, expect, test } from 'vitest';
import { monthlyTrend } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { expectClose } from '../helpers/expectClose.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

const dataset = buildDataset([
  { customer: 'a', date: '2024-01-15', amount: 100 },
  { customer: 'b', date: '2024-02-10', amount: 50 },
  { customer: 'a', date: '2024-03-05', amount: -100 },
  { customer: 'c', date: '2024-03-20', amount: 25 },
  { customer: 'd', date: '2023-01-10', amount: 40 },
]);

describe('monthlyTrend(dataset, options)', () => {
  test('one point per month from the first row to T, each the ttm period ending at the month end', () => {
    const trend = monthlyTrend(dataset);
    expect(trend.map((p) => p.month)).toEqual([
      '2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08', '2023-09', '2023-10', '2023-11', '2023-12',
      '2024-01', '2024-02', '2024-03',
    ]);
    expect(trend[1]).toEqual({ month: '2023-02', asOf: '2023-02-28', revenue: 40, customersWithRevenue: 1, hhi: 10000, top10Share: 1 });
    // 2023-12-31: [2023-01-01, 2023-12-31] still holds d's 40
    expect(trend[11].revenue).toBe(40);
    // 2024-01-31: [2023-02-01, 2024-01-31] has lost d, holds a's 100
    expect(trend[12]).toEqual({ month: '2024-01', asOf: '2024-01-31', revenue: 100, customersWithRevenue: 1, hhi: 10000, top10Share: 1 });
    // 2024-02-29: a 100, b 50 → shares 2/3, 1/3 → (4/9 + 1/9) · 10000
    expect(trend[13].revenue).toBe(150);
    expectClose(trend[13].hhi, 50000 / 9);
    // T's month ends at T = 2024-03-20: a nets 0, b 50, c 25 → 75 and the same shares
    expect(trend[14].asOf).toBe('2024-03-20');
    expect(trend[14].revenue).toBe(75);
    expect(trend[14].customersWithRevenue).toBe(2);
    expectClose(trend[14].hhi, 50000 / 9);
  });

  test('period all keeps every row up to the month end', () => {
    const trend = monthlyTrend(dataset, { period: 'all' });
    expect(trend[12].revenue).toBe(140); // d 40 + a 100
    expectClose(trend[12].top10Share, 1);
    // 2024-03: a 0, b 50, c 25, d 40 of 115
    expect(trend[14].revenue).toBe(115);
    expect(trend[14].customersWithRevenue).toBe(3);
  });

  test('an as-of date ends the trend and ignores later rows', () => {
    const trend = monthlyTrend(dataset, { asOf: isoToDay('2024-02-15') });
    expect(trend[trend.length - 1]).toEqual({ month: '2024-02', asOf: '2024-02-15', revenue: 150, customersWithRevenue: 2, hhi: expect.closeTo(50000 / 9, 9), top10Share: 1 });
  });

  test('a month without revenue > 0 has null hhi and top-10 share', () => {
    const refunds = buildDataset([{ customer: 'r', date: '2024-05-05', amount: -3 }]);
    expect(monthlyTrend(refunds)).toEqual([{ month: '2024-05', asOf: '2024-05-05', revenue: -3, customersWithRevenue: 0, hhi: null, top10Share: null }]);
  });

  test('with a mask follows the masked customers only', () => {
    const mask = Uint8Array.from(dataset.customers.ids, (id) => (id === 'b' ? 1 : 0));
    const trend = monthlyTrend(dataset, {}, mask);
    expect(trend.map((p) => [p.month, p.revenue])).toEqual([['2024-02', 50], ['2024-03', 50]]);
  });

  test('a customer whose rows have all left the ttm window has exactly 0 revenue', () => {
    const leaving = buildDataset([
      { customer: 'x', date: '2023-01-05', amount: 0.1 },
      { customer: 'x', date: '2023-01-06', amount: 0.2 },
      { customer: 'x', date: '2023-01-07', amount: 0.7 },
      { customer: 'x', date: '2024-01-20', amount: 0 },
      { customer: 'y', date: '2024-01-25', amount: 10 },
    ]);
    const point = monthlyTrend(leaving).find((p) => p.month === '2024-01')!;
    // T = 2024-01-25, window [2023-01-26, 2024-01-25]: x holds only its 0 row
    expect(point).toEqual({ month: '2024-01', asOf: '2024-01-25', revenue: 10, customersWithRevenue: 1, hhi: 10000, top10Share: 1 });
  });

  test('is empty without rows up to T', () => {
    expect(monthlyTrend(buildDataset([], [{ id: 'x' }]))).toEqual([]);
    expect(monthlyTrend(dataset, { asOf: isoToDay('2020-01-01') })).toEqual([]);
  });
});
