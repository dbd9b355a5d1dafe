import { describe, expect, test } from 'vitest';
import { abcTiers, aggregateCustomers, idOrder, paretoCustomerShare, rankCustomers, rankedRevenues, TIERS, UNCLASSIFIED } from '../../../../src/core/index.ts';
import type { RowInput } from '../helpers/buildDataset.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

const DATE = '2024-06-30';

function tiersOf(revenues: Record<string, number>, extra: RowInput[] = [], thresholds = { a: 0.8, b: 0.95 }) {
  const rows = Object.entries(revenues).map(([customer, amount]) => ({ customer, date: DATE, amount }));
  const dataset = buildDataset([...rows, ...extra], [{ id: 'master-only' }]);
  const aggregates = aggregateCustomers(dataset, { asOf: isoToDay(DATE), period: 'ttm', recentDays: 90 });
  const rank = rankCustomers(aggregates.revenue, idOrder(dataset.customers.ids));
  const result = abcTiers(aggregates, rank, thresholds);
  const tierOf = Object.fromEntries(dataset.customers.ids.map((id, c) => [id, result.codes[c] === UNCLASSIFIED ? null : TIERS[result.codes[c]]]));
  return { ...result, tierOf, pareto: paretoCustomerShare(rankedRevenues(aggregates.revenue, rank)), n: rank.length };
}

describe('abcTiers(aggregates, rank, {a, b})', () => {
  test('A while the share before is < 80 %, B while < 95 %, else C', () => {
    // 90, 5, 4, 1 (Σ 100): C_before 0 → A, .90 → B, .95 → C (not < .95), .99 → C
    const { tierOf, counts } = tiersOf({ w: 90, x: 5, y: 4, z: 1 });
    expect(tierOf).toMatchObject({ w: 'A', x: 'B', y: 'C', z: 'C' });
    expect(counts).toEqual({ A: 1, B: 1, C: 2, inactive: 1 });
  });

  test('a share before of exactly 80 % is B, even when binary rounding makes it 0.7999999999999999', () => {
    // 50, 30, 20: C_before 0, .5 → A; .8 → B
    expect(tiersOf({ p: 50, q: 30, r: 20 }).tierOf).toMatchObject({ p: 'A', q: 'A', r: 'B' });
    // 2.4, 0.3, 0.3: C_before of the second is 2.4 / 3 = 0.7999999999999999 in doubles → B; the third .9 → B
    expect(tiersOf({ p: 2.4, q: 0.3, r: 0.3 }).tierOf).toMatchObject({ p: 'A', q: 'B', r: 'B' });
  });

  test('tier A holds paretoCustomerShare · n customers', () => {
    const cases: Record<string, number>[] = [{ p: 50, q: 30, r: 20 }, { p: 2.4, q: 0.3, r: 0.3 }, { a: 1, b: 1, c: 1, d: 1, e: 1 }];
    for (const revenues of cases) {
      const { counts, pareto, n } = tiersOf(revenues);
      expect(counts.A).toBe(Math.round(pareto! * n));
    }
  });

  test('ties are ranked by id: of equal customers the smaller id comes first', () => {
    // 40, 40, 20: 'B' < 'b' in code units; C_before: B 0 → A, b .4 → A, c .8 → B
    expect(tiersOf({ b: 40, B: 40, c: 20 }).tierOf).toMatchObject({ B: 'A', b: 'A', c: 'B' });
    // 45, 45, 10 with a = 0.45: 'B' first (0 → A), 'b' at .45 → B (not < .45), c at .9 → B
    expect(tiersOf({ b: 45, B: 45, c: 10 }, [], { a: 0.45, b: 0.95 }).tierOf).toMatchObject({ B: 'A', b: 'B', c: 'B' });
  });

  test('customers with period revenue ≤ 0 and master-file customers are inactive; A + B + C + inactive = customersTotal', () => {
    const { tierOf, counts } = tiersOf({ p: 50, zero: 0, refunds: -10 }, [{ customer: 'later', date: '2024-07-01', amount: 5 }]);
    expect(tierOf).toMatchObject({ p: 'A', zero: 'inactive', refunds: 'inactive', 'master-only': 'inactive', later: null });
    expect(counts).toEqual({ A: 1, B: 0, C: 0, inactive: 3 });
  });

  test('no customer with revenue: everyone counted is inactive', () => {
    expect(tiersOf({ refunds: -10 }).counts).toEqual({ A: 0, B: 0, C: 0, inactive: 2 });
  });
});
