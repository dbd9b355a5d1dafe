import { describe, expect, test } from 'vitest';
import { customerMonthlyRevenue } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

describe('customerMonthlyRevenue(dataset, customer, asOf, months)', () => {
  const dataset = buildDataset([
    { customer: 'A', date: '2023-11-30', amount: 10 },
    { customer: 'A', date: '2024-01-01', amount: 0.1 },
    { customer: 'A', date: '2024-01-31', amount: 0.2 },
    { customer: 'A', date: '2024-01-15', amount: -0.3 },
    { customer: 'B', date: '2024-01-10', amount: 99 },
    { customer: 'A', date: '2024-02-10', amount: 5 },
    { customer: 'A', date: '2024-02-20', amount: 7 },
    { customer: 'A', date: '2024-03-01', amount: 1000 },
  ]);

  test('sums the customer’s rows per month up to T, oldest first, across a year end', () => {
    // T = 2024-02-15, 4 months: Nov 2023 … Feb 2024. Nov 10; Dec nothing; Jan 0.1 + 0.2 − 0.3 = 0 (compensated);
    // Feb only the 10th (the 20th is after T); March is after T; B's row is another customer's.
    expect(customerMonthlyRevenue(dataset, 0, isoToDay('2024-02-15'), 4)).toEqual([
      { month: '2023-11', revenue: 10 },
      { month: '2023-12', revenue: 0 },
      { month: '2024-01', revenue: 0 },
      { month: '2024-02', revenue: 5 },
    ]);
  });

  test('leaves out rows before the first month', () => {
    // 2 months ending Feb 2024: Jan 0, Feb 5; November's 10 is before.
    expect(customerMonthlyRevenue(dataset, 0, isoToDay('2024-02-15'), 2)).toEqual([
      { month: '2024-01', revenue: 0 },
      { month: '2024-02', revenue: 5 },
    ]);
  });
});
