import { afterEach, expect, test, vi } from 'vitest';
import { analyze, customerMask } from '../../../src/core/index.ts';
import { ArrayLender } from '../../../src/worker/arrayLender.ts';
import { SpareSets } from '../../../src/worker/spareSets.ts';
import { buildDataset } from '../core/helpers/buildDataset.ts';

afterEach(() => vi.restoreAllMocks());

test('prepare lends a written set of each kind for a data set of ordinary size', () => {
  const given = vi.spyOn(SpareSets.prototype, 'give');
  new ArrayLender().prepare(190_000);
  // Aggregates, purchase intervals, revenue at risk.
  expect(given).toHaveBeenCalledTimes(3);
  const arrays = given.mock.calls.flatMap(([set]): ArrayLike<number>[] => (set instanceof Float64Array ? [set] : Object.values(set as Record<string, ArrayLike<number>>)));
  expect(arrays.every((array) => array.length === 190_000)).toBe(true);
});

test('prepare writes nothing ahead past 32 MiB (67 bytes a customer: 500,813 customers and more)', () => {
  const given = vi.spyOn(SpareSets.prototype, 'give');
  // 500,813 · 67 = 33,554,471 bytes, just over 32 MiB (33,554,432).
  new ArrayLender().prepare(500_813);
  expect(given).not.toHaveBeenCalled();
  new ArrayLender().prepare(500_812);
  expect(given).toHaveBeenCalledTimes(3);
});

test('an analysis taken back lends its revenue at risk to the next one, which writes every entry', () => {
  // T = 2024-12-31: A (north) and B (south) last bought 2024-08-01, at risk, 70 and 20 in the trailing year.
  const dataset = buildDataset(
    [
      { customer: 'A', date: '2024-01-10', amount: 5 },
      { customer: 'A', date: '2024-08-01', amount: 65 },
      { customer: 'B', date: '2024-08-01', amount: 20 },
      { customer: 'C', date: '2024-12-31', amount: 1 },
    ],
    [{ id: 'A', region: 'N' }, { id: 'B', region: 'S' }, { id: 'C', region: 'S' }],
  );
  const whole = analyze(dataset);
  const lender = new ArrayLender();
  const north = lender.maskAnalysis(dataset, whole, customerMask(dataset.customers, { region: ['N'] }) as Uint8Array);
  const lent = north.revenueAtRisk.revenue;
  expect(Array.from(lent)).toEqual([70, 0, 0]);
  lender.takeBack(north);
  const south = lender.maskAnalysis(dataset, whole, customerMask(dataset.customers, { region: ['S'] }) as Uint8Array);
  expect(south.revenueAtRisk.revenue).toBe(lent);
  expect(south.revenueAtRisk).toEqual({ total: 20, customers: 1, revenue: Float64Array.of(0, 20, 0) });
});
