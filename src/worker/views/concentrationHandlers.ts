import {
  breakdownShares,
  DIMENSIONS,
  hhiBand,
  lorenzCurve,
  monthlyTrendSteps,
  NO_CODE,
  shareBase,
  stressTest,
} from '../../core/index.ts';
import type {
  Analysis,
  BreakdownShares,
  Dimension,
  HhiBand,
  HhiBandSystem,
  LorenzPoint,
  Summary,
  TrendPoint,
  ViewRequest,
} from '../../core/index.ts';
import type { AnalysisSession, OpenDataset } from '../analysisSession.ts';
import { analysisOf, warmFilteredAnalysis } from '../analysisOf.ts';
import { maskOf } from '../maskOf.ts';
import { openDataset, openingOf } from '../openDataset.ts';
import type { OverviewSnapshot } from '../overviewSnapshot.ts';
import { runQuery } from '../queryTurns.ts';
import type { QueryTurns } from '../queryTurns.ts';
import { replyFrom } from '../reply.ts';
import type { Reply } from '../reply.ts';
import type { Store } from '../store.ts';
import { overviewResult } from './overviewResult.ts';
import type { OverviewResult } from './overviewResult.ts';

/** A value of a customer dimension with the number of customers holding it; `''` = no value. */
export interface DimensionValue {
  readonly value: string;
  readonly customers: number;
}

/** Per dimension, its values, most customers first (then by value). */
export type DimensionValues = Readonly<Record<Dimension, readonly DimensionValue[]>>;

/** A ranked customer with its share and the cumulative share up to it. */
export interface RankedCustomer {
  /** 1-based rank (revenue descending, ties by id). */
  readonly rank: number;
  readonly id: string;
  readonly name: string;
  readonly revenue: number;
  readonly share: number;
  readonly cumulativeShare: number;
}

/** A dimension value's own concentration. */
export interface BreakdownRow extends BreakdownShares {
  readonly band: HhiBand | null;
}

export interface ConcentrationResult {
  readonly summary: Summary;
  /** HHI band of the total under each band system. */
  readonly bands: Readonly<Record<HhiBandSystem, HhiBand | null>>;
  /** The band system chosen in Settings. */
  readonly bandSystem: HhiBandSystem;
  readonly lorenz: readonly LorenzPoint[];
  /** The largest customers (up to TOP_LIST), in rank order. */
  readonly top: readonly RankedCustomer[];
  /** Customers at or above `majorShare` of revenue. */
  readonly major: readonly RankedCustomer[];
  readonly majorShare: number;
  readonly dependencyShare: number;
  readonly dependencyWarning: boolean;
}

/** Which customers the stress test takes away: the k largest, or chosen ones by id. */
export type StressRemoval = { readonly top: number } | { readonly ids: readonly string[] };

/** A customer the stress test took away, with its share of revenue before. */
export interface RemovedCustomer {
  readonly id: string;
  readonly name: string;
  readonly revenue: number;
  readonly share: number;
}

export interface StressResult {
  readonly removed: readonly RemovedCustomer[];
  readonly removedRevenue: number;
  readonly before: Summary;
  readonly after: Summary;
  readonly bandBefore: HhiBand | null;
  readonly bandAfter: HhiBand | null;
  readonly tierChanges: number;
}

/** Dimensions the concentration breakdown covers. */
export const BREAKDOWN_DIMENSIONS = ['region', 'industry', 'segment', 'owner'] as const;
export type BreakdownDimension = (typeof BREAKDOWN_DIMENSIONS)[number];

/** What the Concentration view (`#/concentration`), the Overview and the global filters ask the analysis worker for. */
export interface ConcentrationApi {
  /** Values of every customer dimension with their customer counts, for the filter pickers. */
  dimensionValues(): Promise<Reply<DimensionValues>>;
  overview(request: ViewRequest): Promise<Reply<OverviewResult>>;
  concentration(request: ViewRequest): Promise<Reply<ConcentrationResult>>;
  /** Concentration inside each group of one dimension: asked for the dimension shown, not for all four each time. */
  breakdown(request: ViewRequest, dimension: BreakdownDimension): Promise<Reply<readonly BreakdownRow[]>>;
  stressTest(request: ViewRequest, removal: StressRemoval): Promise<Reply<StressResult>>;
  /** The monthly trend: asked after the view's result, as its section is below the first screen. */
  trend(request: ViewRequest): Promise<Reply<readonly TrendPoint[]>>;
}

/** Customers listed in the top table and offered to the stress test. */
const TOP_LIST = 50;
/** Points of the Lorenz curve sent to the UI (enough for a smooth curve at any width). */
const LORENZ_POINTS = 201;

export function createConcentrationHandlers(session: AnalysisSession, store: Store, snapshot: OverviewSnapshot, turns?: QueryTurns): ConcentrationApi {
  return {
    dimensionValues: () => replyFrom(async () => dimensionValues(await openDataset(session, store))),

    overview: (request) =>
      replyFrom(async () => {
        // The stored answer needs no columns: a reopened data set shows it while they load.
        const stored = await snapshot.find(openingOf(session, store).id, request);
        if (stored !== null) return stored;
        const open = await openDataset(session, store);
        const result = overviewResult(open, request);
        snapshot.keep(open.id, request, result);
        // In a task of its own, after this answer is sent.
        if (maskOf(open, request.filters) === undefined) setTimeout(() => warmFilteredAnalysis(open, request), 0);
        return result;
      }),

    concentration: (request) =>
      replyFrom(async () => {
        const open = await openDataset(session, store);
        const current = analysisOf(open, request);
        const { hhi } = current.summary.concentration;
        const ranked = rankedList(open, current, TOP_LIST);
        return {
          summary: current.summary,
          bands: { '2023': hhiBand(hhi, '2023'), '2010': hhiBand(hhi, '2010') },
          bandSystem: current.options.hhiBands,
          lorenz: lorenzCurve(current.rankedRevenues, { maxPoints: LORENZ_POINTS }),
          top: ranked,
          major: rankedList(open, current, current.major.customers.length),
          majorShare: current.options.majorCustomerShare,
          dependencyShare: current.options.top5DependencyShare,
          dependencyWarning: current.major.dependencyWarning,
        };
      }),

    trend: (request) =>
      replyFrom(async () => {
        const open = await openDataset(session, store);
        const mask = maskOf(open, request.filters);
        return runQuery(turns, request, monthlyTrendSteps(open.dataset, request.options, mask));
      }),

    breakdown: (request, dimension) =>
      replyFrom(async () => {
        if (!BREAKDOWN_DIMENSIONS.includes(dimension)) throw new RangeError(`no breakdown by ${String(dimension)}`);
        const open = await openDataset(session, store);
        const current = analysisOf(open, request);
        return breakdownShares(open.dataset, dimension, current, maskOf(open, request.filters)).map((group) => ({
          ...group,
          band: hhiBand(group.hhi, current.options.hhiBands),
        }));
      }),

    stressTest: (request, removal) =>
      replyFrom(async () => {
        const open = await openDataset(session, store);
        const current = analysisOf(open, request);
        const { ids } = open.dataset.customers;
        const removed =
          'top' in removal
            ? Array.from(current.rank.subarray(0, Math.max(0, Math.floor(removal.top))))
            : removal.ids.map((id) => ids.indexOf(id)).filter((index) => index >= 0);
        const result = stressTest(current, removed);
        const { total } = shareBase(current.rankedRevenues);
        const system = current.options.hhiBands;
        return {
          removed: result.removed.map((c) => {
            const revenue = current.aggregates.revenue[c];
            return { id: ids[c], name: open.dataset.customers.names[c], revenue, share: revenue > 0 ? revenue / total : 0 };
          }),
          removedRevenue: result.removedRevenue,
          before: current.summary,
          after: result.after,
          bandBefore: hhiBand(current.summary.concentration.hhi, system),
          bandAfter: hhiBand(result.after.concentration.hhi, system),
          tierChanges: result.tierChanges,
        };
      }),
  };
}

// The filter bar asks again on every filter change, but the answer depends on the data set only.
const valuesKept = new WeakMap<OpenDataset, DimensionValues>();

/** Each dimension's values with customer counts (from the customer table, whatever the period). */
function dimensionValues(open: OpenDataset): DimensionValues {
  const known = valuesKept.get(open);
  if (known !== undefined) return known;
  const result = Object.create(null) as Record<Dimension, DimensionValue[]>;
  for (const dimension of DIMENSIONS) {
    const { codes, values } = open.dataset.customers.dims[dimension];
    const counts = new Int32Array(values.length + 1);
    for (let c = 0; c < codes.length; c++) counts[codes[c] === NO_CODE ? values.length : codes[c]]++;
    const list: DimensionValue[] = [];
    counts.forEach((customers, code) => {
      if (customers > 0) list.push({ value: code === values.length ? '' : values[code], customers });
    });
    result[dimension] = list.sort((x, y) => y.customers - x.customers || (x.value < y.value ? -1 : x.value > y.value ? 1 : 0));
  }
  valuesKept.set(open, result);
  return result;
}

/** The first `count` customers of the ranking with shares of Σ positive revenue and cumulative shares. */
function rankedList(open: OpenDataset, analysis: Analysis, count: number): RankedCustomer[] {
  const { ids, names } = open.dataset.customers;
  const { total } = shareBase(analysis.rankedRevenues);
  const list: RankedCustomer[] = [];
  let cumulative = 0;
  const end = Math.min(count, analysis.rank.length);
  for (let r = 0; r < end; r++) {
    const c = analysis.rank[r];
    const revenue = analysis.rankedRevenues[r];
    cumulative += revenue;
    list.push({ rank: r + 1, id: ids[c], name: names[c], revenue, share: revenue / total, cumulativeShare: cumulative / total });
  }
  return list;
}
