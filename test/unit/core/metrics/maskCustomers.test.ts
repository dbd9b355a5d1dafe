import { expect, test } from 'vitest';
import { aggregateArrays, aggregateCustomers, maskCustomers, NO_DAY } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

const dataset = buildDataset(
  [
    { customer: 'a', date: '2024-01-01', amount: 10, order: 'X' },
    { customer: 'b', date: '2024-01-02', amount: 20, order: 'X' },
    { customer: 'b', date: '2023-06-02', amount: 4 },
    { customer: 'c', date: '2024-01-03', amount: -5 },
    { customer: 'd', date: '2024-02-01', amount: 7 },
  ],
  [{ id: 'e' }],
);
const window = { asOf: isoToDay('2024-01-31'), period: 'ttm' as const, recentDays: 90 };
const maskOf = (...kept: string[]) => Uint8Array.from(dataset.customers.ids, (id) => (kept.includes(id) ? 1 : 0));

test('maskCustomers(aggregates, mask) equals a pass over the rows with the mask', () => {
  for (const mask of [maskOf('b', 'c', 'e'), maskOf('a'), maskOf(), maskOf('a', 'b', 'c', 'd', 'e')]) {
    expect(maskCustomers(aggregateCustomers(dataset, window), mask)).toEqual(aggregateCustomers(dataset, window, mask));
  }
});

test('a customer the mask leaves out has no revenue, no purchase and is not counted', () => {
  const masked = maskCustomers(aggregateCustomers(dataset, window), maskOf('b'));
  const a = dataset.customers.ids.indexOf('a');
  const b = dataset.customers.ids.indexOf('b');
  expect([masked.revenue[a], masked.orders[a], masked.counted[a], masked.present[a]]).toEqual([0, 0, 0, 0]);
  expect([masked.firstPurchase[a], masked.lastPurchase[a], masked.lastPurchaseBeforeRecent[a]]).toEqual([NO_DAY, NO_DAY, NO_DAY]);
  // b: 20 + 4 in the period [2023-02-01, 2024-01-31]; first purchase 2023-06-02, its last before T − 90 too.
  expect([masked.revenue[b], masked.counted[b], masked.firstPurchase[b], masked.lastPurchaseBeforeRecent[b]]).toEqual([
    24,
    1,
    isoToDay('2023-06-02'),
    isoToDay('2023-06-02'),
  ]);
  expect(masked.customersTotal).toBe(1);
  expect(masked.totalRevenue).toBe(24);
});

test('maskCustomers fills arrays it is given whatever they held, as it fills new ones', () => {
  const aggregates = aggregateCustomers(dataset, window);
  const mask = maskOf('b', 'c');
  const used = aggregateArrays(mask.length);
  for (const array of Object.values(used)) array.fill(7);
  const filled = maskCustomers(aggregates, mask, used);
  expect(filled.revenue).toBe(used.revenue);
  expect(filled).toEqual(maskCustomers(aggregates, mask));
  expect(() => maskCustomers(aggregates, mask, aggregateArrays(2))).toThrow(RangeError);
});
