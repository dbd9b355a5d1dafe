import { TIERS } from '../model/index.ts';
import type { Tier } from '../model/index.ts';
import { transitionCounts } from './transitionCounts.ts';

/** Rows of a tier migration: the previous tier, or `new` for customers not counted before. */
export type TierOrigin = Tier | 'new';
export const TIER_ORIGINS: readonly TierOrigin[] = [...TIERS, 'new'];

export interface TierMigration {
  /** counts[i][j]: customers in TIER_ORIGINS[i] before and TIERS[j] now. */
  readonly counts: readonly (readonly number[])[];
}

/**
 * Tier migration between two analyses of the same customers (usually the previous period, as-of
 * T − 365, and the current one), from the per-customer tier codes of abcTiers. A customer not counted in
 * the previous analysis (no row yet at the earlier as-of date) is `new`; one not counted now is left out.
 * Every customer counted now is in exactly one cell, so the cells add up to customersTotal.
 */
export function tierMigration(previousTiers: Uint8Array, currentTiers: Uint8Array): TierMigration {
  return { counts: transitionCounts(previousTiers, currentTiers, TIERS.length, TIERS.length) };
}
