import { describe, expect, test } from 'vitest';
import { aggregateCustomers, idOrder, rankCustomers, RFM_SEGMENTS, rfm, UNCLASSIFIED } from '../../../../src/core/index.ts';
import type { CustomerAggregates, Dataset } from '../../../../src/core/index.ts';
import type { RowInput } from '../helpers/buildDataset.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { dayToIso, isoToDay } from '../helpers/isoToDay.ts';

const T = isoToDay('2024-12-31');
const row = (customer: string, daysBefore: number, amount: number, order?: string): RowInput => ({ customer, date: dayToIso(T - daysBefore), amount, order });

// recency (days) / frequency (orders in the ttm period) / monetary (period revenue):
// A 1 / 2 / 150, B 5 / 1 / 20, C 100 / 3 / 1500, D 300 / 1 / 10, E 400 / 0 / 0 (its order is before the period)
const dataset = buildDataset(
  [
    row('A', 1, 100, 'o1'), row('A', 10, 50, 'o2'),
    row('B', 5, 20, 'o3'),
    row('C', 100, 500, 'o4'), row('C', 200, 500, 'o5'), row('C', 300, 300, 'o6'), row('C', 300, 200, 'o6'),
    row('D', 300, 10, 'o7'),
    row('E', 400, 1000, 'o8'),
    row('F', 3, -30, 'o9'), // refunds only: not scored
  ],
  [{ id: 'G' }], // no rows: not scored
);
/** rfm() of the ttm aggregates at T, with their ranking. */
function rfmAt(data: Dataset) {
  const aggregates: CustomerAggregates = aggregateCustomers(data, { asOf: T, period: 'ttm', recentDays: 90 });
  return rfm(aggregates, rankCustomers(aggregates.revenue, idOrder(data.customers.ids)));
}
const result = rfmAt(dataset);
const scoresOf = (id: string) => {
  const c = dataset.customers.ids.indexOf(id);
  const segment = result.segments[c];
  return [result.r[c], result.f[c], result.m[c], segment === UNCLASSIFIED ? null : RFM_SEGMENTS[segment]];
};

describe('rfm(aggregates)', () => {
  test.each([
    // N = 5 scored customers.
    // R = 1 + floor(5 · #larger recency / 5): recencies 1, 5, 100, 300, 400 → 5, 4, 3, 2, 1
    // F = 1 + floor(5 · #smaller / 5): frequencies 2, 1, 3, 1, 0 → #smaller 3, 1, 4, 1, 0 → 4, 2, 5, 2, 1
    // M: revenues 150, 20, 1500, 10, 0 → #smaller 3, 2, 4, 1, 0 → 4, 3, 5, 2, 1
    // FM = round half up: A (4+4)/2 = 4, B 2.5 → 3, C 5, D 2, E 1
    ['A', [5, 4, 4, 'champions']], // R5 FM4
    ['B', [4, 2, 3, 'loyal']], // R4 FM3
    ['C', [3, 5, 5, 'loyal']], // R3 FM5
    ['D', [2, 2, 2, 'hibernating']], // R2 FM2
    ['E', [1, 1, 1, 'lost']], // R1 FM1
    ['F', [0, 0, 0, null]],
    ['G', [0, 0, 0, null]],
  ] as const)('%s scores %j', (id, expected) => {
    expect(scoresOf(id)).toEqual(expected);
  });

  test('counts and sums revenue per segment', () => {
    expect(result.counts).toEqual({
      champions: 1, loyal: 2, potentialLoyalist: 0, new: 0, promising: 0, needAttention: 0,
      aboutToSleep: 0, atRisk: 0, cannotLoseThem: 0, hibernating: 1, lost: 1,
    });
    // champions A 150; loyal B 20 + C 1500; hibernating D 10; lost E 0
    expect(result.revenue).toMatchObject({ champions: 150, loyal: 1520, hibernating: 10, lost: 0, new: 0 });
  });

  test('scores nobody without purchases', () => {
    const empty = rfmAt(buildDataset([], [{ id: 'x' }]));
    expect(Array.from(empty.segments)).toEqual([UNCLASSIFIED]);
    expect(Object.values(empty.counts).every((count) => count === 0)).toBe(true);
  });

  test('scores monetary ties, zeros and refunds beyond the period\'s purchases by the values below them', () => {
    // Scored (a purchase ≤ T): P 100, Q 100, R 0 (its purchase is before the period), S −40 and U −40
    // (a refund in the period of a purchase before it), V −10. N = 6; #smaller: P, Q 4; R 3; S, U 0; V 2
    // → M = 1 + floor(5 · #smaller / 6): P, Q 4; R 3; S, U 1; V 2.
    const refunds = buildDataset([
      row('P', 1, 100, 'p'), row('Q', 2, 100, 'q'), row('R', 400, 70, 'r'),
      row('S', 500, 60, 's1'), row('S', 10, -40, 's2'), row('U', 450, 60, 'u1'), row('U', 20, -40, 'u2'),
      row('V', 600, 5, 'v1'), row('V', 30, -10, 'v2'),
    ]);
    const scores = rfmAt(refunds);
    const m = Object.fromEntries(refunds.customers.ids.map((id, c) => [id, scores.m[c]]));
    expect(m).toEqual({ P: 4, Q: 4, R: 3, S: 1, U: 1, V: 2 });
  });

  test('refuses a ranking that misses a customer with revenue', () => {
    const aggregates = aggregateCustomers(dataset, { asOf: T, period: 'ttm', recentDays: 90 });
    expect(() => rfm(aggregates, new Int32Array(0))).toThrow(RangeError);
  });
});
