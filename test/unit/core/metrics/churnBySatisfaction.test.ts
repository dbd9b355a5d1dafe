import { describe, expect, it } from 'vitest';
import { analyze, churnBySatisfaction } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

// T = 2024-12-31, trailing year. Revenue a 100, b 60, c 30, e 10 (Σ 200): C_before a 0 → A, b .5 → A, c .8 → B,
// e .95 → C; d (2023) inactive. Stages: a 2024-12-01 active-or-new (not churned), b 2024-08-01 atRisk
// (152 days), c 2024-05-01 dormant (244 days), d 2023-06-01 lost, e 2024-12-31 new.
const base = buildDataset([
  { customer: 'a', date: '2024-12-01', amount: 100 },
  { customer: 'b', date: '2024-08-01', amount: 60 },
  { customer: 'c', date: '2024-05-01', amount: 30 },
  { customer: 'd', date: '2023-06-01', amount: 40 },
  { customer: 'e', date: '2024-12-31', amount: 10 },
]);
const T = isoToDay('2024-12-31');
const day = isoToDay('2024-06-01');

describe('churnBySatisfaction(dataset, analysis)', () => {
  it('is null without surveys', () => {
    expect(churnBySatisfaction(base, analyze(base, { asOf: T }))).toBeNull();
  });

  it('buckets customers by their latest band and counts those now at risk, dormant or lost', () => {
    // Codes a 0 … e 4. a 10 promoter; b 3 detractor; c 5 detractor; d 8 passive; e no answer.
    const dataset = { ...base, surveys: { length: 4, customer: Int32Array.from([0, 1, 2, 3]), day: Int32Array.from([day, day, day, day]), score: Float64Array.from([10, 3, 5, 8]) } };
    const result = churnBySatisfaction(dataset, analyze(dataset, { asOf: T }))!;
    expect(result.scale).toBe('nps');
    // Detractors b (atRisk), c (dormant): churn (1 + 0)/2 = .5. Passive d lost: 1/1. Promoter a: 0/1.
    expect(result.bands).toEqual([
      { band: 'detractor', customers: 2, atRisk: 1, dormant: 1, lost: 0, churnRate: 0.5 },
      { band: 'passive', customers: 1, atRisk: 0, dormant: 0, lost: 1, churnRate: 1 },
      { band: 'promoter', customers: 1, atRisk: 0, dormant: 0, lost: 0, churnRate: 0 },
    ]);
    // Tier A is a and b: detractor b at risk, promoter a; no passive.
    expect(result.tierA.map((row) => [row.band, row.customers, row.atRisk, row.churnRate])).toEqual([
      ['detractor', 1, 1, 0],
      ['passive', 0, 0, null],
      ['promoter', 1, 0, 0],
    ]);
  });
});
