import type { Concentration, Summary } from '../../../../../src/core/index.ts';

/** A Summary for view tests: zeros everywhere but the given concentration figures. */
export function summaryOf(customersWithRevenue: number, concentration: Partial<Concentration> = {}): Summary {
  return {
    asOf: '2024-06-30',
    period: 'ttm',
    customersTotal: customersWithRevenue,
    customersWithRevenue,
    revenue: 0,
    concentration: {
      hhi: null,
      hhiNormalized: null,
      effectiveCustomers: null,
      gini: null,
      top1Share: null,
      top5Share: null,
      top10Share: null,
      top20PctShare: null,
      paretoCustomerShare80: null,
      ...concentration,
    },
    tiers: { A: 0, B: 0, C: 0, inactive: 0 },
    lifecycle: { new: 0, reactivated: 0, active: 0, atRisk: 0, dormant: 0, lost: 0 },
  };
}
