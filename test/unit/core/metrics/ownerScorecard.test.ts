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
});
