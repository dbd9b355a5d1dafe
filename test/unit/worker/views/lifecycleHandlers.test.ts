import { describe, expect, test } from 'vitest';
import type { Dataset } from '../../../../src/core/index.ts';
import { QueryTurns } from '../../../../src/worker/queryTurns.ts';
import { createLifecycleHandlers } from '../../../../src/worker/views/lifecycleHandlers.ts';
import type { LifecycleApi } from '../../../../src/worker/views/lifecycleHandlers.ts';
import { buildDataset } from '../../core/helpers/buildDataset.ts';
import { isoToDay } from '../../core/helpers/isoToDay.ts';
import { openStore, sessionWith, valueOf } from '../helpers/viewHandlers.ts';

function handlersFor(dataset: Dataset, turns?: QueryTurns): LifecycleApi {
  return createLifecycleHandlers(sessionWith(dataset), openStore, turns);
}

// T = 2024-12-31; T − 90 = 2024-10-02 (the flow's start). Windows 90 / 180 / 365.
// a: buys 2024-12-01 only → new now; no purchase ≤ 2024-10-02 → none then.
// b: buys 2024-09-01 and 2024-12-15 → now active (a purchase in (T−455, T−90]); then (T' = 2024-10-02):
//    first 2024-09-01 > T' − 90 → new.
// c: buys 2024-08-01 → now atRisk (last in (T−180, T−90] = (2024-07-04, 2024-10-02]); then new.
// d: buys 2023-06-01 → now lost (≤ T − 365 = 2024-01-01); then: last ≤ T' − 365 = 2023-10-03 → lost.
// e: refund only → no stage.
const rows = [
  { customer: 'a', date: '2024-12-01', amount: 50 },
  { customer: 'b', date: '2024-09-01', amount: 100 },
  { customer: 'b', date: '2024-12-15', amount: 200 },
  { customer: 'c', date: '2024-08-01', amount: 70 },
  { customer: 'd', date: '2023-06-01', amount: 30 },
  { customer: 'e', date: '2024-12-31', amount: -10 },
];

describe('lifecycle handler', () => {
  test('stages with revenue, the flow since T − 90, new vs lost; cohorts asked apart', async () => {
    const api = handlersFor(buildDataset(rows));
    const result = valueOf(await api.lifecycle({ options: {}, filters: {} }));
    expect(result.asOf).toBe('2024-12-31');
    expect(result.previousAsOf).toBe('2024-10-02');
    expect(result.stages).toEqual([
      { stage: 'new', customers: 1, revenue: 50 },
      { stage: 'reactivated', customers: 0, revenue: 0 },
      { stage: 'active', customers: 1, revenue: 300 },
      { stage: 'atRisk', customers: 1, revenue: 70 },
      { stage: 'dormant', customers: 0, revenue: 0 },
      { stage: 'lost', customers: 1, revenue: 0 },
    ]);
    const cell = (from: string, to: string) => result.flow.counts[result.flow.from.indexOf(from as never)][result.flow.to.indexOf(to as never)];
    expect(cell('none', 'new')).toBe(1); // a
    expect(cell('new', 'active')).toBe(1); // b
    expect(cell('new', 'atRisk')).toBe(1); // c
    expect(cell('lost', 'lost')).toBe(1); // d
    expect(result.flow.counts.flat().reduce((s, v) => s + v, 0)).toBe(4);
    // Months 2023-06 … 2024-12 = 19; d became lost on 2023-06-01 + 365 = 2024-05-31.
    expect(result.newLost).toHaveLength(19);
    expect(result.newLost.find((m) => m.month === '2024-05')).toEqual({ month: '2024-05', new: 0, lost: 1 });
    expect(result.newLost.find((m) => m.month === '2024-12')).toEqual({ month: '2024-12', new: 1, lost: 0 });
    const cohorts = valueOf(await api.cohorts({ options: {}, filters: {} }));
    expect(cohorts).toHaveLength(24);
    expect(cohorts.at(-1)).toEqual({ cohort: '2024-12', size: 1, retained: [1], share: [1] });
    // b: cohort 2024-09, bought again in 2024-12 (k = 3).
    expect(cohorts.find((row) => row.cohort === '2024-09')).toEqual({ cohort: '2024-09', size: 1, retained: [1, 0, 0, 1], share: [1, 0, 0, 1] });
    // As of 2024-11-30 (an option), a's December purchase is after T: its cohort is gone, b's has months 0–2.
    const earlier = valueOf(await api.cohorts({ options: { asOf: isoToDay('2024-11-30') }, filters: {} }));
    expect(earlier.at(-1)?.cohort).toBe('2024-11');
    expect(earlier.find((row) => row.cohort === '2024-09')).toEqual({ cohort: '2024-09', size: 1, retained: [1, 0, 0], share: [1, 0, 0] });
  });

  test('under a filter, the flow of the customers the filter keeps', async () => {
    // North keeps a, b and d; c (South) and its new → atRisk move are left out.
    const regions = [{ id: 'a', region: 'North' }, { id: 'b', region: 'North' }, { id: 'c', region: 'South' }, { id: 'd', region: 'North' }];
    const result = valueOf(await handlersFor(buildDataset(rows, regions)).lifecycle({ options: {}, filters: { region: ['North'] } }));
    const cell = (from: string, to: string) => result.flow.counts[result.flow.from.indexOf(from as never)][result.flow.to.indexOf(to as never)];
    expect(cell('none', 'new')).toBe(1); // a
    expect(cell('new', 'active')).toBe(1); // b
    expect(cell('lost', 'lost')).toBe(1); // d
    expect(result.flow.counts.flat().reduce((s, v) => s + v, 0)).toBe(3);
    expect(result.stages.find((row) => row.stage === 'atRisk')).toEqual({ stage: 'atRisk', customers: 0, revenue: 0 });
  });

  test('a data set without rows answers empty results', async () => {
    const api = handlersFor(buildDataset([], [{ id: 'm' }]));
    const result = valueOf(await api.lifecycle({ options: {}, filters: {} }));
    expect(result.asOf).toBeNull();
    expect(result.newLost).toEqual([]);
    expect(valueOf(await api.cohorts({ options: {}, filters: {} }))).toEqual([]);
    expect(result.flow.counts.flat().every((count) => count === 0)).toBe(true);
  });
});

describe('lifecycle handler: cohorts in turns', () => {
  // 40,000 customers: c0 … c19999 first buy in 2024-05 and again in 2024-06 (T = 2024-06-15); the
  // others buy once, on T. Cohort 2024-05: 20,000, all back in month 1; cohort 2024-06: 20,000.
  const many = buildDataset(
    Array.from({ length: 40000 }, (_, i) =>
      i < 20000
        ? [{ customer: `c${i}`, date: '2024-05-10', amount: 1 }, { customer: `c${i}`, date: '2024-06-01', amount: 1 }]
        : [{ customer: `c${i}`, date: '2024-06-15', amount: 1 }],
    ).flat(),
  );
  const request = { options: {}, filters: {} };

  test('lets messages in between steps and gives the same cohorts', async () => {
    let pauses = 0;
    const turns = new QueryTurns(async () => void pauses++);
    turns.received(request);
    const cohorts = valueOf(await handlersFor(many, turns).cohorts(request));
    expect(cohorts.slice(-2)).toEqual([
      { cohort: '2024-05', size: 20000, retained: [20000, 20000], share: [1, 1] },
      { cohort: '2024-06', size: 20000, retained: [20000], share: [1] },
    ]);
    expect(pauses).toBeGreaterThan(0);
  });

  test('stops at its first pause once a query for other filters has come in, and answers cancelled', async () => {
    let pauses = 0;
    const turns: QueryTurns = new QueryTurns(async () => {
      pauses++;
      // The page moves on while the cohorts compute: the view asks again under a region.
      turns.received({ options: {}, filters: { region: ['East'] } });
    });
    turns.received(request);
    expect(await handlersFor(many, turns).cohorts(request)).toEqual({ ok: false, code: 'cancelled' });
    expect(pauses).toBe(1);
  });
});
