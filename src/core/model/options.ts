/** Every threshold a metric uses; all are user settings with these defaults (SPEC §2). */

export type PeriodKind = 'ttm' | 'all';
export type HhiBandSystem = '2023' | '2010';

export interface TierThresholds {
  /** A while the cumulative share before the customer is below this. */
  readonly a: number;
  /** B while below this, else C. */
  readonly b: number;
}

export interface LifecycleWindows {
  /** Days that make a purchase "recent" (new / active / reactivated). */
  readonly recent: number;
  /** Last purchase older than `recent` but within this many days: at risk. */
  readonly atRisk: number;
  /** Last purchase older than `atRisk` but within this many days: dormant; older: lost. */
  readonly lost: number;
}

export interface AnalysisOptions {
  /** As-of day T (days since epoch); null = latest transaction day in the data set. */
  readonly asOf: number | null;
  readonly period: PeriodKind;
  readonly tiers: TierThresholds;
  readonly lifecycle: LifecycleWindows;
  readonly hhiBands: HhiBandSystem;
  /** A customer at or above this share of revenue is a major customer (ASC 280 / IFRS 8). */
  readonly majorCustomerShare: number;
  /** Dependency warning when the top 5 hold more than this share. */
  readonly top5DependencyShare: number;
}

export const DEFAULT_OPTIONS: AnalysisOptions = {
  asOf: null,
  period: 'ttm',
  tiers: { a: 0.8, b: 0.95 },
  lifecycle: { recent: 90, atRisk: 180, lost: 365 },
  hhiBands: '2023',
  majorCustomerShare: 0.1,
  top5DependencyShare: 0.5,
};
