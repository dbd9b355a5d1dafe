import { LIFECYCLE_STAGES } from '../model/index.ts';
import type { LifecycleStage } from '../model/index.ts';
import { Leaders, reaches } from '../stats/index.ts';
import type { PurchaseIntervals } from './purchaseIntervals.ts';
import { UNCLASSIFIED } from './unclassified.ts';

export interface CallListInputs {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  readonly intervals: PurchaseIntervals;
  /** abcTiers codes (0 = A, 1 = B). */
  readonly tiers: Uint8Array;
  /** lifecycleStages codes (index into LIFECYCLE_STAGES). */
  readonly stages: Uint8Array;
  /** Revenue at stake per customer: its revenue of the 365 days [T − 364, T]. */
  readonly atStake: Float64Array;
}

export interface CallListOptions {
  /** Entries kept. */
  readonly limit?: number;
  /** Overdue ratio from which an A/B customer is on the list. */
  readonly overdueAt?: number;
}

export interface CallEntry {
  readonly id: string;
  readonly name: string;
  readonly tier: 'A' | 'B';
  readonly stage: LifecycleStage | null;
  readonly atStake: number;
  readonly daysSince: number;
  readonly interval: number | null;
  /** True when `interval` is the customer's own rhythm, false when the data set's. */
  readonly ownInterval: boolean;
  readonly overdue: number | null;
  /** atStake × overdue (× 1 when no interval is known): the ranking key. */
  readonly score: number;
  /** Why the customer is on the list: overdue ≥ overdueAt, stage atRisk, or both. */
  readonly isOverdue: boolean;
  readonly isAtRisk: boolean;
}

const AT_RISK = LIFECYCLE_STAGES.indexOf('atRisk');

/**
 * The customers to call this week: A- and B-tier customers whose overdue ratio reaches `overdueAt`
 * (default 1.5: half as long again as their usual gap) or who are in the atRisk stage, ranked by
 * revenue at stake × overdue ratio (the customers worth most and most behind first), ties by id
 * (code-unit order), the first `limit` (default 25) kept. A customer without any known interval
 * (only when no customer of the data set has three purchase days) ranks by revenue alone.
 */
export function callList({ ids, names, intervals, tiers, stages, atStake }: CallListInputs, { limit = 25, overdueAt = 1.5 }: CallListOptions = {}): CallEntry[] {
  const { overdue, daysSince, interval, own } = intervals;
  const score = (c: number) => atStake[c] * (Number.isFinite(overdue[c]) ? overdue[c] : 1);
  // Thousands of A/B customers may be behind: keep the first `limit` as they come instead of sorting them all.
  const leaders = new Leaders(limit, (x, y) => score(y) - score(x) || (ids[x] < ids[y] ? -1 : ids[x] > ids[y] ? 1 : 0));
  for (let c = 0; c < tiers.length; c++) {
    if (tiers[c] !== 0 && tiers[c] !== 1) continue;
    if (reaches(overdue[c], overdueAt) || stages[c] === AT_RISK) leaders.offer(c);
  }
  return leaders.items.map((c) => {
    const known = Number.isFinite(overdue[c]);
    return {
      id: ids[c],
      name: names[c],
      tier: tiers[c] === 0 ? 'A' : 'B',
      stage: stages[c] === UNCLASSIFIED ? null : LIFECYCLE_STAGES[stages[c]],
      atStake: atStake[c],
      daysSince: daysSince[c],
      interval: Number.isFinite(interval[c]) ? interval[c] : null,
      ownInterval: own[c] === 1,
      overdue: known ? overdue[c] : null,
      score: score(c),
      isOverdue: reaches(overdue[c], overdueAt),
      isAtRisk: stages[c] === AT_RISK,
    };
  });
}
