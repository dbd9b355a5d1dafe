import { describe, expect, it } from 'vitest';
import { analyze, satisfaction } from '../../../../src/core/index.ts';
import type { Dataset, SurveyColumns } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

// T = 2024-12-31 (latest row), trailing year. Revenue: a 150, c 30, d 20 → a A (C_before 0), c A (.75), d B (.9);
// b (last 2023) inactive. Stages at T: a 2024-06-01 dormant, b lost, c 2024-09-01 atRisk, d 2024-05-01 dormant.
const base = buildDataset(
  [
    { customer: 'a', date: '2024-06-01', amount: 150 },
    { customer: 'b', date: '2023-06-01', amount: 50 },
    { customer: 'c', date: '2024-09-01', amount: 30 },
    { customer: 'd', date: '2024-05-01', amount: 20 },
    { customer: 'z', date: '2024-12-31', amount: 0 },
  ],
  [
    { id: 'a', owner: 'Li', region: '华东' },
    { id: 'b', owner: 'Li', region: '华北' },
    { id: 'c', owner: 'Wang', region: '华东' },
    { id: 'd', region: '华东' },
  ],
);

function withSurveys(dataset: Dataset, answers: readonly [code: number, iso: string, score: number][]): Dataset {
  const surveys: SurveyColumns = {
    length: answers.length,
    customer: Int32Array.from(answers, ([code]) => code),
    day: Int32Array.from(answers, ([, iso]) => isoToDay(iso)),
    score: Float64Array.from(answers, ([, , score]) => score),
  };
  return { ...dataset, surveys };
}

// Codes a 0, b 1, c 2, d 3, z 4. a: 4 then 9 (latest, promoter); b: 10 (promoter); c: 6.5 (detractor) and a
// later 10 dated after T (left out); d: 7 (passive); d again 2 on the same day later in the file → latest 2 (detractor).
const dataset = withSurveys(base, [
  [0, '2024-01-10', 4],
  [0, '2024-10-10', 9],
  [1, '2024-02-01', 10],
  [2, '2024-03-01', 6.5],
  [2, '2025-02-01', 10],
  [3, '2024-04-01', 7],
  [3, '2024-04-01', 2],
]);
const T = isoToDay('2024-12-31');

describe('satisfaction(dataset, analysis, {by})', () => {
  it('is null without surveys', () => {
    expect(satisfaction(base, analyze(base, { asOf: T }), { by: 'tier' })).toBeNull();
  });

  it('groups by tier: responses and mean over every answer ≤ T, bands and NPS over the latest', () => {
    const result = satisfaction(dataset, analyze(dataset, { asOf: T }), { by: 'tier' })!;
    expect(result.scale).toBe('nps');
    // A: a (4, 9) and c (6.5): 3 responses, mean (4 + 9 + 6.5)/3 = 6.5; latest a 9 promoter, c 6.5 detractor → NPS 0.
    // B: d (7, 2): 2 responses, mean 4.5; latest 2 detractor → NPS −100.
    // inactive: b (10), z none: 1 response, mean 10; promoter → NPS 100. C has no answer: left out.
    expect(result.groups).toEqual([
      { key: 'A', responses: 3, customers: 2, meanScore: 6.5, bands: [1, 0, 1], nps: 0 },
      { key: 'B', responses: 2, customers: 1, meanScore: 4.5, bands: [1, 0, 0], nps: -100 },
      { key: 'inactive', responses: 1, customers: 1, meanScore: 10, bands: [0, 0, 1], nps: 100 },
    ]);
    // All: 6 responses, Σ 38.5 → mean 6.4166…; 4 customers: promoters a b, detractors c d → NPS 0.
    expect(result.total).toMatchObject({ key: null, responses: 6, customers: 4, bands: [2, 0, 2], nps: 0 });
    expect(result.total.meanScore).toBeCloseTo(38.5 / 6, 12);
  });

  it('groups by stage in stage order, by owner by customers surveyed with no owner last', () => {
    const analysis = analyze(dataset, { asOf: T });
    // atRisk: c (detractor) → −100; dormant: a (promoter), d (detractor) → 0; lost: b (promoter) → 100.
    expect(satisfaction(dataset, analysis, { by: 'stage' })!.groups.map((g) => [g.key, g.customers, g.nps])).toEqual([
      ['atRisk', 1, -100],
      ['dormant', 2, 0],
      ['lost', 1, 100],
    ]);
    // Li: a, b promoters → 100; Wang: c → −100; none: d → −100. Li has 2 customers, the others 1: Wang before null.
    expect(satisfaction(dataset, analysis, { by: 'owner' })!.groups.map((g) => [g.key, g.customers, g.nps])).toEqual([
      ['Li', 2, 100],
      ['Wang', 1, -100],
      [null, 1, -100],
    ]);
  });

  it('counts only the analysed customers under a mask', () => {
    // Only 华东 (a, c, d): promoters a, detractors c d → 100·(1 − 2)/3 = −33.3…
    const analysis = analyze(dataset, { asOf: T }, Uint8Array.from([1, 0, 1, 1, 0]));
    const result = satisfaction(dataset, analysis, { by: 'region' })!;
    expect(result.groups.map((g) => [g.key, g.customers])).toEqual([['华东', 3]]);
    expect(result.total.nps).toBeCloseTo(-100 / 3, 12);
  });

  it('reads a file whose scores are all ≤ 5 as CSAT: bands 1–2 / 3 / 4–5, no NPS', () => {
    // a 5 → satisfied, b 3 → neutral, c 2.5 → dissatisfied.
    const csat = withSurveys(base, [
      [0, '2024-01-10', 5],
      [1, '2024-01-10', 3],
      [2, '2024-01-10', 2.5],
    ]);
    const result = satisfaction(csat, analyze(csat, { asOf: T }), { by: 'tier' })!;
    expect(result.scale).toBe('csat');
    expect(result.total).toMatchObject({ customers: 3, bands: [1, 1, 1], nps: null });
    expect(result.total.meanScore).toBeCloseTo(10.5 / 3, 12);
  });
});
