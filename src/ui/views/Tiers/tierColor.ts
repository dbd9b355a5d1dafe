import type { Tier } from '../../../core/index.ts';

const COLOR: Readonly<Record<Tier, string>> = { A: 'var(--chart-1)', B: 'var(--chart-2)', C: 'var(--chart-3)', inactive: 'var(--chart-8)' };

/** Colour of a tier in every chart of the Tiers view. */
export function tierColor(tier: Tier): string {
  return COLOR[tier];
}
