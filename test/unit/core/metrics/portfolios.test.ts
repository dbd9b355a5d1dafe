import { describe, expect, it } from 'vitest';
import { UNCLASSIFIED, portfolios } from '../../../../src/core/index.ts';
import type { CodedColumn } from '../../../../src/core/index.ts';

describe('portfolios(columns, inputs)', () => {
  const owner: CodedColumn = { codes: Int32Array.from([0, 0, 1, 1, -1]), values: ['Li', 'Wang'] };
  const region: CodedColumn = { codes: Int32Array.from([0, 1, 0, 0, 0]), values: ['East', 'West'] };
  const inputs = {
    tiers: Uint8Array.from([0, 1, 0, 2, UNCLASSIFIED]),
    revenue: Float64Array.from([100, -10, 40, 30, 999]),
    // Revenue at risk: customer 2 is in neither stage (0).
    atRisk: Float64Array.from([80, 7, 0, 25, 999]),
  };

  it('sums customers, revenue, A-tier and revenue at risk per owner', () => {
    // Li: customers 0, 1 → revenue 100 − 10 = 90, A 1, at risk 80 + 7 = 87.
    // Wang: customers 2, 3 → revenue 70, A 1, at risk 0 + 25. Customer 4 is not analysed.
    expect(portfolios([owner], inputs)).toEqual([
      { values: ['Li'], customers: 2, revenue: 90, tierA: 1, atRiskRevenue: 87 },
      { values: ['Wang'], customers: 2, revenue: 70, tierA: 1, atRiskRevenue: 25 },
    ]);
  });

  it('groups by owner × region', () => {
    expect(portfolios([owner, region], inputs).map((p) => [...p.values, p.revenue])).toEqual([
      ['Li', 'East', 100],
      ['Wang', 'East', 70],
      ['Li', 'West', -10],
    ]);
  });

  it('keeps customers without a value in a null group, sorted last among equals', () => {
    const rows = portfolios([owner], { ...inputs, tiers: Uint8Array.from([3, 3, 3, 3, 3]), revenue: new Float64Array(5) });
    expect(rows.map((p) => p.values[0])).toEqual(['Li', 'Wang', null]);
  });
});
