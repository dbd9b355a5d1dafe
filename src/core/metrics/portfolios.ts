import { NO_CODE } from '../model/index.ts';
import type { CodedColumn } from '../model/index.ts';
import { Adder } from '../stats/index.ts';
import { UNCLASSIFIED } from './unclassified.ts';

/** Per-customer inputs of the portfolios, every array indexed like the customer table. */
export interface PortfolioInputs {
  /** abcTiers codes (0 = A; UNCLASSIFIED = not in the analysis). */
  readonly tiers: Uint8Array;
  /** Period revenue. */
  readonly revenue: Float64Array;
  /** Revenue at risk per customer (revenueAtRisk's `revenue`: 0 for customers neither atRisk nor dormant). */
  readonly atRisk: Float64Array;
}

export interface Portfolio {
  /** The group's value in each grouping column, null for "none". */
  readonly values: readonly (string | null)[];
  readonly customers: number;
  /** Σ period revenue of the group's customers, refunds included (the groups add up to `revenue`). */
  readonly revenue: number;
  readonly tierA: number;
  /** Σ revenue at risk of the group's customers (see revenueAtRisk): the groups add up to its total. */
  readonly atRiskRevenue: number;
}

/**
 * Customers of the analysis grouped by their values in `columns` (owner; owner × region): customers,
 * revenue, A-tier count and revenue at risk per group. Groups no customer is in are left out. Sorted
 * by revenue descending, then by values (code-unit order, null last, column by column).
 */
export function portfolios(columns: readonly CodedColumn[], { tiers, revenue, atRisk }: PortfolioInputs): Portfolio[] {
  const groups = new Map<number, { values: (string | null)[]; customers: number; revenue: Adder; tierA: number; atRisk: Adder }>();
  for (let c = 0; c < tiers.length; c++) {
    if (tiers[c] === UNCLASSIFIED) continue;
    // The codes as one number: digits in base (values + 1) per column, NO_CODE as digit 0.
    let key = 0;
    for (let k = 0; k < columns.length; k++) key = key * (columns[k].values.length + 1) + columns[k].codes[c] + 1;
    let group = groups.get(key);
    if (group === undefined) {
      const values = columns.map((column) => (column.codes[c] === NO_CODE ? null : column.values[column.codes[c]]));
      groups.set(key, (group = { values, customers: 0, revenue: new Adder(), tierA: 0, atRisk: new Adder() }));
    }
    group.customers++;
    group.revenue.add(revenue[c]);
    if (tiers[c] === 0) group.tierA++;
    group.atRisk.add(atRisk[c]);
  }
  return Array.from(groups.values(), (g) => ({
    values: g.values,
    customers: g.customers,
    revenue: +g.revenue,
    tierA: g.tierA,
    atRiskRevenue: +g.atRisk,
  })).sort((x, y) => y.revenue - x.revenue || compareValues(x.values, y.values));
}

function compareValues(x: readonly (string | null)[], y: readonly (string | null)[]): number {
  for (let k = 0; k < x.length; k++) {
    if (x[k] === y[k]) continue;
    if (x[k] === null) return 1;
    if (y[k] === null) return -1;
    return (x[k] as string) < (y[k] as string) ? -1 : 1;
  }
  return 0;
}
