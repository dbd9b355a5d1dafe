import { describe, expect, test } from 'vitest';
import { analyze, customerMask, maskAnalysis, maskRevenueAtRisk, revenueAtRisk } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';
import { expectClose } from '../helpers/expectClose.ts';

// T = 2024-12-31 (the latest row). Windows: at risk = last purchase in (T−180, T−90] = 2024-07-04..2024-10-02,
// dormant = (T−365, T−180] = 2024-01-02..2024-07-03. The trailing year [T−364, T] = 2024-01-02..2024-12-31 (2024 is a leap year).
const rows = [
  // AR: at risk (last 2024-08-01). In the trailing year only 2024-08-01: 70; the −30 refund of 2024-01-01 is T−365, outside.
  { customer: 'AR', date: '2023-01-01', amount: 1000 },
  { customer: 'AR', date: '2023-01-02', amount: 100 },
  { customer: 'AR', date: '2023-06-01', amount: 50 },
  { customer: 'AR', date: '2024-01-01', amount: -30 },
  { customer: 'AR', date: '2024-08-01', amount: 70 },
  // DO: dormant (last 2024-03-01). In the trailing year 2024-03-01: 10; 2023-12-01 is outside.
  { customer: 'DO', date: '2023-12-01', amount: 200 },
  { customer: 'DO', date: '2024-03-01', amount: 10 },
  // AC: active (last 2024-12-31): not at risk, its 5 does not count.
  { customer: 'AC', date: '2023-06-01', amount: 500 },
  { customer: 'AC', date: '2024-12-31', amount: 5 },
  // LO: lost (last 2023-11-01 ≤ T − 365): nothing in the trailing year, and not at risk anyway.
  { customer: 'LO', date: '2023-11-01', amount: 300 },
];

describe('revenueAtRisk', () => {
  test('sums the trailing year of at-risk and dormant customers only', () => {
    const dataset = buildDataset(rows, [{ id: 'AR', region: 'N' }, { id: 'DO', region: 'S' }]);
    const analysis = analyze(dataset);
    expect(analysis.asOf).toBe(isoToDay('2024-12-31'));
    const risk = revenueAtRisk(dataset, analysis.lifecycle.codes, analysis.asOf);
    // 70 (AR) + 10 (DO) = 80, 2 customers.
    expectClose(risk.total, 80);
    expect(risk.customers).toBe(2);
    expect(Array.from(risk.revenue)).toEqual([70, 10, 0, 0]);
  });

  test('honours the customer mask and an unknown T', () => {
    const dataset = buildDataset(rows, [{ id: 'AR', region: 'N' }, { id: 'DO', region: 'S' }]);
    const mask = customerMask(dataset.customers, { region: ['S'] });
    const analysis = analyze(dataset, {}, mask);
    // Only DO is in the mask: 10.
    expect(revenueAtRisk(dataset, analysis.lifecycle.codes, analysis.asOf, mask).total).toBe(10);
    expect(revenueAtRisk(dataset, analysis.lifecycle.codes, null).total).toBe(0);
  });

  test('an analysis holds it; a filtered one derived from the unfiltered analysis keeps its customers\' revenue', () => {
    const dataset = buildDataset(rows, [{ id: 'AR', region: 'N' }, { id: 'DO', region: 'S' }]);
    const whole = analyze(dataset);
    expect(whole.revenueAtRisk.customers).toBe(2);
    expectClose(whole.revenueAtRisk.total, 80);
    // Region N keeps AR only: 70, and nothing for DO.
    const north = maskAnalysis(dataset, whole, customerMask(dataset.customers, { region: ['N'] }) as Uint8Array).revenueAtRisk;
    expect(north).toEqual({ total: 70, customers: 1, revenue: Float64Array.of(70, 0, 0, 0) });
  });

  test('a filtered one fills an array it is given over whatever it holds', () => {
    const dataset = buildDataset(rows, [{ id: 'AR', region: 'N' }, { id: 'DO', region: 'S' }]);
    const whole = analyze(dataset);
    // Region S keeps DO only: 10; the other entries are written 0 over the 7s.
    const south = analyze(dataset, {}, customerMask(dataset.customers, { region: ['S'] }));
    const into = new Float64Array(4).fill(7);
    const risk = maskRevenueAtRisk(whole.revenueAtRisk, south.lifecycle.codes, into);
    expect(risk.revenue).toBe(into);
    expect(risk).toEqual({ total: 10, customers: 1, revenue: Float64Array.of(0, 10, 0, 0) });
    expect(() => maskRevenueAtRisk(whole.revenueAtRisk, south.lifecycle.codes, new Float64Array(3))).toThrow(RangeError);
  });
});
