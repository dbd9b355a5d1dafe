import type { HhiBand, HhiBandSystem } from '../model/index.ts';
import { exceeds, reaches } from '../stats/index.ts';

/** Upper bounds of 'unconcentrated' (exclusive) and 'moderate' (inclusive), in HHI points. */
const BOUNDS: Readonly<Record<HhiBandSystem, readonly [number, number]>> = {
  // US DOJ/FTC Merger Guidelines 2023 §2.1: HHI > 1,800 is highly concentrated.
  '2023': [1000, 1800],
  // US Horizontal Merger Guidelines 2010 §5.3: < 1,500 unconcentrated, 1,500–2,500 moderate, > 2,500 high.
  '2010': [1500, 2500],
};

/**
 * Band of an HHI value: 2023 → < 1000 unconcentrated, 1000–1800 moderate (both ends inclusive),
 * > 1800 high; 2010 → < 1500, 1500–2500, > 2500. A value within RELATIVE_TOLERANCE of a bound counts
 * as the bound itself (an HHI that is 1800 on paper stays moderate). Null for null or NaN.
 */
export function hhiBand(hhi: number | null, system: HhiBandSystem): HhiBand | null {
  if (hhi === null || Number.isNaN(hhi)) return null;
  const [moderateFrom, highAbove] = BOUNDS[system];
  if (!reaches(hhi, moderateFrom)) return 'unconcentrated';
  return exceeds(hhi, highAbove) ? 'high' : 'moderate';
}
