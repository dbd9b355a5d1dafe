import { LIFECYCLE_STAGES, TIERS } from '../../../core/index.ts';
import type { Concentration, LifecycleStage, Summary, Tier } from '../../../core/index.ts';

/** A metric key of SPEC §2 as the `data-metric` hook spells it. */
export type MetricKey =
  | 'revenue'
  | 'customersTotal'
  | 'customersWithRevenue'
  | `concentration.${keyof Concentration}`
  | `tiers.${Tier}`
  | `lifecycle.${LifecycleStage}`;

/** How a value is shown: amount with 2 decimals, count, share as percent, HHI with its band, index with 3 decimals, decimal with 1. */
export type KpiFormat = 'amount' | 'count' | 'share' | 'hhi' | 'index' | 'decimal1';

export interface Kpi {
  readonly key: MetricKey;
  readonly format: KpiFormat;
  readonly read: (summary: Summary) => number | null;
}

export interface KpiGroup {
  readonly id: 'customers' | 'concentration' | 'tiers' | 'lifecycle';
  readonly kpis: readonly Kpi[];
}

// A Record over every key, so a metric added to the Summary type fails to compile until it has a card.
const CONCENTRATION_FORMATS: Readonly<Record<keyof Concentration, KpiFormat>> = {
  hhi: 'hhi',
  hhiNormalized: 'index',
  effectiveCustomers: 'decimal1',
  gini: 'index',
  top1Share: 'share',
  top5Share: 'share',
  top10Share: 'share',
  top20PctShare: 'share',
  paretoCustomerShare80: 'share',
};

/** Every number of the Summary, grouped as the Overview shows them. */
export const KPI_GROUPS: readonly KpiGroup[] = [
  {
    id: 'customers',
    kpis: [
      { key: 'revenue', format: 'amount', read: (s) => s.revenue },
      { key: 'customersTotal', format: 'count', read: (s) => s.customersTotal },
      { key: 'customersWithRevenue', format: 'count', read: (s) => s.customersWithRevenue },
    ],
  },
  {
    id: 'concentration',
    kpis: (Object.keys(CONCENTRATION_FORMATS) as (keyof Concentration)[]).map((name) => ({
      key: `concentration.${name}`,
      format: CONCENTRATION_FORMATS[name],
      read: (s: Summary) => s.concentration[name],
    })),
  },
  {
    id: 'tiers',
    kpis: TIERS.map((tier) => ({ key: `tiers.${tier}`, format: 'count', read: (s: Summary) => s.tiers[tier] })),
  },
  {
    id: 'lifecycle',
    kpis: LIFECYCLE_STAGES.map((stage) => ({
      key: `lifecycle.${stage}`,
      format: 'count',
      read: (s: Summary) => s.lifecycle[stage],
    })),
  },
];
