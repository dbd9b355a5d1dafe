import { describe, expect, test } from 'vitest';
import { analyze, DEFAULT_OPTIONS, summarize, TIERS } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

const dataset = buildDataset(
  [
    { customer: 'a', date: '2024-05-01', amount: 60 },
    { customer: 'b', date: '2024-05-02', amount: 30 },
    { customer: 'c', date: '2024-05-03', amount: 10 },
  ],
  [{ id: 'm', name: 'Master' }],
);

describe('analyze(dataset, options, mask)', () => {
  const result = analyze(dataset);

  test('resolves the options and T', () => {
    expect(result.options).toEqual(DEFAULT_OPTIONS);
    expect(result.asOf).toBe(isoToDay('2024-05-03'));
  });

  test('returns per-customer arrays indexed like the customer table', () => {
    const ids = dataset.customers.ids;
    expect(ids).toEqual(['m', 'a', 'b', 'c']);
    expect(Array.from(result.aggregates.revenue)).toEqual([0, 60, 30, 10]);
    expect(Array.from(result.rank, (c) => ids[c])).toEqual(['a', 'b', 'c']);
    expect(Array.from(result.rankedRevenues)).toEqual([60, 30, 10]);
    // C_before: a 0 → A, b .6 → A, c .9 → B; m inactive
    expect(Array.from(result.tiers.codes, (code) => TIERS[code])).toEqual(['inactive', 'A', 'A', 'B']);
    expect(result.rfm.segments).toHaveLength(4);
  });

  test('flags major customers: a 60 %, b 30 %, c exactly 10 %', () => {
    expect(result.major.customers.map((c) => c.id)).toEqual(['a', 'b', 'c']);
    expect(result.major.dependencyWarning).toBe(true);
  });

  test('its summary is summarize()', () => {
    expect(result.summary).toEqual(summarize(dataset));
  });

  test('with a mask analyses only the masked customers, with the data set T', () => {
    const masked = analyze(dataset, { period: 'all' }, Uint8Array.from([0, 1, 1, 0]));
    expect(masked.asOf).toBe(isoToDay('2024-05-03'));
    expect(masked.summary.customersTotal).toBe(2);
    expect(masked.summary.revenue).toBe(90);
    expect(masked.summary.tiers).toEqual({ A: 2, B: 0, C: 0, inactive: 0 });
  });
});
