import { describe, expect, test } from 'vitest';
import { aggregateCustomers, NO_DAY } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

const T = isoToDay('2024-06-30');
// Rows of a and b interleaved; b shares order code O2 with a.
const dataset = buildDataset(
  [
    { customer: 'a', date: '2024-06-01', amount: 100, order: 'O1' },
    { customer: 'b', date: '2024-06-01', amount: 10, order: 'O3' },
    { customer: 'a', date: '2024-05-01', amount: 30, order: 'O2' },
    { customer: 'a', date: '2024-06-01', amount: 50, order: 'O1' },
    { customer: 'b', date: '2024-06-05', amount: 10, order: 'O2' },
    { customer: 'a', date: '2024-06-02', amount: -20, order: 'O1' },
    { customer: 'b', date: '2024-06-10', amount: 5, order: 'O3' },
    { customer: 'c', date: '2024-06-10', amount: 1 },
    { customer: 'c', date: '2024-06-11', amount: 1 },
    { customer: 'c', date: '2024-06-12', amount: -1 },
    { customer: 'd', date: '2023-01-01', amount: 500, order: 'O4' },
    { customer: 'd', date: '2024-07-15', amount: 999, order: 'O5' },
    { customer: 'e', date: '2024-07-01', amount: 70 },
    { customer: 'g', date: '2024-03-01', amount: Number.NaN },
    { customer: 'g', date: '2024-03-01', amount: 5 },
    { customer: 'h', date: '2024-06-20', amount: 10.1, order: 'O6' },
    { customer: 'h', date: '2024-06-20', amount: 20.2, order: 'O6' },
    { customer: 'h', date: '2024-06-25', amount: -30.3, order: 'O6' },
    { customer: 'z', date: '2024-06-30', amount: 0 },
  ],
  [{ id: 'f' }], // master file only
);
const index = (id: string) => dataset.customers.ids.indexOf(id);
const at = <V,>(values: ArrayLike<V>, id: string) => values[index(id)];

describe('aggregateCustomers(dataset, {asOf, period: ttm, recentDays})', () => {
  const result = aggregateCustomers(dataset, { asOf: T, period: 'ttm', recentDays: 90 });

  test('sums period revenue per customer, refunds included, rows after T and before the period left out', () => {
    // a: 100 + 30 + 50 − 20 = 160; b: 10 + 10 + 5 = 25; c: 1 + 1 − 1 = 1; d: 500 is before T − 364, 999 after T
    expect(at(result.revenue, 'a')).toBe(160);
    expect(at(result.revenue, 'b')).toBe(25);
    expect(at(result.revenue, 'c')).toBe(1);
    expect(at(result.revenue, 'd')).toBe(0);
    expect(at(result.revenue, 'e')).toBe(0);
    // g: the NaN row is skipped
    expect(at(result.revenue, 'g')).toBe(5);
  });

  test('snaps a net that cancels up to rounding to 0', () => {
    // 10.1 + 20.2 − 30.3 is −3.55e-15 in doubles
    expect(at(result.revenue, 'h')).toBe(0);
  });

  test('totals the period revenue of every row: 160 + 25 + 1 + 5 = 191', () => {
    expect(result.totalRevenue).toBe(191);
  });

  test('counts distinct purchase orders per customer, rows without an order id one each', () => {
    // a: O1 (3 rows, one a refund), O2 → 2; b: O3 twice interleaved with a's rows, and O2, which a also uses → 2
    expect(at(result.orders, 'a')).toBe(2);
    expect(at(result.orders, 'b')).toBe(2);
    // c: two purchase rows without order id; the −1 is not a purchase
    expect(at(result.orders, 'c')).toBe(2);
    // d: no order in the period; z: a 0 row is not a purchase
    expect(at(result.orders, 'd')).toBe(0);
    expect(at(result.orders, 'z')).toBe(0);
    expect(at(result.orders, 'h')).toBe(1);
  });

  test('finds first and last purchase ≤ T in any period, and the latest ≤ T − recentDays', () => {
    expect(at(result.firstPurchase, 'a')).toBe(isoToDay('2024-05-01'));
    expect(at(result.lastPurchase, 'a')).toBe(isoToDay('2024-06-01'));
    // T − 90 = 2024-04-01: a bought after it only
    expect(at(result.lastPurchaseBeforeRecent, 'a')).toBe(NO_DAY);
    expect(at(result.firstPurchase, 'd')).toBe(isoToDay('2023-01-01'));
    expect(at(result.lastPurchase, 'd')).toBe(isoToDay('2023-01-01'));
    expect(at(result.lastPurchaseBeforeRecent, 'd')).toBe(isoToDay('2023-01-01'));
    expect(at(result.lastPurchaseBeforeRecent, 'g')).toBe(isoToDay('2024-03-01'));
    for (const id of ['e', 'f', 'z']) expect(at(result.lastPurchase, id)).toBe(NO_DAY);
  });

  test('marks customers present (a row ≤ T) and counted (present, or no row at all)', () => {
    const present = dataset.customers.ids.filter((id) => at(result.present, id) === 1);
    const counted = dataset.customers.ids.filter((id) => at(result.counted, id) === 1);
    expect(present.sort()).toEqual(['a', 'b', 'c', 'd', 'g', 'h', 'z']);
    // e only has a row after T; f has no row at all
    expect(counted.sort()).toEqual(['a', 'b', 'c', 'd', 'f', 'g', 'h', 'z']);
    expect(result.customersTotal).toBe(8);
  });
});

describe('aggregateCustomers with period all and with a mask', () => {
  test('period all keeps every row ≤ T', () => {
    const result = aggregateCustomers(dataset, { asOf: T, period: 'all', recentDays: 90 });
    expect(at(result.revenue, 'd')).toBe(500);
    expect(at(result.orders, 'd')).toBe(1);
    expect(result.totalRevenue).toBe(691);
    expect(result.periodStart).toBe(Number.NEGATIVE_INFINITY);
  });

  test('a mask leaves the other customers out entirely', () => {
    const mask = Uint8Array.from(dataset.customers.ids, (id) => (id === 'a' || id === 'f' ? 0 : 1));
    const result = aggregateCustomers(dataset, { asOf: T, period: 'ttm', recentDays: 90 }, mask);
    expect(at(result.revenue, 'a')).toBe(0);
    expect(at(result.firstPurchase, 'a')).toBe(NO_DAY);
    expect(at(result.counted, 'a')).toBe(0);
    expect(at(result.counted, 'f')).toBe(0);
    // b's O2 is now its alone: still 2 orders
    expect(at(result.orders, 'b')).toBe(2);
    expect(result.totalRevenue).toBe(31);
    expect(result.customersTotal).toBe(6);
  });
});
