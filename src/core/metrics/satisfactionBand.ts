import type { SurveyScale } from './surveyScale.ts';

/** Bands low to high; on a CSAT scale they read as dissatisfied (1–2), neutral (3), satisfied (4–5). */
export const SATISFACTION_BANDS = ['detractor', 'passive', 'promoter'] as const;
export type SatisfactionBand = (typeof SATISFACTION_BANDS)[number];

/**
 * Index into SATISFACTION_BANDS of a score. NPS: detractor < 7 (0–6), promoter ≥ 9 (9–10), else
 * passive. CSAT: detractor < 3 (1–2), promoter ≥ 4 (4–5), else passive. A fractional score falls in
 * the band of the interval it lies in (6.5 is a detractor, 8.5 a passive).
 */
export function satisfactionBand(score: number, scale: SurveyScale): number {
  const [low, high] = scale === 'nps' ? [7, 9] : [3, 4];
  if (score < low) return 0;
  return score >= high ? 2 : 1;
}
