import { describe, expect, test } from 'vitest';
import { summarize } from '../../../../src/core/index.ts';
import type { Summary } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { expectSummary } from '../helpers/expectSummary.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

// T = 2024-12-31, the latest row.
const dataset = buildDataset(
  [
    { customer: 'A', date: '2024-12-31', amount: 50 },
    { customer: 'B', date: '2024-06-01', amount: 30 }, // T − 213
    { customer: 'B', date: '2022-06-01', amount: 100 }, // before the ttm period
    { customer: 'C', date: '2024-03-01', amount: 20 }, // T − 305
    { customer: 'D', date: '2024-11-01', amount: -10 }, // refunds only
    { customer: 'F', date: '2024-12-20', amount: 10 },
    { customer: 'F', date: '2024-12-21', amount: -10 }, // F nets 0
  ],
  [{ id: 'E' }], // master file only
);

const NO_CONCENTRATION = {
  hhi: null, hhiNormalized: null, effectiveCustomers: null, gini: null,
  top1Share: null, top5Share: null, top10Share: null, top20PctShare: null, paretoCustomerShare80: null,
};
const NO_LIFECYCLE = { new: 0, reactivated: 0, active: 0, atRisk: 0, dormant: 0, lost: 0 };

describe('summarize(dataset, options)', () => {
  test('ttm at the latest day', () => {
    const expected: Summary = {
      asOf: '2024-12-31',
      period: 'ttm',
      // A, B, C, D, F have rows ≤ T; E is in the customer table only
      customersTotal: 6,
      // A 50, B 30, C 20
      customersWithRevenue: 3,
      // 50 + 30 + 20 − 10 + 10 − 10 = 90 (B's 100 is before T − 364)
      revenue: 90,
      // shares over 50 + 30 + 20 = 100, not over 90
      concentration: {
        hhi: 3800, hhiNormalized: 0.07, effectiveCustomers: 10000 / 3800, gini: 0.2,
        top1Share: 0.5, top5Share: 1, top10Share: 1, top20PctShare: 0.5, paretoCustomerShare80: 2 / 3,
      },
      // A: C_before 0, B: .5 → A; C: .8 → B; D, E, F inactive
      tiers: { A: 2, B: 1, C: 0, inactive: 3 },
      // A first = T → new; F first T − 11 → new; B last T − 213 and C last T − 305 → dormant; D no purchase
      lifecycle: { ...NO_LIFECYCLE, new: 2, dormant: 2 },
    };
    expectSummary(summarize(dataset), expected);
  });

  test('all: every row ≤ T', () => {
    const result = summarize(dataset, { period: 'all' });
    // 90 + 100
    expect(result.revenue).toBe(190);
    // B 130, A 50, C 20 of 200: 0.65² + 0.25² + 0.1² = 0.4225 + 0.0625 + 0.01 → 4950
    expect(result.concentration.hhi).toBeCloseTo(4950, 9);
    expect(result.concentration.top1Share).toBeCloseTo(0.65, 12);
    // B 0 → A, A .65 → A, C .9 → B
    expect(result.tiers).toEqual({ A: 2, B: 1, C: 0, inactive: 3 });
    expect(result.period).toBe('all');
  });

  test('an earlier as-of date ignores later rows', () => {
    // T = 2024-06-30: A, D, F have no row yet; B's 30 and C's 20 are in the period
    const result = summarize(dataset, { asOf: isoToDay('2024-06-30') });
    expect(result.asOf).toBe('2024-06-30');
    expect(result.customersTotal).toBe(3); // B, C, and E from the customer table
    expect(result.revenue).toBe(50);
    // B last purchase T − 29 with B's 2022 purchase at T − 760 → reactivated; C first T − 121 → atRisk
    expect(result.lifecycle).toEqual({ ...NO_LIFECYCLE, reactivated: 1, atRisk: 1 });
  });

  test('an empty data set: no as-of date, zeros and nulls', () => {
    expect(summarize(buildDataset([]))).toEqual({
      asOf: null, period: 'ttm', customersTotal: 0, customersWithRevenue: 0, revenue: 0,
      concentration: NO_CONCENTRATION, tiers: { A: 0, B: 0, C: 0, inactive: 0 }, lifecycle: NO_LIFECYCLE,
    });
  });

  test('a customer table without transactions: every customer inactive', () => {
    const result = summarize(buildDataset([], [{ id: 'x' }, { id: 'y' }]), { asOf: isoToDay('2024-01-01') });
    expect(result.asOf).toBe('2024-01-01');
    expect(result.customersTotal).toBe(2);
    expect(result.tiers).toEqual({ A: 0, B: 0, C: 0, inactive: 2 });
    expect(result.concentration).toEqual(NO_CONCENTRATION);
  });

  test('one customer', () => {
    const result = summarize(buildDataset([{ customer: 'solo', date: '2024-01-01', amount: 12.5 }]));
    expect(result.concentration).toEqual({
      hhi: 10000, hhiNormalized: null, effectiveCustomers: 1, gini: 0,
      top1Share: 1, top5Share: 1, top10Share: 1, top20PctShare: 1, paretoCustomerShare80: 1,
    });
    expect(result.tiers).toEqual({ A: 1, B: 0, C: 0, inactive: 0 });
  });

  test('only refunds: revenue negative, no share metric', () => {
    const result = summarize(buildDataset([{ customer: 'r', date: '2024-01-01', amount: -7 }]));
    expect(result.revenue).toBe(-7);
    expect(result.customersWithRevenue).toBe(0);
    expect(result.concentration).toEqual(NO_CONCENTRATION);
    expect(result.tiers.inactive).toBe(1);
  });
});
