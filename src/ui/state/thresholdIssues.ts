import type { Thresholds } from './prefs.svelte.ts';

/** A threshold field of Settings. */
export type ThresholdField = 'tierA' | 'tierB' | 'recent' | 'atRisk' | 'lost' | 'hhiBands' | 'majorCustomerShare' | 'top5DependencyShare';

/**
 * Why a field cannot be used: `range` (outside its bounds), `order` (must be above the field before
 * it: tier A < tier B, recent < at risk < lost) or `whole` (days must be whole numbers).
 */
export interface ThresholdIssue {
  readonly field: ThresholdField;
  readonly code: 'range' | 'order' | 'whole';
}

/** Longest lifecycle window accepted, in days (ten years). */
export const MAX_WINDOW_DAYS = 3650;

const isShare = (value: number) => Number.isFinite(value) && value > 0 && value <= 1;

/**
 * What is wrong with a set of thresholds, empty when they can be used: shares in (0, 1] with tier A's
 * cumulative share below tier B's; lifecycle windows whole days in [1, MAX_WINDOW_DAYS] with
 * recent < at risk < lost; the HHI bands one of the two systems.
 */
export function thresholdIssues({ tiers, lifecycle, hhiBands, majorCustomerShare, top5DependencyShare }: Thresholds): ThresholdIssue[] {
  const issues: ThresholdIssue[] = [];
  if (!isShare(tiers.a)) issues.push({ field: 'tierA', code: 'range' });
  if (!isShare(tiers.b)) issues.push({ field: 'tierB', code: 'range' });
  else if (isShare(tiers.a) && tiers.b <= tiers.a) issues.push({ field: 'tierB', code: 'order' });
  const windows = [
    ['recent', lifecycle.recent],
    ['atRisk', lifecycle.atRisk],
    ['lost', lifecycle.lost],
  ] as const;
  let previous: number | null = null;
  for (const [field, days] of windows) {
    if (!Number.isFinite(days) || days < 1 || days > MAX_WINDOW_DAYS) issues.push({ field, code: 'range' });
    else if (!Number.isInteger(days)) issues.push({ field, code: 'whole' });
    else if (previous !== null && days <= previous) issues.push({ field, code: 'order' });
    previous = Number.isFinite(days) ? days : previous;
  }
  if (hhiBands !== '2023' && hhiBands !== '2010') issues.push({ field: 'hhiBands', code: 'range' });
  if (!isShare(majorCustomerShare)) issues.push({ field: 'majorCustomerShare', code: 'range' });
  if (!isShare(top5DependencyShare)) issues.push({ field: 'top5DependencyShare', code: 'range' });
  return issues;
}
