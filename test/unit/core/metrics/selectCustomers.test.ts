import { expect, test } from 'vitest';
import { aggregateCustomers, selectCustomers } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

test('selectCustomers(aggregates, indices) equals a pass with a mask of those customers, entries in index order', () => {
  const dataset = buildDataset(
    [
      { customer: 'a', date: '2024-01-01', amount: 10, order: 'X' },
      { customer: 'b', date: '2024-01-02', amount: 20, order: 'X' },
      { customer: 'c', date: '2024-01-03', amount: -5 },
      { customer: 'd', date: '2024-02-01', amount: 7 },
    ],
    [{ id: 'e' }],
  );
  const window = { asOf: isoToDay('2024-01-31'), period: 'ttm' as const, recentDays: 90 };
  const indices = Int32Array.from(['e', 'b', 'c', 'd'], (id) => dataset.customers.ids.indexOf(id));
  const selected = selectCustomers(aggregateCustomers(dataset, window), indices);
  const mask = Uint8Array.from(dataset.customers.ids, (id) => (id === 'a' ? 0 : 1));
  const masked = aggregateCustomers(dataset, window, mask);
  const gathered = (values: ArrayLike<number>) => Array.from(indices, (c) => values[c]);
  expect(Array.from(selected.revenue)).toEqual(gathered(masked.revenue));
  expect(Array.from(selected.orders)).toEqual(gathered(masked.orders));
  expect(Array.from(selected.counted)).toEqual(gathered(masked.counted));
  expect(Array.from(selected.lastPurchase)).toEqual(gathered(masked.lastPurchase));
  // b 20 + c −5 = 15; counted e, b, c (d only has a row after T)
  expect(selected.totalRevenue).toBe(15);
  expect(masked.totalRevenue).toBe(15);
  expect(selected.customersTotal).toBe(3);
});
