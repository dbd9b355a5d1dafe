import { describe, expect, test } from 'vitest';
import { cohortRetention } from '../../../../src/core/index.ts';
import type { RowInput } from '../helpers/buildDataset.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { generateDataset } from '../helpers/generateDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

const T = isoToDay('2024-03-15');

// Worked by hand, cohorts = months of first purchase:
// a: first 2023-12-20, again 2024-01-05 → cohort 2023-12, active 2023-12 and 2024-01.
// b: 2024-01-10, 2024-01-20, 2024-03-01 → cohort 2024-01, active months +0 and +2.
// c: 2024-01-31, a refund in 2024-02 (not a purchase) → cohort 2024-01, +0 only.
// d: 2024-02-01, 2024-03-10, and 2024-03-20 after T (ignored) → cohort 2024-02, +0 and +1.
// f: a zero row in 2024-01 (not a purchase), buys 2024-02-20 → cohort 2024-02, +0.
// e: buys on T → cohort 2024-03, +0. g: refund only → no cohort.
// 2024-01: size 2, retained [2, 0, 1] → [1, 0, 0.5]; 2024-02: size 2, [2, 1] → [1, 0.5]; 2024-03: size 1, [1] → [1].
const rows: RowInput[] = [
  { customer: 'a', date: '2023-12-20', amount: 10 },
  { customer: 'a', date: '2024-01-05', amount: 10 },
  { customer: 'b', date: '2024-01-20', amount: 10 },
  { customer: 'b', date: '2024-01-10', amount: 10 },
  { customer: 'b', date: '2024-03-01', amount: 10 },
  { customer: 'c', date: '2024-01-31', amount: 10 },
  { customer: 'c', date: '2024-02-10', amount: -5 },
  { customer: 'd', date: '2024-02-01', amount: 10 },
  { customer: 'd', date: '2024-03-10', amount: 10 },
  { customer: 'd', date: '2024-03-20', amount: 10 },
  { customer: 'f', date: '2024-01-05', amount: 0 },
  { customer: 'f', date: '2024-02-20', amount: 10 },
  { customer: 'e', date: '2024-03-15', amount: 10 },
  { customer: 'g', date: '2024-01-15', amount: -10 },
];

describe('cohortRetention(dataset, asOf, customerMask, cohorts)', () => {
  test('the last `cohorts` months ending with T’s month, one cell per month up to T', () => {
    expect(cohortRetention(buildDataset(rows), T, undefined, 3)).toEqual([
      { cohort: '2024-01', size: 2, retained: [2, 0, 1], share: [1, 0, 0.5] },
      { cohort: '2024-02', size: 2, retained: [2, 1], share: [1, 0.5] },
      { cohort: '2024-03', size: 1, retained: [1], share: [1] },
    ]);
  });

  test('older cohorts enter with more cohorts; an empty month is a cohort of size 0 with null shares', () => {
    const result = cohortRetention(buildDataset(rows), T, undefined, 5);
    expect(result[0]).toEqual({ cohort: '2023-11', size: 0, retained: [0, 0, 0, 0, 0], share: [null, null, null, null, null] });
    // a: 2023-12 and 2024-01 → [1, 1, 0, 0].
    expect(result[1]).toEqual({ cohort: '2023-12', size: 1, retained: [1, 1, 0, 0], share: [1, 1, 0, 0] });
  });

  test('a customer mask keeps only its customers', () => {
    const dataset = buildDataset(rows);
    const mask = Uint8Array.from(dataset.customers.ids, (id) => (id === 'b' ? 0 : 1));
    // Without b, 2024-01 holds only c: [1, 0, 0].
    expect(cohortRetention(dataset, T, mask, 3)[0]).toEqual({ cohort: '2024-01', size: 1, retained: [1, 0, 0], share: [1, 0, 0] });
  });

  test('more than 32 cohorts is a bug', () => {
    expect(() => cohortRetention(buildDataset(rows), T, undefined, 33)).toThrow(RangeError);
  });

  test('agrees with a naive count on a generated data set', () => {
    const { rows: generated, customers } = generateDataset(11, 3000);
    const dataset = buildDataset(generated, customers);
    const asOf = isoToDay('2024-10-17');
    const result = cohortRetention(dataset, asOf, undefined, 24);

    // Naive: month strings through Date, Maps keyed by customer id.
    const month = (iso: string) => iso.slice(0, 7);
    const shift = (key: string, k: number) => {
      const date = new Date(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1 + k, 1));
      return date.toISOString().slice(0, 7);
    };
    const purchases = generated.filter((row) => row.amount > 0 && isoToDay(row.date) <= asOf);
    const first = new Map<string, string>();
    const active = new Map<string, Set<string>>();
    for (const row of purchases) {
      const previous = first.get(row.customer);
      if (previous === undefined || row.date < previous) first.set(row.customer, row.date);
      if (!active.has(row.customer)) active.set(row.customer, new Set());
      active.get(row.customer)!.add(month(row.date));
    }
    const last = '2024-10';
    expect(result.map((r) => r.cohort)).toEqual(Array.from({ length: 24 }, (_, i) => shift(last, i - 23)));
    let checked = 0;
    for (const row of result) {
      const members = [...first].filter(([, date]) => month(date) === row.cohort).map(([id]) => id);
      expect(row.size).toBe(members.length);
      const expected = row.retained.map((_, k) => members.filter((id) => active.get(id)!.has(shift(row.cohort, k))).length);
      expect(row.retained).toEqual(expected);
      expect(row.retained.length).toBe(24 - result.indexOf(row));
      checked += members.length;
    }
    expect(checked).toBeGreaterThan(200);
  });

  test('32 cohorts: a purchase 31 months after the first cohort is its last cell; a customer who first bought before is in none', () => {
    // T 2024-03-15 → the first of 32 cohorts is 2021-08. x buys then and in T's month; y first bought in 2021-07.
    const table = cohortRetention(
      buildDataset([
        { customer: 'x', date: '2021-08-10', amount: 10 },
        { customer: 'x', date: '2024-03-01', amount: 10 },
        { customer: 'y', date: '2021-07-31', amount: 10 },
        { customer: 'y', date: '2021-08-02', amount: 10 },
        { customer: 'y', date: '2024-01-01', amount: 10 },
      ]),
      T,
      undefined,
      32,
    );
    expect(table).toHaveLength(32);
    expect(table[0]).toEqual({ cohort: '2021-08', size: 1, retained: [1, ...new Array(30).fill(0), 1], share: [1, ...new Array(30).fill(0), 1] });
    expect(table.slice(1).every((row) => row.size === 0)).toBe(true);
  });
});

