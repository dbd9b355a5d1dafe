import { describe, expect, test } from 'vitest';
import { breakdown } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { expectClose } from '../helpers/expectClose.ts';

const dataset = buildDataset(
  [
    { customer: 'A', date: '2024-12-31', amount: 50 },
    { customer: 'B', date: '2024-06-01', amount: 30 },
    { customer: 'C', date: '2024-03-01', amount: 20 },
    { customer: 'D', date: '2024-11-01', amount: -10 },
    { customer: 'F', date: '2024-12-20', amount: 10 },
  ],
  [
    { id: 'A', region: 'North' },
    { id: 'B', region: 'South' },
    { id: 'C', region: 'North' },
    { id: 'D' },
    { id: 'E', region: 'South' }, // no rows
    { id: 'F', region: 'East' },
  ],
);

describe('breakdown(dataset, dimension)', () => {
  const groups = breakdown(dataset, 'region');

  test('one group per value, unknown as null, by revenue descending', () => {
    expect(groups.map((g) => [g.value, g.customers, g.summary.revenue])).toEqual([
      ['North', 2, 70],
      ['South', 2, 30],
      ['East', 1, 10],
      [null, 1, -10],
    ]);
  });

  test('summarizes each group on its own, with the T of the whole data set', () => {
    const [north, south, east, unknown] = groups;
    // North: 50 and 20 of 70 → (25 + 4) / 49 · 10000
    expectClose(north.summary.concentration.hhi, 290000 / 49);
    // C_before: A 0, C 50/70 = .714 → both A
    expect(north.summary.tiers).toEqual({ A: 2, B: 0, C: 0, inactive: 0 });
    expect(south.summary.customersTotal).toBe(2);
    expect(south.summary.tiers).toEqual({ A: 1, B: 0, C: 0, inactive: 1 });
    expect(south.summary.concentration.hhi).toBe(10000);
    expect(east.summary.lifecycle.new).toBe(1);
    expect(unknown.summary.concentration.hhi).toBeNull();
    for (const group of groups) expect(group.summary.asOf).toBe('2024-12-31');
  });

  test('puts every customer in the one null group for a dimension nobody has', () => {
    const [only] = breakdown(dataset, 'channel');
    expect(only.value).toBeNull();
    expect(only.customers).toBe(6);
    expect(only.summary.revenue).toBe(100);
  });

  test('equal revenues are ordered by value, null last', () => {
    const tied = buildDataset(
      [
        { customer: 'x', date: '2024-01-01', amount: 5 },
        { customer: 'y', date: '2024-01-01', amount: 5 },
        { customer: 'z', date: '2024-01-01', amount: 5 },
      ],
      [{ id: 'x', owner: 'b' }, { id: 'y' }, { id: 'z', owner: 'B' }],
    );
    expect(breakdown(tied, 'owner').map((g) => g.value)).toEqual(['B', 'b', null]);
  });

  test('groups only the customers a mask keeps', () => {
    // Keep A, B, D (indices 0, 1, 3): North = A 50, South = B 30 (E is masked out), unknown = D −10.
    const mask = Uint8Array.from([1, 1, 0, 1, 0, 0]);
    expect(breakdown(dataset, 'region', {}, mask).map((g) => [g.value, g.customers, g.summary.revenue])).toEqual([
      ['North', 1, 50],
      ['South', 1, 30],
      [null, 1, -10],
    ]);
  });
});
