import type { TierThresholds } from '../../../core/index.ts';

/**
 * Tier thresholds from the two percent fields as typed, or null unless 0 < a < b ≤ 100 %
 * (a comma as decimal mark is accepted, as people type it in zh and many European locales).
 */
export function thresholdsInput(aText: string, bText: string): TierThresholds | null {
  const read = (text: string) => {
    const trimmed = text.trim().replace(',', '.');
    return /^\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) / 100 : null;
  };
  const a = read(aText);
  const b = read(bText);
  if (a === null || b === null || !(a > 0 && a < b && b <= 1)) return null;
  return { a, b };
}
