import type { LifecycleStage, StageOrigin } from '../../../core/index.ts';

export type StageTone = 'up' | 'down' | 'same' | 'new';

/** How healthy a stage is: buying recently (new, reactivated, active) best, then at risk, dormant, lost. */
const HEALTH: Readonly<Record<LifecycleStage, number>> = { new: 0, reactivated: 0, active: 0, atRisk: 1, dormant: 2, lost: 3 };

/**
 * Direction of a move between stages: `up` to a healthier stage, `down` to a less healthy one, `same`
 * between stages of equal health (new → active is still buying), `new` from no purchase at all.
 */
export function stageTone(from: StageOrigin, to: LifecycleStage): StageTone {
  if (from === 'none') return 'new';
  const before = HEALTH[from];
  const now = HEALTH[to];
  return now < before ? 'up' : now > before ? 'down' : 'same';
}
