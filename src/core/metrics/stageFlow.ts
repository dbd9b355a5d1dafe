import { LIFECYCLE_STAGES } from '../model/index.ts';
import type { LifecycleStage } from '../model/index.ts';
import { transitionCounts } from './transitionCounts.ts';

/** Rows of a stage flow: the previous stage, or `none` for customers without a purchase then. */
export type StageOrigin = LifecycleStage | 'none';
export const STAGE_ORIGINS: readonly StageOrigin[] = [...LIFECYCLE_STAGES, 'none'];

export interface StageFlow {
  /** counts[i][j]: customers in STAGE_ORIGINS[i] before and LIFECYCLE_STAGES[j] now. */
  readonly counts: readonly (readonly number[])[];
}

/**
 * Customers moving between lifecycle stages from one as-of date to a later one (by default T − 90 → T),
 * from the per-customer stage codes of lifecycleStages. A customer in no stage before (no purchase yet)
 * comes from `none`; one in no stage now has no purchase ≤ T at all, so had none before either, and is
 * left out. The cells add up to the stage counts now.
 */
export function stageFlow(previousStages: Uint8Array, currentStages: Uint8Array): StageFlow {
  return { counts: transitionCounts(previousStages, currentStages, LIFECYCLE_STAGES.length, LIFECYCLE_STAGES.length) };
}
