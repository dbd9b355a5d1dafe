import { LIFECYCLE_STAGES, NO_CODE, TIERS } from '../model/index.ts';
import type { Dataset } from '../model/index.ts';
import type { Analysis } from './analyze.ts';
import { latestSurveyScores } from './latestSurveyScores.ts';
import { satisfactionBand } from './satisfactionBand.ts';
import { surveyScale } from './surveyScale.ts';
import type { SurveyScale } from './surveyScale.ts';
import { UNCLASSIFIED } from './unclassified.ts';

export type SatisfactionGrouping = 'tier' | 'owner' | 'region' | 'stage';
export const SATISFACTION_GROUPINGS: readonly SatisfactionGrouping[] = ['tier', 'owner', 'region', 'stage'];

export interface SatisfactionGroup {
  /** Tier or stage name, owner or region value; null = none (no owner, no purchase ≤ T...). */
  readonly key: string | null;
  /** Answers on days ≤ T of the group's customers. */
  readonly responses: number;
  /** Customers with at least one such answer. */
  readonly customers: number;
  /** Mean score of those answers; null without any. */
  readonly meanScore: number | null;
  /** Customers by the band of their latest answer ≤ T: [detractor, passive, promoter] (SATISFACTION_BANDS). */
  readonly bands: readonly [number, number, number];
  /** NPS in points (−100…100): 100 · (promoters − detractors) ÷ customers; null on a CSAT scale or without customers. */
  readonly nps: number | null;
}

export interface Satisfaction {
  readonly scale: SurveyScale;
  readonly by: SatisfactionGrouping;
  /** Groups with at least one answer; tiers and stages in their order, owners and regions by customers surveyed (desc), then value; null last. */
  readonly groups: readonly SatisfactionGroup[];
  /** All analysed customers together. */
  readonly total: SatisfactionGroup;
}

/**
 * Survey results per group of the analysed customers (those `analysis` counts, i.e. under its filters),
 * with the customer's current tier, lifecycle stage (at T), owner or region. Only answers on days ≤ T
 * count. Responses and the mean score use every such answer; the bands and the NPS use each customer's
 * latest answer ≤ T (satisfactionBand). Null when the data set has no surveys.
 */
export function satisfaction(dataset: Dataset, analysis: Analysis, { by }: { readonly by: SatisfactionGrouping }): Satisfaction | null {
  const { surveys } = dataset;
  if (surveys === undefined) return null;
  const scale = surveyScale(surveys);
  const { counted } = analysis.aggregates;
  const n = dataset.customers.length;
  const asOf = analysis.asOf ?? Number.NEGATIVE_INFINITY;
  const latest = latestSurveyScores(surveys, n, asOf, counted);
  const { keys, groupOf } = grouping(dataset, analysis, by);

  const slots = keys.length;
  const responses = new Float64Array(slots + 1);
  const sums = new Float64Array(slots + 1);
  const customers = new Float64Array(slots + 1);
  const bands = Array.from({ length: slots + 1 }, () => [0, 0, 0] as [number, number, number]);
  const total = slots;
  for (let s = 0; s < surveys.length; s++) {
    const c = surveys.customer[s];
    if (counted[c] !== 1 || surveys.day[s] > asOf) continue;
    for (const slot of [groupOf(c), total]) {
      responses[slot]++;
      sums[slot] += surveys.score[s];
    }
  }
  for (let c = 0; c < n; c++) {
    if (Number.isNaN(latest[c])) continue;
    const band = satisfactionBand(latest[c], scale);
    for (const slot of [groupOf(c), total]) {
      customers[slot]++;
      bands[slot][band]++;
    }
  }
  const group = (slot: number): SatisfactionGroup => ({
    key: slot === total ? null : keys[slot],
    responses: responses[slot],
    customers: customers[slot],
    meanScore: responses[slot] > 0 ? sums[slot] / responses[slot] : null,
    bands: bands[slot],
    nps: scale === 'nps' && customers[slot] > 0 ? (100 * (bands[slot][2] - bands[slot][0])) / customers[slot] : null,
  });
  const groups: SatisfactionGroup[] = [];
  for (let slot = 0; slot < slots; slot++) if (responses[slot] > 0) groups.push(group(slot));
  if (by === 'owner' || by === 'region') {
    groups.sort((x, y) => y.customers - x.customers || compareKeys(x.key, y.key));
  }
  return { scale, by, groups, total: group(total) };
}

/** Group names in display order (the null group last) and each customer's slot among them. */
function grouping(dataset: Dataset, analysis: Analysis, by: SatisfactionGrouping): { keys: (string | null)[]; groupOf: (c: number) => number } {
  if (by === 'tier' || by === 'stage') {
    const names = by === 'tier' ? TIERS : LIFECYCLE_STAGES;
    const codes = by === 'tier' ? analysis.tiers.codes : analysis.lifecycle.codes;
    return { keys: [...names, null], groupOf: (c) => (codes[c] === UNCLASSIFIED ? names.length : codes[c]) };
  }
  const { codes, values } = dataset.customers.dims[by];
  return { keys: [...values, null], groupOf: (c) => (codes[c] === NO_CODE ? values.length : codes[c]) };
}

function compareKeys(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}
