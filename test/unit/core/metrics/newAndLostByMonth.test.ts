import { describe, expect, test } from 'vitest';
import { aggregateCustomers, newAndLostByMonth } from '../../../../src/core/index.ts';
import type { RowInput } from '../helpers/buildDataset.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { generateDataset } from '../helpers/generateDataset.ts';
import { dayToIso, isoToDay } from '../helpers/isoToDay.ts';

const T = isoToDay('2024-03-15');

// Worked by hand (lost window 365 days):
// x buys 2023-01-10 and 2023-02-05 → new 2023-01; lost on 2023-02-05 + 365 = 2024-02-05 (no 29 Feb in between) → lost 2024-02.
// z buys 2023-01-31 and 2024-03-01 → new 2023-01; last + 365 is after T → not lost.
// y buys 2023-03-20 → new 2023-03; lost on 2024-03-19 > T → not lost (yet).
// u buys 2023-03-16 → new 2023-03; lost on 2023-03-16 + 365 = 2024-03-15 = T (2024-02-29 in between) → lost 2024-03.
// v buys on T → new 2024-03. w only has a refund: no purchase, counted nowhere. t buys after T: ignored.
const rows: RowInput[] = [
  { customer: 'x', date: '2023-01-10', amount: 100 },
  { customer: 'x', date: '2023-02-05', amount: 50 },
  { customer: 'z', date: '2024-03-01', amount: 10 },
  { customer: 'z', date: '2023-01-31', amount: 10 },
  { customer: 'y', date: '2023-03-20', amount: 70 },
  { customer: 'u', date: '2023-03-16', amount: 30 },
  { customer: 'v', date: '2024-03-15', amount: 30 },
  { customer: 'w', date: '2023-05-01', amount: -50 },
  { customer: 't', date: '2024-03-20', amount: 40 },
];

function months(mask?: Uint8Array) {
  const dataset = buildDataset(rows);
  const aggregates = aggregateCustomers(dataset, { asOf: T, period: 'ttm', recentDays: 90 }, mask);
  return { dataset, result: newAndLostByMonth(aggregates, 365) };
}

describe('newAndLostByMonth(aggregates, lostDays)', () => {
  test('one entry per month from the first purchase to T; new by first purchase, lost by last + window ≤ T', () => {
    const { result } = months();
    expect(result.map((m) => m.month)).toEqual([
      '2023-01', '2023-02', '2023-03', '2023-04', '2023-05', '2023-06', '2023-07', '2023-08',
      '2023-09', '2023-10', '2023-11', '2023-12', '2024-01', '2024-02', '2024-03',
    ]);
    const nonZero = result.filter((m) => m.new > 0 || m.lost > 0);
    expect(nonZero).toEqual([
      { month: '2023-01', new: 2, lost: 0 },
      { month: '2023-03', new: 2, lost: 0 },
      { month: '2024-02', new: 0, lost: 1 },
      { month: '2024-03', new: 1, lost: 1 },
    ]);
  });

  test('a customer mask keeps only its customers', () => {
    const dataset = buildDataset(rows);
    const mask = Uint8Array.from(dataset.customers.ids, (id) => (id === 'x' ? 0 : 1));
    const { result } = months(mask);
    // Without x: 2023-01 has only z; nobody is lost in 2024-02.
    expect(result.find((m) => m.month === '2023-01')).toEqual({ month: '2023-01', new: 1, lost: 0 });
    expect(result.find((m) => m.month === '2024-02')).toEqual({ month: '2024-02', new: 0, lost: 0 });
  });

  test('no purchase at all gives no months', () => {
    const dataset = buildDataset([{ customer: 'w', date: '2023-05-01', amount: -5 }]);
    const aggregates = aggregateCustomers(dataset, { asOf: T, period: 'all', recentDays: 90 });
    expect(newAndLostByMonth(aggregates, 365)).toEqual([]);
  });

  test('agrees with a naive count on a generated data set', () => {
    const { rows: generated, customers } = generateDataset(5, 3000);
    const dataset = buildDataset(generated, customers);
    const asOf = isoToDay('2024-09-30');
    const aggregates = aggregateCustomers(dataset, { asOf, period: 'ttm', recentDays: 90 });
    const result = newAndLostByMonth(aggregates, 180);

    // Naive: first / last purchase per customer id with Date-based ISO strings, then tallies by 'YYYY-MM'.
    const first = new Map<string, number>();
    const last = new Map<string, number>();
    for (const row of generated) {
      const day = isoToDay(row.date);
      if (!(row.amount > 0) || day > asOf) continue;
      first.set(row.customer, Math.min(first.get(row.customer) ?? Infinity, day));
      last.set(row.customer, Math.max(last.get(row.customer) ?? -Infinity, day));
    }
    const added = new Map<string, number>();
    const lost = new Map<string, number>();
    for (const day of first.values()) added.set(dayToIso(day).slice(0, 7), (added.get(dayToIso(day).slice(0, 7)) ?? 0) + 1);
    for (const day of last.values()) {
      if (day + 180 > asOf) continue;
      const key = dayToIso(day + 180).slice(0, 7);
      lost.set(key, (lost.get(key) ?? 0) + 1);
    }
    expect(result.at(-1)!.month).toBe('2024-09');
    expect(result[0].month).toBe(dayToIso(Math.min(...first.values())).slice(0, 7));
    for (const point of result) {
      expect(point.new, point.month).toBe(added.get(point.month) ?? 0);
      expect(point.lost, point.month).toBe(lost.get(point.month) ?? 0);
    }
    expect(result.reduce((s, p) => s + p.new, 0)).toBe(first.size);
    expect(result.reduce((s, p) => s + p.lost, 0)).toBeGreaterThan(100);
  });
});
