import { TIERS } from '../../../core/index.ts';
import type { Tier, TierOrigin } from '../../../core/index.ts';

export type MoveTone = 'up' | 'down' | 'same' | 'new';

/** Direction of a tier move: A is better than B, B than C, C than inactive; a new customer is `new`. */
export function tierTone(from: TierOrigin, to: Tier): MoveTone {
  if (from === 'new') return 'new';
  const before = TIERS.indexOf(from);
  const now = TIERS.indexOf(to);
  return now < before ? 'up' : now > before ? 'down' : 'same';
}
