import { formatDay, RFM_SEGMENTS, shareBase, TIER_ORIGINS, TIERS, tierMigration, tierMovers, UNCLASSIFIED } from '../../core/index.ts';
import type { Analysis, RfmSegment, Tier, TierOrigin, TierMove, ViewRequest } from '../../core/index.ts';
import type { AnalysisSession } from '../analysisSession.ts';
import { analysisOf } from '../analysisOf.ts';
import { openDataset } from '../openDataset.ts';
import { previousYear } from '../previousYear.ts';
import { replyFrom } from '../reply.ts';
import type { Reply } from '../reply.ts';
import type { Store } from '../store.ts';

/** One tier: its customers and their period revenue. */
export interface TierRow {
  readonly tier: Tier;
  readonly customers: number;
  /** Σ period revenue of the tier's customers (≤ 0 for `inactive`). */
  readonly revenue: number;
  /** revenue / Σ of the positive customer revenues; null for `inactive` and when nobody has revenue. */
  readonly share: number | null;
}

export interface SegmentRow {
  readonly segment: RfmSegment;
  readonly customers: number;
  readonly revenue: number;
}

/** A customer whose tier changed since the previous period. */
export interface TierMover {
  readonly id: string;
  readonly name: string;
  readonly from: Tier;
  readonly to: Tier;
  readonly previousRevenue: number;
  readonly revenue: number;
  readonly change: number;
}

export interface TiersResult {
  /** T as YYYY-MM-DD, null when the data set has no row. */
  readonly asOf: string | null;
  /** The previous period's as-of date, T − 365. */
  readonly previousAsOf: string | null;
  /** The tier thresholds the tiers were computed with. */
  readonly thresholds: { readonly a: number; readonly b: number };
  readonly tiers: readonly TierRow[];
  readonly segments: readonly SegmentRow[];
  /** Rows TIER_ORIGINS (previous tier, or new), columns TIERS (now). */
  readonly migration: { readonly from: readonly TierOrigin[]; readonly to: readonly Tier[]; readonly counts: readonly (readonly number[])[] };
  /** Up to 20 each, largest revenue change first. */
  readonly movedUp: readonly TierMover[];
  readonly fell: readonly TierMover[];
}

/** What the Tiers view (`#/tiers`) asks the analysis worker for. */
export interface TiersApi {
  /** ABC tiers, RFM segments and the tier migration since the previous period (as-of T − 365). */
  tiers(request: ViewRequest): Promise<Reply<TiersResult>>;
}

const MOVERS = 20;

export function createTiersHandlers(session: AnalysisSession, store: Store): TiersApi {
  return {
    tiers: (request) =>
      replyFrom(async () => {
        const open = await openDataset(session, store);
        const current = analysisOf(open, request);
        const previous = previousYear(open, request, current);
        const ids = open.dataset.customers.ids;
        const names = open.dataset.customers.names;
        // Without any row there is no previous period: everyone counted (master-file customers) is new.
        const before = previous?.tiers.codes ?? new Uint8Array(ids.length).fill(UNCLASSIFIED);
        const previousRevenue = previous?.aggregates.revenue ?? new Float64Array(ids.length);
        const movers = tierMovers(before, current.tiers.codes, previousRevenue, current.aggregates.revenue, ids, MOVERS);
        const mover = (move: TierMove): TierMover => ({
          id: ids[move.customer],
          name: names[move.customer],
          from: TIERS[move.from],
          to: TIERS[move.to],
          previousRevenue: move.previousRevenue,
          revenue: move.revenue,
          change: move.change,
        });
        return {
          asOf: current.asOf === null ? null : formatDay(current.asOf),
          previousAsOf: previous?.asOf == null ? null : formatDay(previous.asOf),
          thresholds: current.options.tiers,
          tiers: tierRows(current),
          segments: RFM_SEGMENTS.map((segment) => ({ segment, customers: current.rfm.counts[segment], revenue: current.rfm.revenue[segment] })),
          migration: { from: TIER_ORIGINS, to: TIERS, counts: tierMigration(before, current.tiers.codes).counts },
          movedUp: movers.up.map(mover),
          fell: movers.down.map(mover),
        };
      }),
  };
}

/** Customers and Σ revenue per tier, with each ABC tier's share of the positive revenues. */
function tierRows(analysis: Analysis): TierRow[] {
  const { codes } = analysis.tiers;
  const { revenue } = analysis.aggregates;
  const sums = TIERS.map(() => 0);
  // Plain sums over a handful of tiers: each adds revenues of one sign (> 0 for A/B/C), so no cancellation.
  for (let c = 0; c < codes.length; c++) if (codes[c] !== UNCLASSIFIED) sums[codes[c]] += revenue[c];
  const { total } = shareBase(revenue);
  return TIERS.map((tier, code) => ({
    tier,
    customers: analysis.tiers.counts[tier],
    revenue: sums[code],
    share: tier === 'inactive' || total === 0 ? null : sums[code] / total,
  }));
}
