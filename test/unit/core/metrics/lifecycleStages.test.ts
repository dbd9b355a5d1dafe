import { describe, expect, test } from 'vitest';
import { aggregateCustomers, LIFECYCLE_STAGES, lifecycleStages, UNCLASSIFIED } from '../../../../src/core/index.ts';
import type { LifecycleWindows } from '../../../../src/core/index.ts';
import type { RowInput } from '../helpers/buildDataset.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { dayToIso, isoToDay } from '../helpers/isoToDay.ts';

const T = isoToDay('2024-12-31');
/** A row `daysBefore` days before T. */
const row = (customer: string, daysBefore: number, amount = 100): RowInput => ({ customer, date: dayToIso(T - daysBefore), amount });

function stagesOf(rows: RowInput[], windows: LifecycleWindows = { recent: 90, atRisk: 180, lost: 365 }) {
  const dataset = buildDataset(rows, [{ id: 'master-only' }]);
  const aggregates = aggregateCustomers(dataset, { asOf: T, period: 'ttm', recentDays: windows.recent });
  const result = lifecycleStages(aggregates, windows);
  const stageOf = Object.fromEntries(dataset.customers.ids.map((id, c) => [id, result.codes[c] === UNCLASSIFIED ? null : LIFECYCLE_STAGES[result.codes[c]]]));
  return { stageOf, counts: result.counts };
}

describe('lifecycleStages(aggregates, windows) at the boundaries (W 90, at risk 180, lost 365)', () => {
  test.each([
    // [purchases as days before T, stage]
    [[89], 'new'], // first > T − 90
    [[0], 'new'],
    [[90], 'atRisk'], // first = last = T − 90: not new, last in (T − 180, T − 90]
    [[90, 0], 'active'], // first ≤ T − 90, a purchase in (T − 90, T] and one in (T − 455, T − 90]
    [[454, 10], 'active'],
    [[455, 10], 'reactivated'], // T − 455 is outside (T − 455, T − 90]
    [[600, 456, 10], 'reactivated'],
    [[179], 'atRisk'],
    [[180], 'dormant'], // last in (T − 365, T − 180]
    [[364], 'dormant'],
    [[365], 'lost'], // last ≤ T − 365
    [[800, 400], 'lost'],
  ] as const)('purchases %j days before T → %s', (days, stage) => {
    const rows = days.map((d) => row('x', d));
    expect(stagesOf(rows).stageOf.x).toBe(stage);
  });

  test('refunds and zero rows are not purchases; rows after T are ignored', () => {
    const { stageOf } = stagesOf([
      row('refunded', 200),
      row('refunded', 5, -100), // last purchase stays T − 200
      row('zero', 5, 0),
      row('refundOnly', 5, -20),
      row('later', -3),
      row('laterToo', 400),
      row('laterToo', -3),
    ]);
    expect(stageOf).toEqual({ 'master-only': null, refunded: 'dormant', zero: null, refundOnly: null, later: null, laterToo: 'lost' });
  });

  test('counts every stage', () => {
    const { counts } = stagesOf([row('a', 1), row('b', 100), row('c', 500), row('c', 1), row('d', 200), row('e', 300), row('f', 100), row('f', 1)]);
    expect(counts).toEqual({ new: 1, reactivated: 1, active: 1, atRisk: 1, dormant: 2, lost: 0 });
  });

  test('takes other windows: the look-back of active is lost + recent', () => {
    const windows = { recent: 30, atRisk: 60, lost: 120 };
    const { stageOf } = stagesOf([row('n', 29), row('a', 149), row('a', 1), row('r', 150), row('r', 1), row('k', 59), row('d', 60), row('l', 120)], windows);
    expect(stageOf).toMatchObject({ n: 'new', a: 'active', r: 'reactivated', k: 'atRisk', d: 'dormant', l: 'lost' });
  });

  test('refuses aggregates made with another recent window (a bug in the caller)', () => {
    const dataset = buildDataset([row('x', 1)]);
    const aggregates = aggregateCustomers(dataset, { asOf: T, period: 'ttm', recentDays: 30 });
    expect(() => lifecycleStages(aggregates, { recent: 90, atRisk: 180, lost: 365 })).toThrow(RangeError);
  });
});
