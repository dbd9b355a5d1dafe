/**
 * The columnar implementation against the naive one (naive.ts) on a seeded data set of 10,000 customers:
 * every Summary field, per-customer tiers, stages and RFM scores, breakdowns and monthly trends.
 */
import { describe, expect, test } from 'vitest';
import {
  analyze, breakdown, DIMENSIONS, LIFECYCLE_STAGES, monthlyTrend, resolveOptions, RFM_SEGMENTS, summarize, TIERS, UNCLASSIFIED,
} from '../../../src/core/index.ts';
import type { AnalysisOptions, Dimension } from '../../../src/core/index.ts';
import { buildDataset } from './helpers/buildDataset.ts';
import { expectClose } from './helpers/expectClose.ts';
import { expectSummary } from './helpers/expectSummary.ts';
import { generateDataset } from './helpers/generateDataset.ts';
import { isoToDay } from './helpers/isoToDay.ts';
import { naiveAnalysis, naiveRows, naiveTrend } from './naive.ts';

const { rows, customers } = generateDataset(20240601, 10_000);
const dataset = buildDataset(rows, customers);
const naive = naiveRows(rows);
const ids = dataset.customers.ids;

const CASES: { label: string; options: Partial<AnalysisOptions> }[] = [
  { label: 'ttm as of the latest day', options: {} },
  { label: 'all as of the latest day', options: { period: 'all' } },
  { label: 'ttm as of 2023-09-15, later rows ignored', options: { asOf: isoToDay('2023-09-15') } },
  {
    label: 'all as of 2022-12-31 with other thresholds',
    options: { asOf: isoToDay('2022-12-31'), period: 'all', tiers: { a: 0.7, b: 0.9 }, lifecycle: { recent: 60, atRisk: 120, lost: 300 } },
  },
];

describe('the generated data set', () => {
  test('holds the cases the comparison is meant to cover', () => {
    const expected = naiveAnalysis(naive, ids, resolveOptions(), { withRfm: false });
    const { revenue } = analyze(dataset).aggregates;
    const positive = revenue.filter((r) => r > 0);
    expect(ids.length).toBe(10_000);
    expect(rows.length).toBeGreaterThan(30_000);
    // Ties in revenue, decided by id.
    expect(new Set(positive).size).toBeLessThan(positive.length);
    // Refunds that cancel sales only up to binary rounding.
    const sums = new Map<string, number>();
    for (const row of naive) sums.set(row.customer, (sums.get(row.customer) ?? 0) + row.amount);
    expect([...sums.values()].some((s) => s !== 0 && Math.abs(s) < 1e-9)).toBe(true);
    // Master-only customers, refund-only customers, rows without order id, order ids on two customers.
    expect(ids.some((id) => !sums.has(id))).toBe(true);
    expect(naive.some((row) => row.amount < 0) && naive.some((row) => row.order === null)).toBe(true);
    expect(new Set(naive.filter((row) => row.order?.startsWith('SHARED')).map((row) => row.customer)).size).toBeGreaterThan(5);
    expect(Object.values(expected.summary.lifecycle).every((count) => count > 0)).toBe(true);
  });
});

describe.each(CASES)('analyze(dataset, options) agrees with the naive implementation: $label', ({ options }) => {
  const resolved = resolveOptions(options);
  const actual = analyze(dataset, options);
  const expected = naiveAnalysis(naive, ids, resolved);

  test('every Summary field', () => {
    expectSummary(actual.summary, expected.summary);
    expectSummary(summarize(dataset, options), expected.summary);
  });

  test('the tier and lifecycle stage of every customer', () => {
    ids.forEach((id, c) => {
      const tier = actual.tiers.codes[c];
      expect(tier === UNCLASSIFIED ? undefined : TIERS[tier], id).toBe(expected.tiers.get(id));
      const stage = actual.lifecycle.codes[c];
      expect(stage === UNCLASSIFIED ? undefined : LIFECYCLE_STAGES[stage], id).toBe(expected.stages.get(id));
    });
  });

  test('the R, F, M scores and segment of every customer, and the segment totals', () => {
    ids.forEach((id, c) => {
      const scores = expected.rfm.get(id);
      const segment = actual.rfm.segments[c];
      expect(
        { r: actual.rfm.r[c], f: actual.rfm.f[c], m: actual.rfm.m[c], segment: segment === UNCLASSIFIED ? undefined : RFM_SEGMENTS[segment] },
        id,
      ).toEqual(scores ?? { r: 0, f: 0, m: 0, segment: undefined });
    });
    for (const segment of RFM_SEGMENTS) {
      expect(actual.rfm.counts[segment], segment).toBe(expected.segmentCounts.get(segment) ?? 0);
      expectClose(actual.rfm.revenue[segment], expected.segmentRevenue.get(segment) ?? 0, 1e-9, segment);
    }
  });

  test('monthlyTrend: one point per month to T, equal to the naive trend and to summarize at each month end', () => {
    const trend = monthlyTrend(dataset, options);
    const expected = naiveTrend(naive, resolved);
    expect(trend.map((point) => [point.month, point.asOf])).toEqual(expected.map((point) => [point.month, point.asOf]));
    trend.forEach((point, i) => {
      const core = summarize(dataset, { ...options, asOf: isoToDay(point.asOf) });
      const references = [expected[i], { ...core, ...core.concentration }];
      for (const reference of references) {
        expectClose(point.revenue, reference.revenue, 1e-9, `${point.month} revenue`);
        expect(point.customersWithRevenue, point.month).toBe(reference.customersWithRevenue);
        expectClose(point.hhi, reference.hhi, 1e-9, `${point.month} hhi`);
        expectClose(point.top10Share, reference.top10Share, 1e-9, `${point.month} top10Share`);
      }
    });
    // The last point is the headline.
    expect(trend[trend.length - 1].asOf).toBe(actual.summary.asOf);
  });
});

describe.each(['region', 'owner'] as const satisfies readonly Dimension[])('breakdown(dataset, %s)', (dimension) => {
  test.each(CASES.slice(0, 3))('agrees with the naive implementation per group: $label', ({ options }) => {
    const resolved = resolveOptions(options);
    const groups = breakdown(dataset, dimension, options);
    const byValue = new Map<string | null, string[]>();
    for (const customer of customers) {
      const value = customer[dimension] ?? null;
      byValue.set(value, [...(byValue.get(value) ?? []), customer.id]);
    }
    expect(groups.map((g) => g.value).sort()).toEqual([...byValue.keys()].sort());
    for (const group of groups) {
      const members = byValue.get(group.value)!;
      expect(group.customers).toBe(members.length);
      const { summary } = naiveAnalysis(naive, members, resolved, { withRfm: false });
      expectSummary(group.summary, summary, 1e-9, String(group.value));
    }
    for (let i = 1; i < groups.length; i++) expect(groups[i - 1].summary.revenue).toBeGreaterThanOrEqual(groups[i].summary.revenue);
  });
});

test('summarize(dataset, options, mask) agrees with the naive implementation on the masked customers', () => {
  const mask = Uint8Array.from(customers, (c) => (c.region === 'North' || c.owner === 'Rep 3' ? 1 : 0));
  const members = customers.filter((_, c) => mask[c] === 1).map((c) => c.id);
  const expected = naiveAnalysis(naive, members, resolveOptions(), { withRfm: false });
  expectSummary(summarize(dataset, {}, mask), expected.summary);
  expect(DIMENSIONS).toContain('region');
});
