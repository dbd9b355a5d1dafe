import type { AnalysisOptions, CustomerTable } from '../model/index.ts';
import { exceeds, reaches } from '../stats/index.ts';
import { rankedRevenues } from './rankedRevenues.ts';
import { shareBase } from './shareBase.ts';
import { topShare } from './topShare.ts';

export interface MajorCustomer {
  /** Index into the customer table. */
  readonly index: number;
  readonly id: string;
  readonly name: string;
  readonly revenue: number;
  readonly share: number;
}

export interface MajorCustomers {
  /** Customers holding ≥ majorCustomerShare of revenue, in rank order. */
  readonly customers: readonly MajorCustomer[];
  /** Share of the largest 5 (null when no customer has revenue > 0). */
  readonly top5Share: number | null;
  /** top5Share > top5DependencyShare. */
  readonly dependencyWarning: boolean;
}

/**
 * Major-customer flags (ASC 280 / IFRS 8 disclose customers ≥ 10 % of revenue) and the dependency
 * warning (top 5 hold > 50 %). Shares use the denominator of every share metric: Σ of the revenues > 0.
 * Both comparisons allow RELATIVE_TOLERANCE, so exactly 10 % is major and exactly 50 % warns not.
 * `rank` comes from rankCustomers (indices with revenue > 0, in order).
 */
export function majorCustomers(
  revenue: Float64Array,
  rank: Int32Array,
  customers: CustomerTable,
  { majorCustomerShare, top5DependencyShare }: Pick<AnalysisOptions, 'majorCustomerShare' | 'top5DependencyShare'>,
  ranked: Float64Array = rankedRevenues(revenue, rank),
): MajorCustomers {
  const { total } = shareBase(ranked);
  const major: MajorCustomer[] = [];
  for (let r = 0; r < rank.length; r++) {
    const index = rank[r];
    const share = revenue[index] / total;
    // Ranked by revenue: once one customer is below the threshold, all the rest are.
    if (!reaches(share, majorCustomerShare)) break;
    major.push({ index, id: customers.ids[index], name: customers.names[index], revenue: revenue[index], share });
  }
  const top5Share = topShare(ranked, 5);
  return { customers: major, top5Share, dependencyWarning: top5Share !== null && exceeds(top5Share, top5DependencyShare) };
}
