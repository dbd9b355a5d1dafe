import { describe, expect, it } from 'vitest';
import { callList, purchaseIntervals, UNCLASSIFIED } from '../../../../src/core/index.ts';
import type { PurchaseIntervals } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

/** Intervals written by hand: overdue = daysSince / interval. */
function intervals(rows: readonly [daysSince: number, interval: number, own: 0 | 1][]): PurchaseIntervals {
  return {
    asOf: 0,
    datasetInterval: 10,
    purchaseDays: Int32Array.from(rows, () => 3),
    lastPurchase: Int32Array.from(rows, ([since]) => -since),
    interval: Float64Array.from(rows, ([, interval]) => interval),
    own: Uint8Array.from(rows, ([, , own]) => own),
    daysSince: Float64Array.from(rows, ([since]) => since),
    overdue: Float64Array.from(rows, ([since, interval]) => since / interval),
  };
}

describe('callList(inputs, options)', () => {
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const names = ['A Co', 'B Co', 'C Co', 'D Co', 'E Co', 'F Co'];
  // Overdue: a 75/32 = 2.34; b 30/20 = 1.5 (exactly the bar); c 10/20 = 0.5 but atRisk;
  // d 100/10 = 10 but tier C; e 14/10 = 1.4 active → not listed; f 60/10 = 6, tier B.
  const base = {
    ids,
    names,
    intervals: intervals([
      [75, 32, 1],
      [30, 20, 1],
      [10, 20, 1],
      [100, 10, 0],
      [14, 10, 1],
      [60, 10, 0],
    ]),
    // Tiers A = 0, B = 1, C = 2. Stages: 2 active, 3 atRisk.
    tiers: Uint8Array.from([0, 0, 1, 2, 0, 1]),
    stages: Uint8Array.from([2, 2, 3, 3, 2, 2]),
    atStake: Float64Array.from([1000, 2000, 5000, 9999, 9999, 100]),
  };

  it('lists A/B customers overdue ≥ 1.5 or at risk, by revenue at stake × overdue', () => {
    // Scores: a 1000 · 75/32 = 2343.75; b 2000 · 1.5 = 3000; c 5000 · 0.5 = 2500; f 100 · 6 = 600.
    const list = callList(base);
    expect(list.map((e) => e.id)).toEqual(['b', 'c', 'a', 'f']);
    expect(list.map((e) => e.score)).toEqual([3000, 2500, 2343.75, 600]);
    expect(list[1]).toMatchObject({ id: 'c', tier: 'B', stage: 'atRisk', isOverdue: false, isAtRisk: true, interval: 20, ownInterval: true });
    expect(list[2]).toMatchObject({ id: 'a', tier: 'A', stage: 'active', daysSince: 75, interval: 32, isOverdue: true, isAtRisk: false });
  });

  it('keeps the first `limit` and ranks ties by id', () => {
    const tied = { ...base, atStake: Float64Array.from([1500, 1000, 3000, 0, 0, 250]) };
    // Scores: a 1500 · 75/32 = 3515.625; b 1000 · 1.5 = 1500; c 3000 · 0.5 = 1500; f 250 · 6 = 1500.
    expect(callList(tied, { limit: 3 }).map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('reads intervals from purchaseIntervals and leaves unclassified customers out', () => {
    const T = isoToDay('2024-03-31');
    // x buys Jan 1, 11, 21 (interval 10), last Jan 21 → 70 days since → 7.
    const dataset = buildDataset([
      { customer: 'x', date: '2024-01-01', amount: 1 },
      { customer: 'x', date: '2024-01-11', amount: 1 },
      { customer: 'x', date: '2024-01-21', amount: 1 },
      { customer: 'y', date: '2024-01-21', amount: 1 },
    ]);
    const list = callList({
      ids: dataset.customers.ids,
      names: dataset.customers.names,
      intervals: purchaseIntervals(dataset, T),
      tiers: Uint8Array.from([0, UNCLASSIFIED]),
      stages: Uint8Array.from([3, 3]),
      atStake: Float64Array.from([10, 10]),
    });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ id: 'x', daysSince: 70, interval: 10, overdue: 7, score: 70 });
  });
});
