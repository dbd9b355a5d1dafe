import { describe, expect, test } from 'vitest';
import { idOrder, majorCustomers, rankCustomers, resolveOptions } from '../../../../src/core/index.ts';
import type { CustomerTable } from '../../../../src/core/index.ts';
import { expectClose } from '../helpers/expectClose.ts';

function table(ids: string[]): CustomerTable {
  return { length: ids.length, ids, names: ids.map((id) => `Name ${id}`), dims: {} as CustomerTable['dims'] };
}

function run(revenues: number[], options = resolveOptions()) {
  const ids = revenues.map((_, i) => `c${String(i).padStart(2, '0')}`);
  const revenue = Float64Array.from(revenues);
  return majorCustomers(revenue, rankCustomers(revenue, idOrder(ids)), table(ids), options);
}

describe('majorCustomers(revenue, rank, customers, options)', () => {
  test('flags customers with ≥ 10 % of the positive revenue, exactly 10 % included, in rank order', () => {
    // positive total 50 + 30 + 10 + 10 = 100 (the −5 refunder is not in it): shares .5 .3 .1 .1
    const exact = run([10, 50, -5, 30, 10]);
    expect(exact.customers.map((c) => [c.id, c.name, c.revenue])).toEqual([
      ['c01', 'Name c01', 50],
      ['c03', 'Name c03', 30],
      ['c00', 'Name c00', 10],
      ['c04', 'Name c04', 10],
    ]);
    expectClose(exact.customers[0].share, 0.5);
    expectClose(exact.customers[3].share, 0.1);
    expect(exact.customers[0].index).toBe(1);
    // one more customer of 0.5: total 100.5, so the two 10s fall just below 10 %
    expect(run([10, 50, -5, 30, 10, 0.5]).customers.map((c) => c.id)).toEqual(['c01', 'c03']);
  });

  test('warns when the top 5 hold more than 50 %, not at exactly 50 %', () => {
    expect(run([10, 50, 30, 10]).dependencyWarning).toBe(true);
    // ten customers of 10: top 5 hold exactly 0.5; every one holds exactly 10 %
    const even = run(Array(10).fill(10));
    expectClose(even.top5Share, 0.5);
    expect(even.dependencyWarning).toBe(false);
    expect(even.customers).toHaveLength(10);
    // twenty of 5: top 5 hold 25 %, nobody 10 %
    const spread = run(Array(20).fill(5));
    expect(spread.dependencyWarning).toBe(false);
    expect(spread.customers).toEqual([]);
  });

  test('uses the thresholds of the options', () => {
    const result = run([40, 30, 20, 10], resolveOptions({ majorCustomerShare: 0.25, top5DependencyShare: 1 }));
    expect(result.customers.map((c) => c.id)).toEqual(['c00', 'c01']);
    expect(result.dependencyWarning).toBe(false);
  });

  test('has no major customer and no warning without revenue', () => {
    expect(run([0, -1])).toEqual({ customers: [], top5Share: null, dependencyWarning: false });
  });
});
