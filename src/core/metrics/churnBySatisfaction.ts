import type { Dataset } from '../model/index.ts';
import type { Analysis } from './analyze.ts';
import { latestSurveyScores } from './latestSurveyScores.ts';
import { SATISFACTION_BANDS, satisfactionBand } from './satisfactionBand.ts';
import type { SatisfactionBand } from './satisfactionBand.ts';
import { surveyScale } from './surveyScale.ts';
import type { SurveyScale } from './surveyScale.ts';

export interface BandChurn {
  readonly band: SatisfactionBand;
  /** Surveyed customers whose latest answer ≤ T falls in the band. */
  readonly customers: number;
  /** Of them, by lifecycle stage at T. */
  readonly atRisk: number;
  readonly dormant: number;
  readonly lost: number;
  /** (dormant + lost) ÷ customers; null without customers. */
  readonly churnRate: number | null;
}

export interface ChurnBySatisfaction {
  readonly scale: SurveyScale;
  /** One entry per SATISFACTION_BANDS entry, in that order. */
  readonly bands: readonly BandChurn[];
  /** The same over the analysed customers now in tier A only. */
  readonly tierA: readonly BandChurn[];
}

// Indices into TIERS and LIFECYCLE_STAGES.
const TIER_A = 0;
const AT_RISK = 3;
const DORMANT = 4;
const LOST = 5;

/**
 * Analysed customers bucketed by the band of their latest survey answer ≤ T (satisfactionBand), with
 * how many of each band are now at risk, dormant or lost (lifecycle at T); the churn rate of a band is
 * the share now dormant or lost. `tierA` repeats it for the customers in tier A, so a view can say
 * whether unhappy key customers are leaving. Null when the data set has no surveys.
 */
export function churnBySatisfaction(dataset: Dataset, analysis: Analysis): ChurnBySatisfaction | null {
  const { surveys } = dataset;
  if (surveys === undefined) return null;
  const scale = surveyScale(surveys);
  const asOf = analysis.asOf ?? Number.NEGATIVE_INFINITY;
  const latest = latestSurveyScores(surveys, dataset.customers.length, asOf, analysis.aggregates.counted);
  const stages = analysis.lifecycle.codes;
  const tiers = analysis.tiers.codes;
  const all = SATISFACTION_BANDS.map(() => [0, 0, 0, 0]);
  const tierA = SATISFACTION_BANDS.map(() => [0, 0, 0, 0]);
  for (let c = 0; c < latest.length; c++) {
    if (Number.isNaN(latest[c])) continue;
    const band = satisfactionBand(latest[c], scale);
    const counts = tiers[c] === TIER_A ? [all[band], tierA[band]] : [all[band]];
    for (const row of counts) {
      row[0]++;
      if (stages[c] === AT_RISK) row[1]++;
      else if (stages[c] === DORMANT) row[2]++;
      else if (stages[c] === LOST) row[3]++;
    }
  }
  const rows = (table: number[][]): BandChurn[] =>
    table.map(([customers, atRisk, dormant, lost], b) => ({
      band: SATISFACTION_BANDS[b],
      customers,
      atRisk,
      dormant,
      lost,
      churnRate: customers > 0 ? (dormant + lost) / customers : null,
    }));
  return { scale, bands: rows(all), tierA: rows(tierA) };
}
