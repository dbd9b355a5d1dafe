import { describe, expect, test } from 'vitest';
import type { Dataset, ViewRequest } from '../../../../src/core/index.ts';
import { createRiskHandlers } from '../../../../src/worker/views/riskHandlers.ts';
import type { RiskApi } from '../../../../src/worker/views/riskHandlers.ts';
import { buildDataset } from '../../core/helpers/buildDataset.ts';
import { openStore, sessionWith, valueOf } from '../helpers/viewHandlers.ts';

function handlersFor(dataset: Dataset): RiskApi {
  return createRiskHandlers(sessionWith(dataset), openStore);
}

// T = 2024-12-31 (latest row); the year is [2024-01-02, 2024-12-31].
// a: purchases 02-01, 03-02, 04-01 (gaps 30, 30) → own interval 30; 274 days since 04-01; overdue 274/30; 900.
// b: 10-01, 11-01, 12-31 (gaps 31, 60) → own interval 45.5; 0 days since; overdue 0; 150.
// c: one purchase 06-01 → the data set's interval, the median of a's and b's: 37.75; 213 days since; 50.
// d: a refund only → no revenue, not on the matrix. Year revenue > 0: 1100; C_before a 0 → A,
// b 900/1100 = .818 → B, c 1050/1100 = .955 → C (thresholds .8 and .95).
const rows = [
  { customer: 'a', date: '2024-02-01', amount: 300, order: 'a1' },
  { customer: 'a', date: '2024-03-02', amount: 300, order: 'a2' },
  { customer: 'a', date: '2024-04-01', amount: 300, order: 'a3' },
  { customer: 'b', date: '2024-10-01', amount: 50, order: 'b1' },
  { customer: 'b', date: '2024-11-01', amount: 50, order: 'b2' },
  { customer: 'b', date: '2024-12-31', amount: 50, order: 'b3' },
  { customer: 'c', date: '2024-06-01', amount: 50, order: 'c1' },
  { customer: 'd', date: '2024-05-01', amount: -20 },
];

describe('risk handler', () => {
  const api = handlersFor(buildDataset(rows, [{ id: 'a', name: 'Alpha Ltd' }, { id: 'c', name: '丙公司' }]));

  test('the matrix: the customers with revenue and an interval, most valuable first, as columns', async () => {
    const request: ViewRequest = { options: {}, filters: {} };
    const { matrix, matrixTotal, valueSplit, datasetInterval } = valueOf(await api.risk(request));
    expect(datasetInterval).toBe(37.75);
    expect(matrixTotal).toBe(3);
    expect(matrix.ids).toEqual(['a', 'b', 'c']);
    expect(matrix.names).toEqual(['Alpha Ltd', '', '丙公司']);
    expect(Array.from(matrix.tiers)).toEqual([0, 1, 2]);
    expect(Array.from(matrix.value)).toEqual([900, 150, 50]);
    expect(Array.from(matrix.daysSince)).toEqual([274, 0, 213]);
    expect(Array.from(matrix.interval)).toEqual([30, 45.5, 37.75]);
    expect(Array.from(matrix.overdue)).toEqual([274 / 30, 0, 213 / 37.75]);
    // The median of the three values.
    expect(valueSplit).toBe(150);
  });

  test('under a filter the matrix keeps the customers the filter keeps, with the interval of their data set', async () => {
    const dataset = buildDataset(rows, [
      { id: 'a', region: 'North' },
      { id: 'b', region: 'South' },
      { id: 'c', region: 'North' },
    ]);
    const { matrix, datasetInterval, valueSplit } = valueOf(await handlersFor(dataset).risk({ options: {}, filters: { region: ['North'] } }));
    // Only a has three purchase days among a and c: the data set's interval is a's 30.
    expect(datasetInterval).toBe(30);
    expect(matrix.ids).toEqual(['a', 'c']);
    expect(Array.from(matrix.interval)).toEqual([30, 30]);
    expect(Array.from(matrix.overdue)).toEqual([274 / 30, 213 / 30]);
    // Year revenue > 0 under the filter: 950; c's C_before 900/950 = .947 → B.
    expect(Array.from(matrix.tiers)).toEqual([0, 1]);
    expect(valueSplit).toBe((900 + 50) / 2);
  });

  test('over all time the matrix still ranks by the last 365 days, ties by id', async () => {
    // T = 2024-12-31. p: 1000 on 2023-06-01 (before the year), then 10 on 03-01, 06-01 and 09-01: all-time
    // 1030, year 30; gaps 274, 92, 92 → own interval 92, 121 days since. q: 100 on 11-01 and 12-31 (two
    // days, the data set's 92), year 200. r: 200 on 10-01 (the data set's 92), year 200, 91 days since.
    // All time: p ranks first (1030); the year: q and r (200, q before r by id), then p (30).
    const dataset = buildDataset([
      { customer: 'p', date: '2023-06-01', amount: 1000, order: 'p1' },
      { customer: 'p', date: '2024-03-01', amount: 10, order: 'p2' },
      { customer: 'p', date: '2024-06-01', amount: 10, order: 'p3' },
      { customer: 'p', date: '2024-09-01', amount: 10, order: 'p4' },
      { customer: 'r', date: '2024-10-01', amount: 200, order: 'r1' },
      { customer: 'q', date: '2024-11-01', amount: 100, order: 'q1' },
      { customer: 'q', date: '2024-12-31', amount: 100, order: 'q2' },
    ]);
    const { matrix, matrixTotal, datasetInterval } = valueOf(await handlersFor(dataset).risk({ options: { period: 'all' }, filters: {} }));
    expect(datasetInterval).toBe(92);
    expect(matrixTotal).toBe(3);
    expect(matrix.ids).toEqual(['q', 'r', 'p']);
    expect(Array.from(matrix.value)).toEqual([200, 200, 30]);
    expect(Array.from(matrix.daysSince)).toEqual([0, 91, 121]);
    // Tiers by all-time revenue (1430): p A (C_before 0), q A (1030/1430 = .72), r B (1230/1430 = .86).
    expect(Array.from(matrix.tiers)).toEqual([0, 1, 0]);
  });
});
