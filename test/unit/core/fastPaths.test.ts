/**
 * The fast paths of core (rows grouped by customer, id order, radix sorts, fused passes) against the
 * plain implementations they replaced (./plain/): the results must be the same doubles, not merely
 * close, so toEqual (Object.is on every number: 0 and −0 differ) and no tolerance. Tiny hand-made data
 * with the edge cases, then a seeded generated data set with its rows shuffled and sorted by day.
 */
import { describe, expect, test } from 'vitest';
import {
  analyze, breakdown, breakdownOf, breakdownShares, cohortRetention, concentration, DIMENSIONS, idOrder, idRank, monthlyTrend,
  maskAnalysis, NO_DAY, purchaseIntervals, quintileScores, radixOrder, rankCustomers, rankedRevenues, ownerScorecard, resolveOptions, revenueAtRisk, selectCustomers, stageFlow, stressTest, UNCLASSIFIED,
} from '../../../src/core/index.ts';
import type { AnalysisOptions, Dataset } from '../../../src/core/index.ts';
import { buildDataset } from './helpers/buildDataset.ts';
import type { RowInput } from './helpers/buildDataset.ts';
import { generateDataset } from './helpers/generateDataset.ts';
import { isoToDay } from './helpers/isoToDay.ts';
import { analyzeCustomers as plainAnalyzeCustomers } from './plain/analyzeCustomers.ts';
import { breakdown as plainBreakdown } from './plain/breakdown.ts';
import { cohortRetention as plainCohortRetention } from './plain/cohortRetention.ts';
import { concentration as plainConcentration } from './plain/concentration.ts';
import { aggregateCustomers as plainAggregateCustomers } from './plain/customerAggregates.ts';
import { monthlyTrend as plainMonthlyTrend } from './plain/monthlyTrend.ts';
import { purchaseIntervals as plainPurchaseIntervals } from './plain/purchaseIntervals.ts';
import { quintileScores as plainQuintileScores } from './plain/quintileScores.ts';
import { rankCustomers as plainRankCustomers } from './plain/rankCustomers.ts';
import { revenueAtRisk as plainRevenueAtRisk } from './plain/revenueAtRisk.ts';

// Ties (a, A, B, b at 100), a refund that cancels only up to rounding (r), refund-only (n), zero revenue (z),
// purchases only before the period (old), refunds in the period of purchases before it (back, back2: equal
// negative period revenues), rows after T (late), a non-finite amount (x), an order id on two customers
// (S1), rows out of day order, and a customer of the master file only (m).
const T = isoToDay('2024-06-30');
const tinyRows: RowInput[] = [
  { customer: 'b', date: '2024-06-01', amount: 60, order: 'O1' },
  { customer: 'a', date: '2024-05-02', amount: 100 },
  { customer: 'b', date: '2024-03-01', amount: 40, order: 'O2' },
  { customer: 'B', date: '2024-01-15', amount: 100, order: 'S1' },
  { customer: 'r', date: '2024-06-20', amount: 10.1, order: 'O3' },
  { customer: 'a', date: '2023-12-31', amount: 0 },
  { customer: 'r', date: '2024-06-20', amount: 20.2, order: 'O3' },
  { customer: 'n', date: '2024-02-01', amount: -25 },
  { customer: 'r', date: '2024-06-25', amount: -30.3, order: 'O4' },
  { customer: 'z', date: '2024-04-04', amount: 0, order: 'O5' },
  { customer: 'old', date: '2022-03-01', amount: 80, order: 'O6' },
  { customer: 'old', date: '2021-11-30', amount: 5, order: 'O7' },
  { customer: 'late', date: '2024-07-02', amount: 900, order: 'O8' },
  { customer: 'late', date: '2024-06-30', amount: 1e-3, order: 'O8' },
  { customer: 'x', date: '2024-05-05', amount: Number.NaN },
  { customer: 'x', date: '2024-05-06', amount: 7, order: 'S1' },
  { customer: 'B', date: '2023-10-10', amount: 33.3, order: 'S1' },
  { customer: 'b', date: '2023-08-08', amount: -0.5 },
  { customer: 'back', date: '2022-09-09', amount: 50, order: 'O9' },
  { customer: 'back', date: '2024-02-02', amount: -20 },
  { customer: 'back2', date: '2023-01-09', amount: 30, order: 'O10' },
  { customer: 'back2', date: '2024-05-02', amount: -20 },
  { customer: 'A', date: '2024-04-01', amount: 100, order: 'O11' },
];
const tiny = buildDataset(tinyRows, [{ id: 'm', region: 'North' }, { id: 'a', region: 'North' }, { id: 'b', region: 'South' }]);

const generated = generateDataset(20260612, 3000);
const shuffled = buildDataset(generated.rows, generated.customers);
const byDay = buildDataset([...generated.rows].sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)), generated.customers);

/** Masks: none, a region, every other customer, nobody. */
function masks(dataset: Dataset): { label: string; mask: Uint8Array | undefined }[] {
  const n = dataset.customers.length;
  const { codes } = dataset.customers.dims.region;
  return [
    { label: 'no mask', mask: undefined },
    { label: 'one region', mask: Uint8Array.from(codes, (code) => (code === 0 ? 1 : 0)) },
    { label: 'every other customer', mask: Uint8Array.from({ length: n }, (_, c) => c % 2) },
    { label: 'empty mask', mask: new Uint8Array(n) },
  ];
}

const OPTIONS: { label: string; options: Partial<AnalysisOptions>; asOf?: number }[] = [
  { label: 'ttm', options: {} },
  { label: 'all', options: { period: 'all' } },
  { label: 'ttm as of an earlier day', options: { asOf: isoToDay('2024-03-15') } },
  { label: 'all as of an earlier day, other windows', options: { asOf: isoToDay('2023-12-31'), period: 'all', lifecycle: { recent: 60, atRisk: 120, lost: 300 } } },
];

const DATASETS = [
  { name: 'tiny data', dataset: tiny },
  { name: 'generated rows in shuffled order', dataset: shuffled },
  { name: 'generated rows in day order', dataset: byDay },
];

describe.each(DATASETS)('fast paths equal the plain implementations exactly: $name', ({ dataset }) => {
  const ids = dataset.customers.ids;
  const cases = OPTIONS.flatMap((o) => masks(dataset).map((m) => ({ ...o, ...m, label: `${o.label}, ${m.label}` })));

  test.each(cases)('aggregateCustomers, ranking, concentration and Summary: $label', ({ options, mask }) => {
    const resolved = resolveOptions(options);
    const analysis = analyze(dataset, options, mask);
    const asOf = analysis.asOf ?? 0;
    const plain = plainAggregateCustomers(dataset, { asOf, period: resolved.period, recentDays: resolved.lifecycle.recent }, mask);
    expect(analysis.aggregates).toEqual(plain);
    expect(rankCustomers(plain.revenue, idOrder(ids))).toEqual(plainRankCustomers(plain.revenue, ids));
    const expected = plainAnalyzeCustomers(plain, ids, resolved, analysis.asOf);
    expect(analysis.rank).toEqual(expected.rank);
    expect(analysis.summary).toEqual(expected.summary);
    expect(analysis.tiers).toEqual(expected.tiers);
    expect(concentration(analysis.rankedRevenues)).toEqual(plainConcentration(analysis.rankedRevenues));
  });

  test.each(cases)('maskAnalysis of the unmasked analysis equals the masked analysis: $label', ({ options, mask }) => {
    if (mask === undefined) return;
    const masked = analyze(dataset, options, mask);
    const derived = maskAnalysis(dataset, analyze(dataset, options), mask);
    expect(derived).toEqual(masked);
    expect(derived.rfm).toEqual(masked.rfm);
    // Revenue at risk taken from the unmasked analysis's, against the plain pass over the masked rows.
    expect(derived.revenueAtRisk).toEqual(plainRevenueAtRisk(dataset, masked.lifecycle.codes, masked.asOf, mask));
    expect(derived.purchaseIntervals).toEqual(masked.asOf === null ? null : plainPurchaseIntervals(dataset, masked.asOf, mask));
  });

  test.each(cases)('breakdown and breakdownOf per dimension: $label', ({ options, mask }) => {
    const analysis = analyze(dataset, options, mask);
    for (const dimension of DIMENSIONS) {
      const expected = plainBreakdown(dataset, dimension, options, mask);
      expect(breakdown(dataset, dimension, options, mask)).toEqual(expected);
      expect(breakdownOf(dataset, dimension, analysis, mask)).toEqual(expected);
      const shares = expected.map(({ value, customers, summary }) => ({
        value,
        customers,
        customersWithRevenue: summary.customersWithRevenue,
        revenue: summary.revenue,
        hhi: summary.concentration.hhi,
        top10Share: summary.concentration.top10Share,
      }));
      expect(breakdownShares(dataset, dimension, analysis, mask)).toEqual(shares);
    }
  });

  test.each(cases)('monthlyTrend: $label', ({ options, mask }) => {
    expect(monthlyTrend(dataset, options, mask)).toEqual(plainMonthlyTrend(dataset, options, mask));
  });

  test.each(cases)('revenueAtRisk, purchaseIntervals, cohortRetention: $label', ({ options, mask }) => {
    const analysis = analyze(dataset, options, mask);
    const asOf = analysis.asOf ?? T;
    const stages = analysis.lifecycle.codes;
    expect(revenueAtRisk(dataset, stages, asOf, mask)).toEqual(plainRevenueAtRisk(dataset, stages, asOf, mask));
    expect(analysis.revenueAtRisk).toEqual(plainRevenueAtRisk(dataset, stages, analysis.asOf, mask));
    expect(purchaseIntervals(dataset, asOf, mask)).toEqual(plainPurchaseIntervals(dataset, asOf, mask));
    expect(cohortRetention(dataset, asOf, mask, 24)).toEqual(plainCohortRetention(dataset, asOf, mask, 24));
  });

  test.each(cases)('stageFlow from the unmasked stages before equals the masked one: $label', ({ options, mask }) => {
    if (mask === undefined) return;
    const current = analyze(dataset, options, mask);
    if (current.asOf === null) return;
    // As the Lifecycle view: its flow starts the recent window before T.
    const before = { ...options, asOf: current.asOf - resolveOptions(options).lifecycle.recent };
    const codes = current.lifecycle.codes;
    expect(stageFlow(analyze(dataset, before).lifecycle.codes, codes)).toEqual(stageFlow(analyze(dataset, before, mask).lifecycle.codes, codes));
  });

  test.each(cases)('stressTest equals the plain analysis of every customer but the removed: $label', ({ options, mask }) => {
    const analysis = analyze(dataset, options, mask);
    const removed = Array.from(analysis.rank.subarray(0, 3));
    const kept = Int32Array.from(ids.keys()).filter((c) => !removed.includes(c));
    const rest = selectCustomers(analysis.aggregates, kept);
    const expected = plainAnalyzeCustomers(rest, Array.from(kept, (c) => ids[c]), analysis.options, analysis.asOf);
    const before = analysis.tiers.codes;
    const tierChanges = Array.from(kept).filter((c, k) => before[c] !== UNCLASSIFIED && expected.tiers.codes[k] !== before[c]).length;
    expect(stressTest(analysis, removed)).toMatchObject({ after: expected.summary, tierChanges });
  });

  test.each(cases)('ownerScorecard with the years of ttm analyses: $label', ({ options, mask }) => {
    const analysis = analyze(dataset, { ...options, period: 'ttm' }, mask);
    if (analysis.asOf === null) return;
    const atRisk = revenueAtRisk(dataset, analysis.lifecycle.codes, analysis.asOf, mask).revenue;
    const current = { aggregates: analysis.aggregates, tiers: analysis.tiers.codes, atRisk };
    const plain = ownerScorecard(dataset, analysis.options, analysis.asOf, mask);
    expect(ownerScorecard(dataset, analysis.options, analysis.asOf, mask, current)).toEqual(plain);
    // And with the previous year of the ttm analysis a year earlier.
    const before = analyze(dataset, { ...options, period: 'ttm', asOf: analysis.asOf - 365 }, mask);
    const previous = { aggregates: before.aggregates, tiers: before.tiers.codes };
    expect(ownerScorecard(dataset, analysis.options, analysis.asOf, mask, current, previous)).toEqual(plain);
  });

  test('idOrder and idRank order the ids as code-unit comparison does', () => {
    const expected = Array.from(ids.keys()).sort((i, j) => (ids[i] < ids[j] ? -1 : ids[i] > ids[j] ? 1 : 0));
    expect(Array.from(idOrder(ids))).toEqual(expected);
    const rank = idRank(ids);
    expect(expected.every((c, k) => rank[c] === k)).toBe(true);
  });

  test.each(cases)('rfm scores equal plain quintiles over the scored customers: $label', ({ options, mask }) => {
    const analysis = analyze(dataset, options, mask);
    const { asOf, lastPurchase, orders, revenue } = analysis.aggregates;
    const scored = Array.from(lastPurchase.keys()).filter((c) => lastPurchase[c] !== NO_DAY);
    const quintiles = (values: (c: number) => number, higherIsBetter: boolean) => {
      const scores = plainQuintileScores(Float64Array.from(scored, values), higherIsBetter);
      const byCustomer = new Uint8Array(lastPurchase.length);
      scored.forEach((c, i) => (byCustomer[c] = scores[i]));
      return byCustomer;
    };
    const { r, f, m } = analysis.rfm;
    expect(r).toEqual(quintiles((c) => asOf - lastPurchase[c], false));
    expect(f).toEqual(quintiles((c) => orders[c], true));
    expect(m).toEqual(quintiles((c) => revenue[c], true));
  });

  test('quintileScores of recency, frequency and monetary', () => {
    const { aggregates } = analyze(dataset);
    const monetary = Float64Array.from(aggregates.revenue);
    const frequency = Float64Array.from(aggregates.orders);
    const recency = Float64Array.from(aggregates.lastPurchase, (d) => T - d);
    for (const values of [monetary, frequency, recency]) {
      for (const higherIsBetter of [true, false]) expect(quintileScores(values, higherIsBetter)).toEqual(plainQuintileScores(values, higherIsBetter));
    }
  });
});

describe('radixOrder(keys)', () => {
  test('sorts ascending, equal keys (−0 and 0 too) in index order, negatives and infinities included', () => {
    const keys = Float64Array.from([3, -1, 0, 2.5, -0, 3, Number.NEGATIVE_INFINITY, -1e-300, 1e300, Number.POSITIVE_INFINITY, 3, -7.25]);
    // By hand: −∞, −7.25, −1, −1e−300, 0 and −0 (indices 2, 4), 2.5, 3 (indices 0, 5, 10), 1e300, ∞.
    expect(Array.from(radixOrder(keys))).toEqual([6, 11, 1, 7, 2, 4, 3, 0, 5, 10, 8, 9]);
  });

  test('gives the order of a stable comparison sort on many keys with ties, 8- and 16-bit digits', () => {
    const keys = Float64Array.from({ length: 40000 }, (_, i) => (i % 977 === 0 ? -0 : ((i * 7919) % 613) / 8 - 30));
    const expected = Array.from(keys.keys()).sort((i, j) => keys[i] - keys[j] || i - j);
    expect(Array.from(radixOrder(keys))).toEqual(expected);
    expect(Array.from(radixOrder(keys.subarray(0, 3000)))).toEqual(expected.filter((i) => i < 3000));
  });

  test('is empty for no keys and [0] for one', () => {
    expect(radixOrder(new Float64Array(0))).toHaveLength(0);
    expect(Array.from(radixOrder(Float64Array.of(5)))).toEqual([0]);
  });
});

test('rankedRevenues of the fast ranking on ties keep the plain id order', () => {
  const revenue = Float64Array.from([5, 10, 10, 0, -3, 10, 10]);
  const ids = ['e', 'b', 'B', 'c', 'd', 'é', 'B1'];
  const rank = rankCustomers(revenue, idOrder(ids));
  expect(Array.from(rank)).toEqual(Array.from(plainRankCustomers(revenue, ids)));
  expect(Array.from(rankedRevenues(revenue, rank))).toEqual([10, 10, 10, 10, 5]);
});
