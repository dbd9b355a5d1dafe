/** Result shapes of the metrics (SPEC §2, §3). Shares are fractions in [0, 1]. */

export interface Concentration {
  readonly hhi: number | null;
  readonly hhiNormalized: number | null;
  readonly effectiveCustomers: number | null;
  readonly gini: number | null;
  readonly top1Share: number | null;
  readonly top5Share: number | null;
  readonly top10Share: number | null;
  readonly top20PctShare: number | null;
  readonly paretoCustomerShare80: number | null;
}

export type Tier = 'A' | 'B' | 'C' | 'inactive';
export const TIERS: readonly Tier[] = ['A', 'B', 'C', 'inactive'];
export type TierCounts = Readonly<Record<Tier, number>>;

export type LifecycleStage = 'new' | 'reactivated' | 'active' | 'atRisk' | 'dormant' | 'lost';
export const LIFECYCLE_STAGES: readonly LifecycleStage[] = ['new', 'reactivated', 'active', 'atRisk', 'dormant', 'lost'];
export type LifecycleCounts = Readonly<Record<LifecycleStage, number>>;

export type HhiBand = 'unconcentrated' | 'moderate' | 'high';

export type RfmSegment =
  | 'champions'
  | 'loyal'
  | 'potentialLoyalist'
  | 'new'
  | 'promising'
  | 'needAttention'
  | 'aboutToSleep'
  | 'atRisk'
  | 'cannotLoseThem'
  | 'hibernating'
  | 'lost';
export const RFM_SEGMENTS: readonly RfmSegment[] = [
  'champions', 'loyal', 'potentialLoyalist', 'new', 'promising', 'needAttention',
  'aboutToSleep', 'atRisk', 'cannotLoseThem', 'hibernating', 'lost',
];
export type RfmSegmentCounts = Readonly<Record<RfmSegment, number>>;

/** The numbers of the CLI's JSON and the Overview (SPEC §3). */
export interface Summary {
  /** As-of date T as YYYY-MM-DD; null when the data set has no dated row. */
  readonly asOf: string | null;
  readonly period: 'ttm' | 'all';
  readonly customersTotal: number;
  readonly customersWithRevenue: number;
  readonly revenue: number;
  readonly concentration: Concentration;
  readonly tiers: TierCounts;
  readonly lifecycle: LifecycleCounts;
}
