import { describe, expect, test } from 'vitest';
import type { Dataset, ViewRequest } from '../../../../src/core/index.ts';
import { createTiersHandlers } from '../../../../src/worker/views/tiersHandlers.ts';
import type { TiersApi } from '../../../../src/worker/views/tiersHandlers.ts';
import { buildDataset } from '../../core/helpers/buildDataset.ts';
import { openStore, sessionWith, valueOf } from '../helpers/viewHandlers.ts';

function handlersFor(dataset: Dataset): TiersApi {
  return createTiersHandlers(sessionWith(dataset), openStore);
}

// T = 2024-12-31 (latest row); previous as-of = T − 365 = 2024-01-01 (2024 is a leap year).
// Current ttm [2024-01-02, 2024-12-31]: p 600, q 300, r 100, s −20 (refund only), t 0 (its row is 2023);
// Σr (positive) = 1000; before-shares p 0 → A, q .6 → A, r .9 → B; s, t inactive.
// Previous ttm [2023-01-02, 2024-01-01]: q 500, r 400, t 100; Σ 1000; q 0 → A, r .5 → A, t .9 → B;
// p and s have no row ≤ 2024-01-01 → new.
// Migration: p new → A, q A → A, r A → B, s new → inactive, t B → inactive.
const rows = [
  { customer: 'p', date: '2024-06-01', amount: 600, order: 'o1' },
  { customer: 'q', date: '2024-05-01', amount: 300, order: 'o2' },
  { customer: 'q', date: '2023-06-01', amount: 500, order: 'o3' },
  { customer: 'r', date: '2024-12-31', amount: 100, order: 'o4' },
  { customer: 'r', date: '2023-07-01', amount: 400, order: 'o5' },
  { customer: 's', date: '2024-03-01', amount: -20 },
  { customer: 't', date: '2023-08-01', amount: 100, order: 'o6' },
];

describe('tiers handler', () => {
  const api = handlersFor(buildDataset(rows, [{ id: 'p', name: 'P Ltd' }]));
  const request: ViewRequest = { options: {}, filters: {} };

  test('tiers with revenue and share, the migration since T − 365 and the movers', async () => {
    const result = valueOf(await api.tiers(request));
    expect(result.asOf).toBe('2024-12-31');
    expect(result.previousAsOf).toBe('2024-01-01');
    expect(result.tiers).toEqual([
      { tier: 'A', customers: 2, revenue: 900, share: 0.9 },
      { tier: 'B', customers: 1, revenue: 100, share: 0.1 },
      { tier: 'C', customers: 0, revenue: 0, share: 0 },
      { tier: 'inactive', customers: 2, revenue: -20, share: null },
    ]);
    expect(result.migration.from).toEqual(['A', 'B', 'C', 'inactive', 'new']);
    expect(result.migration.counts).toEqual([
      [1, 1, 0, 0], // A then: q → A, r → B
      [0, 0, 0, 1], // B then: t → inactive
      [0, 0, 0, 0],
      [0, 0, 0, 0],
      [1, 0, 0, 1], // new: p → A, s → inactive
    ]);
    // Nobody moved up (p is new); r fell A → B (100 − 400 = −300), t fell B → inactive (0 − 100).
    expect(result.movedUp).toEqual([]);
    expect(result.fell.map((m) => [m.id, m.from, m.to, m.previousRevenue, m.revenue, m.change])).toEqual([
      ['r', 'A', 'B', 400, 100, -300],
      ['t', 'B', 'inactive', 100, 0, -100],
    ]);
    expect(result.segments.reduce((s, row) => s + row.customers, 0)).toBe(4); // p q r t have purchases
  });

  test('thresholds and filters of the request apply to both periods', async () => {
    // a = 0.5: p (before 0) → A, q (.6) → B, r (.9) → B.
    const result = valueOf(await api.tiers({ options: { tiers: { a: 0.5, b: 0.95 } }, filters: {} }));
    expect(result.thresholds).toEqual({ a: 0.5, b: 0.95 });
    expect(result.tiers.map((row) => row.customers)).toEqual([1, 2, 0, 2]);
  });
});
