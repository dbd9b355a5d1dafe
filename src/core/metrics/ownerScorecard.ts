import { NO_CODE } from '../model/index.ts';
import type { AnalysisOptions, Dataset } from '../model/index.ts';
import { Adder } from '../stats/index.ts';
import { abcTiers } from './abcTiers.ts';
import { aggregateCustomers } from './customerAggregates.ts';
import type { CustomerAggregates } from './customerAggregates.ts';
import { idOrder } from './idOrder.ts';
import { latestSurveyScores } from './latestSurveyScores.ts';
import { lifecycleStages } from './lifecycleStages.ts';
import { rankCustomers } from './rankCustomers.ts';
import { revenueAtRisk } from './revenueAtRisk.ts';
import { satisfactionBand } from './satisfactionBand.ts';
import { surveyScale } from './surveyScale.ts';

export interface OwnerScore {
  /** null collects the customers without an owner. */
  readonly owner: string | null;
  /** Revenue of the year [T − 364, T] and of the year before, [T − 729, T − 365]. */
  readonly revenue: number;
  readonly previousRevenue: number;
  /** revenue ÷ previousRevenue − 1; null when the previous year's revenue is ≤ 0. */
  readonly growth: number | null;
  /** Customers with revenue > 0 in the previous year, and how many of them have revenue > 0 this year. */
  readonly previousBuyers: number;
  readonly retained: number;
  /** retained ÷ previousBuyers; null without previous buyers. */
  readonly retention: number | null;
  /** A-tier customers of the previous year still A-tier now, and those no longer A-tier. */
  readonly tierAKept: number;
  readonly tierALost: number;
  /** Σ revenue at risk of the owner's customers (revenueAtRisk: the year before the trailing one, of customers now atRisk or dormant). */
  readonly atRiskRevenue: number;
  /**
   * Only when the data set has surveys: NPS in points over the owner's customers' latest answer ≤ T
   * (as in satisfaction()); null on a CSAT scale or when none of them answered.
   */
  readonly nps?: number | null;
}

const YEAR = 365;

/** A year a ttm analysis with the same windows and mask holds already (analyze()), so the scorecard does not compute it again. */
export interface ScorecardYear {
  readonly aggregates: CustomerAggregates;
  /** abcTiers codes of those aggregates. */
  readonly tiers: Uint8Array;
}

/** The year ending at T, with revenueAtRisk() of its lifecycle. */
export interface ScorecardCurrent extends ScorecardYear {
  /** revenueAtRisk's per-customer revenue for the lifecycle at T. */
  readonly atRisk: Float64Array;
}

/**
 * An owner scorecard over two 365-day years ending at T and at T − 365, whatever the view's period
 * (growth and retention compare like with like). Customers belong to their current owner. Tiers of each
 * year are ABC tiers of that year's revenue among the analysed customers (`mask`), with the options'
 * thresholds; revenue at risk follows revenueAtRisk with the lifecycle at T; NPS as in satisfaction(). Owners with no analysed customer are left out; sorted by
 * revenue descending, then owner (code-unit order), null last. `current` and `previous` save recomputing
 * the years ending at T and at T − 365 when analyses have them.
 */
export function ownerScorecard(
  dataset: Dataset,
  options: AnalysisOptions,
  asOf: number,
  mask?: Uint8Array,
  current?: ScorecardCurrent,
  previous?: ScorecardYear,
): OwnerScore[] {
  const { recent } = options.lifecycle;
  const ids = dataset.customers.ids;
  const byId = idOrder(ids);
  const tiersOf = (aggregates: CustomerAggregates) => abcTiers(aggregates, rankCustomers(aggregates.revenue, byId), options.tiers).codes;
  const now = current?.aggregates ?? aggregateCustomers(dataset, { asOf, period: 'ttm', recentDays: recent }, mask);
  const before = previous?.aggregates ?? aggregateCustomers(dataset, { asOf: asOf - YEAR, period: 'ttm', recentDays: recent }, mask);
  const tiersNow = current?.tiers ?? tiersOf(now);
  const tiersBefore = previous?.tiers ?? tiersOf(before);
  const atRisk = current?.atRisk ?? revenueAtRisk(dataset, lifecycleStages(now, options.lifecycle).codes, asOf, mask).revenue;
  const owner = dataset.customers.dims.owner;
  const { surveys } = dataset;
  const npsScale = surveys !== undefined && surveyScale(surveys) === 'nps';
  // A plain loop: Uint8Array.from with a mapping function goes through the iterator protocol, ~100× slower.
  const inScorecard = new Uint8Array(ids.length);
  for (let c = 0; c < ids.length; c++) inScorecard[c] = now.counted[c] | before.counted[c];
  const latest = surveys === undefined ? null : latestSurveyScores(surveys, ids.length, asOf, inScorecard);

  const slots = owner.values.length + 1;
  const rows = Array.from({ length: slots }, () => ({
    customers: 0, revenue: new Adder(), previous: new Adder(), previousBuyers: 0, retained: 0, kept: 0, lost: 0, atRisk: new Adder(),
    surveyed: 0, promoters: 0, detractors: 0,
  }));
  for (let c = 0; c < ids.length; c++) {
    if (now.counted[c] === 0 && before.counted[c] === 0) continue;
    const row = rows[owner.codes[c] === NO_CODE ? 0 : owner.codes[c] + 1];
    row.customers++;
    row.revenue.add(now.revenue[c]);
    row.previous.add(before.revenue[c]);
    if (before.revenue[c] > 0) {
      row.previousBuyers++;
      if (now.revenue[c] > 0) row.retained++;
    }
    if (tiersBefore[c] === 0) {
      if (tiersNow[c] === 0) row.kept++;
      else row.lost++;
    }
    row.atRisk.add(atRisk[c]);
    if (npsScale && latest !== null && !Number.isNaN(latest[c])) {
      row.surveyed++;
      const band = satisfactionBand(latest[c], 'nps');
      if (band === 0) row.detractors++;
      else if (band === 2) row.promoters++;
    }
  }

  const scores: OwnerScore[] = [];
  rows.forEach((row, slot) => {
    if (row.customers === 0) return;
    const revenue = +row.revenue;
    const previousRevenue = +row.previous;
    scores.push({
      owner: slot === 0 ? null : owner.values[slot - 1],
      revenue,
      previousRevenue,
      growth: previousRevenue > 0 ? revenue / previousRevenue - 1 : null,
      previousBuyers: row.previousBuyers,
      retained: row.retained,
      retention: row.previousBuyers > 0 ? row.retained / row.previousBuyers : null,
      tierAKept: row.kept,
      tierALost: row.lost,
      atRiskRevenue: +row.atRisk,
      ...(latest === null ? {} : { nps: row.surveyed > 0 ? (100 * (row.promoters - row.detractors)) / row.surveyed : null }),
    });
  });
  return scores.sort((x, y) => y.revenue - x.revenue || compareOwners(x.owner, y.owner));
}

function compareOwners(x: string | null, y: string | null): number {
  if (x === y) return 0;
  if (x === null) return 1;
  if (y === null) return -1;
  return x < y ? -1 : 1;
}
