import { describe, expect, test } from 'vitest';
import type { ViewRequest } from '../../../src/core/index.ts';
import { analysisOf } from '../../../src/worker/analysisOf.ts';
import { openThreeCustomers } from './helpers/openThreeCustomers.ts';

const open = openThreeCustomers;

const all: ViewRequest = { options: { period: 'ttm' }, filters: {} };
const east: ViewRequest = { options: { period: 'ttm' }, filters: { region: ['East'] } };

describe('analysisOf(open, request)', () => {
  test('applies the filters: East keeps A and C, of whom only A bought in the last 365 days', () => {
    const { summary } = analysisOf(open(), east);
    expect(summary).toMatchObject({ customersTotal: 2, customersWithRevenue: 1, revenue: 100 });
    // Unfiltered: A 100 + B 50 in the period; C's 2023 row is outside it.
    expect(analysisOf(open(), all).summary).toMatchObject({ customersTotal: 3, customersWithRevenue: 2, revenue: 150 });
  });

  test('derives a filtered analysis from the unfiltered one it keeps, with the same numbers', () => {
    const data = open();
    const whole = analysisOf(data, all);
    const filtered = analysisOf(data, east);
    expect(filtered.summary).toMatchObject({ customersTotal: 2, customersWithRevenue: 1, revenue: 100 });
    // A ranks alone (customer index 0); B is outside the filter, C has no revenue in the period.
    expect(Array.from(filtered.rank)).toEqual([0]);
    expect(filtered.aggregates.counted).toEqual(Uint8Array.of(1, 0, 1));
    expect(whole.summary).toMatchObject({ customersTotal: 3, revenue: 150 });
  });

  test('answers the same analysis for an equal request and a new one for another', () => {
    const data = open();
    const first = analysisOf(data, all);
    expect(analysisOf(data, { options: { period: 'ttm' }, filters: {} })).toBe(first);
    expect(analysisOf(data, east)).not.toBe(first);
    expect(analysisOf(open(), all)).not.toBe(first);
  });

  test('keeps the last four unfiltered analyses, and apart from them the last four filtered ones', () => {
    const data = open();
    const first = analysisOf(data, all);
    const firstEast = analysisOf(data, east);
    // Filter changes, each with the year before as the Overview asks: the unfiltered analyses stay.
    for (const region of ['West', '', 'East', 'West']) {
      for (const asOf of [null, 1000]) analysisOf(data, { options: { period: 'ttm', asOf }, filters: { region: [region] } });
    }
    expect(analysisOf(data, all)).toBe(first);
    expect(analysisOf(data, east)).not.toBe(firstEast);
    for (const asOf of [1, 2, 3, 4]) analysisOf(data, { options: { period: 'ttm', asOf }, filters: {} });
    expect(analysisOf(data, all)).not.toBe(first);
  });
});
