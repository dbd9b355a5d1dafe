import {
  aggregateCustomers,
  callList,
  formatDay,
  idOrder,
  KEY_PERSON_SHARE,
  keyPersonRisk,
  LIFECYCLE_STAGES,
  median,
  rankCustomers,
  UNCLASSIFIED,
} from '../../core/index.ts';
import type { Analysis, CallEntry, Dataset, OwnerRisk, ViewRequest } from '../../core/index.ts';
import type { AnalysisSession } from '../analysisSession.ts';
import { analysisOf } from '../analysisOf.ts';
import { maskOf } from '../maskOf.ts';
import { openDataset } from '../openDataset.ts';
import { replyFrom } from '../reply.ts';
import type { Reply } from '../reply.ts';
import type { Store } from '../store.ts';

/**
 * The customers of the risk matrix, most valuable first: entry k of every column is the k-th
 * customer. Columns rather than an object per customer: thousands of them cross to the page on
 * every filter change.
 */
export interface RiskMatrixColumns {
  readonly ids: readonly string[];
  readonly names: readonly string[];
  /** Index into TIERS. */
  readonly tiers: Uint8Array;
  /** Days since the last purchase ÷ usual interval. */
  readonly overdue: Float64Array;
  /** Revenue of the 365 days [T − 364, T]. */
  readonly value: Float64Array;
  readonly daysSince: Float64Array;
  readonly interval: Float64Array;
}

export interface RiskStageRow {
  readonly stage: 'atRisk' | 'dormant';
  readonly customers: number;
  /** Their revenueAtRisk share: revenue in the trailing year [T − 364, T]. */
  readonly revenue: number;
}

export interface RiskResult {
  /** T as YYYY-MM-DD, null when the data set has no row. */
  readonly asOf: string | null;
  /** revenueAtRisk: the year-before revenue of the customers now atRisk or dormant. */
  readonly revenueAtRisk: number;
  readonly atRiskCustomers: number;
  readonly byStage: readonly RiskStageRow[];
  /** The data set's median usual interval in days (customers with fewer than 3 purchase days use it). */
  readonly datasetInterval: number | null;
  /** Customers with a usual interval, a purchase and revenue in the last 365 days, most valuable first (at most MATRIX_POINTS). */
  readonly matrix: RiskMatrixColumns;
  /** How many customers could be in the matrix before the cap. */
  readonly matrixTotal: number;
  /** The matrix's value split: the median `value` of its customers. */
  readonly valueSplit: number | null;
  /** The overdue ratio from which a customer counts as overdue (the matrix's other split and the call list's bar). */
  readonly overdueAt: number;
  readonly keyPeople: readonly OwnerRisk[];
  readonly keyPersonShare: number;
  readonly callList: readonly CallEntry[];
}

/** What the Risk view (`#/risk`) asks the analysis worker for. */
export interface RiskApi {
  /** Revenue at risk, overdue ratios, the risk matrix, key-person risk and the call list. */
  risk(request: ViewRequest): Promise<Reply<RiskResult>>;
}

/** Points sent for the matrix: the chart stays readable and the message small. */
const MATRIX_POINTS = 5000;
const OVERDUE_AT = 1.5;
const CALLS = 25;

export function createRiskHandlers(session: AnalysisSession, store: Store): RiskApi {
  return {
    risk: (request) =>
      replyFrom(async () => {
        const open = await openDataset(session, store);
        const analysis = analysisOf(open, request);
        return riskResult(open.dataset, analysis, maskOf(open, request.filters));
      }),
  };
}

function riskResult(dataset: Dataset, analysis: Analysis, mask: Uint8Array | undefined): RiskResult {
  const { asOf } = analysis;
  const stages = analysis.lifecycle.codes;
  const tiers = analysis.tiers.codes;
  const atRisk = analysis.revenueAtRisk;
  const byStage = (['atRisk', 'dormant'] as const).map((stage) => {
    const code = LIFECYCLE_STAGES.indexOf(stage);
    let customers = 0;
    let revenue = 0;
    for (let c = 0; c < stages.length; c++) {
      if (stages[c] !== code) continue;
      customers++;
      revenue += atRisk.revenue[c];
    }
    return { stage, customers, revenue };
  });
  const keyPeople = keyPersonRisk(dataset.customers.dims.owner, analysis.aggregates.revenue, tiers);
  // Null exactly when T is unknown.
  const intervals = analysis.purchaseIntervals;
  if (asOf === null || intervals === null) {
    return {
      asOf: null, revenueAtRisk: 0, atRiskCustomers: 0, byStage, datasetInterval: null, matrix: matrixColumns(0), matrixTotal: 0,
      valueSplit: null, overdueAt: OVERDUE_AT, keyPeople, keyPersonShare: KEY_PERSON_SHARE, callList: [],
    };
  }
  // The value of a customer is its revenue of the last 365 days, whatever the view's period.
  const year =
    analysis.options.period === 'ttm'
      ? analysis.aggregates.revenue
      : aggregateCustomers(dataset, { asOf, period: 'ttm', recentDays: analysis.options.lifecycle.recent }, mask).revenue;
  const { ids, names } = dataset.customers;

  // The candidates ranked like customers: year revenue descending, ties by id. With the trailing year
  // as the period that is the analysis's own ranking (its customers with revenue > 0), so the matrix
  // takes its first candidates from it instead of ranking every customer again.
  const ranking = analysis.options.period === 'ttm' ? analysis.rank : rankCustomers(year, idOrder(ids));
  const shown = new Int32Array(Math.min(ranking.length, MATRIX_POINTS));
  let candidates = 0;
  for (let r = 0; r < ranking.length; r++) {
    const c = ranking[r];
    if (tiers[c] === UNCLASSIFIED || !(year[c] > 0) || !Number.isFinite(intervals.overdue[c])) continue;
    if (candidates < shown.length) shown[candidates] = c;
    candidates++;
  }
  const matrix = matrixColumns(Math.min(candidates, shown.length));
  for (let k = 0; k < matrix.ids.length; k++) {
    const c = shown[k];
    matrix.ids[k] = ids[c];
    matrix.names[k] = names[c];
    matrix.tiers[k] = tiers[c];
    matrix.overdue[k] = intervals.overdue[c];
    matrix.value[k] = year[c];
    matrix.daysSince[k] = intervals.daysSince[c];
    matrix.interval[k] = intervals.interval[c];
  }
  const valueSplit = matrix.ids.length === 0 ? null : median(matrix.value.slice().sort());

  return {
    asOf: formatDay(asOf),
    revenueAtRisk: atRisk.total,
    atRiskCustomers: atRisk.customers,
    byStage,
    datasetInterval: intervals.datasetInterval,
    matrix,
    matrixTotal: candidates,
    valueSplit,
    overdueAt: OVERDUE_AT,
    keyPeople,
    keyPersonShare: KEY_PERSON_SHARE,
    callList: callList({ ids, names, intervals, tiers, stages, atStake: year }, { limit: CALLS, overdueAt: OVERDUE_AT }),
  };
}

/** Matrix columns for `size` customers, to be filled. */
function matrixColumns(size: number): { ids: string[]; names: string[] } & Omit<RiskMatrixColumns, 'ids' | 'names'> {
  return {
    ids: new Array<string>(size),
    names: new Array<string>(size),
    tiers: new Uint8Array(size),
    overdue: new Float64Array(size),
    value: new Float64Array(size),
    daysSince: new Float64Array(size),
    interval: new Float64Array(size),
  };
}
