import type { SurveyColumns } from '../model/index.ts';

/** 'nps': answers on 0–10; 'csat': answers on 1–5. */
export type SurveyScale = 'nps' | 'csat';

/**
 * The scale of a survey file: CSAT when every score (of the whole data set, not of a filter, so
 * a filter never changes what a score means) is ≤ 5, NPS otherwise.
 */
export function surveyScale(surveys: SurveyColumns): SurveyScale {
  for (const score of surveys.score) if (score > 5) return 'nps';
  return 'csat';
}
