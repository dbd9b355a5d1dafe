import { describe, expect, test } from 'vitest';
import { KPI_GROUPS } from '../../../../../src/ui/views/Overview/kpis.ts';
import { summaryOf } from './summaryOf.ts';

/** Every numeric leaf of an object as `a.b` → value: the second, naive way to list the keys. */
function leaves(value: object, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, child] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (child !== null && typeof child === 'object') for (const [k, v] of leaves(child, path)) out.set(k, v);
    else out.set(path, child);
  }
  return out;
}

describe('KPI_GROUPS', () => {
  // Distinct values per leaf, so a card reading the wrong field shows up.
  const summary = {
    ...summaryOf(7, {
      hhi: 4314, hhiNormalized: 0.28925, effectiveCustomers: 2.3, gini: 0.54, top1Share: 0.6,
      top5Share: 0.99, top10Share: 0.999, top20PctShare: 0.61, paretoCustomerShare80: 0.4,
    }),
    customersTotal: 8,
    revenue: 980,
    tiers: { A: 2, B: 3, C: 1, inactive: 4 },
    lifecycle: { new: 11, reactivated: 12, active: 13, atRisk: 14, dormant: 15, lost: 16 },
  };
  const expected = leaves(summary);
  expected.delete('asOf');
  expected.delete('period');
  const kpis = KPI_GROUPS.flatMap((group) => group.kpis);

  test('has one card per number of the Summary, in no duplicate', () => {
    expect(kpis.map((kpi) => kpi.key).sort()).toEqual([...expected.keys()].sort());
  });

  test('each card reads the value its key names', () => {
    for (const kpi of kpis) expect(kpi.read(summary), kpi.key).toBe(expected.get(kpi.key));
  });
});
