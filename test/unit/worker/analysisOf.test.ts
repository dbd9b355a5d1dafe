import { afterEach, describe, expect, test, vi } from 'vitest';
import { analyze, customerMask, purchaseIntervals } from '../../../src/core/index.ts';
import type { AggregateArrays, IntervalArrays, ViewRequest } from '../../../src/core/index.ts';
import { analysisOf, warmFilteredAnalysis } from '../../../src/worker/analysisOf.ts';
import { SpareSets } from '../../../src/worker/spareSets.ts';
import { isoToDay } from '../core/helpers/isoToDay.ts';
import { openThreeCustomers } from './helpers/openThreeCustomers.ts';

const open = openThreeCustomers;

const all: ViewRequest = { options: { period: 'ttm' }, filters: {} };
const east: ViewRequest = { options: { period: 'ttm' }, filters: { region: ['East'] } };

describe('analysisOf(open, request)', () => {
  test('applies the filters: East keeps A and C, of whom only A bought in the last 365 days', () => {
    const { summary } = analysisOf(open(), east);
    expect(summary).toMatchObject({ customersTotal: 2, customersWithRevenue: 1, revenue: 100 });
    // Unfiltered: A 100 + B 50 in the period; C's 2023 row is outside it.
    expect(analysisOf(open(), all).summary).toMatchObject({ customersTotal: 3, customersWithRevenue: 2, revenue: 150 });
  });

  test('derives a filtered analysis from the unfiltered one it keeps, with the same numbers', () => {
    const data = open();
    const whole = analysisOf(data, all);
    const filtered = analysisOf(data, east);
    expect(filtered.summary).toMatchObject({ customersTotal: 2, customersWithRevenue: 1, revenue: 100 });
    // A ranks alone (customer index 0); B is outside the filter, C has no revenue in the period.
    expect(Array.from(filtered.rank)).toEqual([0]);
    expect(filtered.aggregates.counted).toEqual(Uint8Array.of(1, 0, 1));
    expect(whole.summary).toMatchObject({ customersTotal: 3, revenue: 150 });
  });

  test('answers the same analysis for an equal request and a new one for another', () => {
    const data = open();
    const first = analysisOf(data, all);
    expect(analysisOf(data, { options: { period: 'ttm' }, filters: {} })).toBe(first);
    expect(analysisOf(data, east)).not.toBe(first);
    expect(analysisOf(open(), all)).not.toBe(first);
  });

  test('keeps the last four unfiltered analyses, and apart from them the last four filtered ones', () => {
    const data = open();
    const first = analysisOf(data, all);
    const firstEast = analysisOf(data, east);
    // Filter changes, each with the year before as the Overview asks: the unfiltered analyses stay.
    for (const region of ['West', '', 'East', 'West']) {
      for (const asOf of [null, 1000]) analysisOf(data, { options: { period: 'ttm', asOf }, filters: { region: [region] } });
    }
    expect(analysisOf(data, all)).toBe(first);
    expect(analysisOf(data, east)).not.toBe(firstEast);
    for (const asOf of [1, 2, 3, 4]) analysisOf(data, { options: { period: 'ttm', asOf }, filters: {} });
    expect(analysisOf(data, all)).not.toBe(first);
  });

  test('a filtered analysis pushed out lends its arrays to a later one, and the kept ones keep their numbers', () => {
    const data = open();
    // East and West taking turns, as of four days: A bought 2024-06-01, B 2024-06-02, C 2023-01-01.
    const requests: ViewRequest[] = [null, '2024-06-01', '2023-06-30', '2025-05-01'].flatMap((day) =>
      ['East', 'West'].map((region) => ({ options: { period: 'ttm', asOf: day === null ? null : isoToDay(day) }, filters: { region: [region] } })),
    );
    // Each one's purchase intervals read as it is made (arrays are lent only once read), but the seventh's.
    const made = requests.map((request, k) => {
      const analysis = analysisOf(data, request);
      return { analysis, intervals: k === 6 ? null : analysis.purchaseIntervals };
    });
    // The fifth pushed the first out once made: the sixth was filled into the first's aggregates, the
    // seventh into the second's. Purchase intervals are taken later, when read: the fifth's are the
    // first's, the sixth's the second's, the eighth's the third's (the seventh took none).
    expect(made[5].analysis.aggregates.revenue).toBe(made[0].analysis.aggregates.revenue);
    expect(made[6].analysis.aggregates.counted).toBe(made[1].analysis.aggregates.counted);
    expect(made[4].intervals?.overdue).toBe(made[0].intervals?.overdue);
    expect(made[5].intervals?.interval).toBe(made[1].intervals?.interval);
    expect(made[7].intervals?.lastPurchase).toBe(made[2].intervals?.lastPurchase);
    // The last four are kept, each with the numbers of a pass over the rows under its mask.
    for (let k = requests.length - 4; k < requests.length; k++) {
      const analysis = analysisOf(data, requests[k]);
      expect(analysis).toBe(made[k].analysis);
      const { aggregates, summary } = analyze(data.dataset, requests[k].options, customerMask(data.dataset.customers, requests[k].filters));
      for (const name of ['revenue', 'orders', 'firstPurchase', 'lastPurchase', 'lastPurchaseBeforeRecent', 'present', 'counted'] as const) {
        expect(Array.from(analysis.aggregates[name]), `${name} of request ${k}`).toEqual(Array.from(aggregates[name]));
      }
      expect(analysis.summary).toEqual(summary);
      const { asOf } = analysis;
      if (asOf === null) throw new Error('every request has a T');
      const plain = purchaseIntervals(data.dataset, asOf, customerMask(data.dataset.customers, requests[k].filters));
      const derived = analysis.purchaseIntervals;
      expect(derived?.datasetInterval).toBe(plain.datasetInterval);
      for (const name of ['purchaseDays', 'lastPurchase', 'interval', 'own', 'daysSince', 'overdue'] as const) {
        expect(Array.from(derived?.[name] ?? []), `${name} of request ${k}`).toEqual(Array.from(plain[name]));
      }
    }
  });
});

describe('warmFilteredAnalysis(open, request)', () => {
  afterEach(() => vi.restoreAllMocks());

  test('once the unfiltered analysis is kept, makes one filtered analysis and lends its arrays to the next', () => {
    const given = vi.spyOn(SpareSets.prototype, 'give');
    const data = open();
    warmFilteredAnalysis(data, all);
    // Nothing to derive from yet.
    expect(given).not.toHaveBeenCalled();
    analysisOf(data, all);
    warmFilteredAnalysis(data, all);
    warmFilteredAnalysis(data, all);
    // Its aggregates and revenue at risk, then a second set of aggregate arrays, a set of purchase-interval
    // arrays and a second revenue-at-risk array.
    expect(given).toHaveBeenCalledTimes(5);
    const [lent, lentAtRisk, second, lentIntervals] = given.mock.calls.map(([set]) => set) as [AggregateArrays, Float64Array, AggregateArrays, IntervalArrays];
    const west: ViewRequest = { options: { period: 'ttm' }, filters: { region: ['West'] } };
    // East is the mask it used (the first region's value): made again, not answered from the warm-up.
    for (const [k, request] of [east, west].entries()) {
      const analysis = analysisOf(data, request);
      if (k === 0) expect(analysis.aggregates.revenue).toBe(lent.revenue);
      if (k === 0) expect(analysis.purchaseIntervals?.overdue).toBe(lentIntervals.overdue);
      if (k === 0) expect(analysis.revenueAtRisk.revenue).toBe(lentAtRisk);
      if (k === 1) expect(analysis.aggregates.counted).toBe(second.counted);
      const plain = analyze(data.dataset, request.options, customerMask(data.dataset.customers, request.filters));
      expect(Array.from(analysis.aggregates.revenue)).toEqual(Array.from(plain.aggregates.revenue));
      expect(Array.from(analysis.aggregates.counted)).toEqual(Array.from(plain.aggregates.counted));
      expect(analysis.summary).toEqual(plain.summary);
      expect(analysis.revenueAtRisk).toEqual(plain.revenueAtRisk);
      for (const name of ['purchaseDays', 'interval', 'own', 'daysSince', 'overdue'] as const) {
        expect(Array.from(analysis.purchaseIntervals?.[name] ?? []), name).toEqual(Array.from(plain.purchaseIntervals?.[name] ?? [-1]));
      }
    }
  });
});
