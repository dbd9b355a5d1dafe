import { describe, expect, it } from 'vitest';
import { DEFAULT_OPTIONS, ownerScorecard } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

// T = 2024-12-31. This year = [2024-01-02, 2024-12-31] (2024 has 366 days); the previous one ends
// 2024-01-01 and starts 2023-01-02.
const T = isoToDay('2024-12-31');
const dataset = buildDataset(
  [
    { customer: 'a', date: '2023-06-01', amount: 100 },
    { customer: 'a', date: '2024-06-01', amount: 150 },
    { customer: 'b', date: '2023-06-01', amount: 50 },
    { customer: 'c', date: '2024-09-01', amount: 30 },
    { customer: 'd', date: '2023-03-01', amount: 10 },
    { customer: 'd', date: '2024-05-01', amount: 20 },
    { customer: 'e', date: '2023-07-01', amount: 5 },
  ],
  [
    { id: 'a', owner: 'Li' },
    { id: 'b', owner: 'Li' },
    { id: 'c', owner: 'Wang' },
    { id: 'd', owner: 'Wang' },
    { id: 'e' },
  ],
);

describe('ownerScorecard(dataset, options, asOf, mask)', () => {
  // Previous year: a 100, b 50, d 10, e 5 (Σ 165). C_before a 0 → A, b .606 → A, d .909 → B, e .97 → C.
  // This year: a 150, c 30, d 20 (Σ 200). a 0 → A, c .75 → A, d .9 → B; b and e inactive.
  // Stages at T: a last Jun 1 (213 days) dormant; b lost; c last Sep 1 (121 days) atRisk; d last May 1
  // (244 days) dormant; e lost.
  it('scores each owner on revenue, growth, retention, A-tier kept / lost and revenue at risk', () => {
    const rows = ownerScorecard(dataset, DEFAULT_OPTIONS, T);
    expect(rows).toEqual([
      // Li: 150 vs 100 + 50 → growth 0; buyers a, b, a retained; a A → A kept, b A → inactive lost; a dormant, at risk its trailing-year revenue 150.
      { owner: 'Li', revenue: 150, previousRevenue: 150, growth: 0, previousBuyers: 2, retained: 1, retention: 0.5, tierAKept: 1, tierALost: 1, atRiskRevenue: 150 },
      // Wang: 30 + 20 = 50 vs 10 → growth 4; buyer d retained; d was B; at risk c 30 (Sep 2024) + d 20 (May 2024) in the trailing year.
      { owner: 'Wang', revenue: 50, previousRevenue: 10, growth: 4, previousBuyers: 1, retained: 1, retention: 1, tierAKept: 0, tierALost: 0, atRiskRevenue: 50 },
      // No owner: e 0 vs 5 → growth −1, not retained.
      { owner: null, revenue: 0, previousRevenue: 5, growth: -1, previousBuyers: 1, retained: 0, retention: 0, tierAKept: 0, tierALost: 0, atRiskRevenue: 0 },
    ]);
  });

  it('scores only the masked customers, with tiers among them', () => {
    // Only Wang's c and d: previous year d 10 alone → A; this year c 30 → A, d 20 (C_before .6) → A.
    const rows = ownerScorecard(dataset, DEFAULT_OPTIONS, T, Uint8Array.from([0, 0, 1, 1, 0]));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ owner: 'Wang', tierAKept: 1, tierALost: 0, growth: 4 });
  });

  it('has null growth and retention without a previous year', () => {
    const fresh = buildDataset([{ customer: 'x', date: '2024-12-01', amount: 9 }], [{ id: 'x', owner: 'Li' }]);
    expect(ownerScorecard(fresh, DEFAULT_OPTIONS, T)[0]).toMatchObject({ growth: null, retention: null, previousBuyers: 0 });
  });

  it('adds each owner\'s NPS over the latest answer ≤ T when the data set has surveys', () => {
    // Customer codes: a 0, b 1, c 2, d 3, e 4. Answers: a 3 (2024-01-05) then 10 (2024-11-01) → latest 10,
    // promoter; b 6 → detractor; c 8 → passive (its 2 of 2025-01-10 is after T, left out); d none; e 9 → promoter.
    const day = ['2024-01-05', '2024-11-01', '2024-03-01', '2024-10-01', '2025-01-10', '2024-02-01'].map(isoToDay);
    const surveys = { length: 6, customer: Int32Array.from([0, 0, 1, 2, 2, 4]), day: Int32Array.from(day), score: Float64Array.from([3, 10, 6, 8, 2, 9]) };
    // Li: a promoter, b detractor → 100·(1 − 1)/2 = 0. Wang: c passive, d no answer → 100·(0 − 0)/1 = 0. No owner: e → 100·1/1 = 100.
    expect(ownerScorecard({ ...dataset, surveys }, DEFAULT_OPTIONS, T).map((row) => [row.owner, row.nps])).toEqual([
      ['Li', 0],
      ['Wang', 0],
      [null, 100],
    ]);
    // Only a's two answers: Li 100·1/1 = 100; Wang and no owner have none → null.
    const onlyA = { length: 2, customer: Int32Array.from([0, 0]), day: Int32Array.from(day.slice(0, 2)), score: Float64Array.from([3, 10]) };
    expect(ownerScorecard({ ...dataset, surveys: onlyA }, DEFAULT_OPTIONS, T).map((row) => row.nps)).toEqual([100, null, null]);
    // A CSAT file (every score ≤ 5) has no NPS.
    const csat = { length: 1, customer: Int32Array.from([0]), day: Int32Array.from([day[0]]), score: Float64Array.from([5]) };
    expect(ownerScorecard({ ...dataset, surveys: csat }, DEFAULT_OPTIONS, T)[0].nps).toBeNull();
  });
});
