import { idRank } from './idRank.ts';
import { UNCLASSIFIED } from './unclassified.ts';

export interface TierMove {
  /** Customer index. */
  readonly customer: number;
  /** Tier codes (indices into TIERS) before and now. */
  readonly from: number;
  readonly to: number;
  readonly previousRevenue: number;
  readonly revenue: number;
  /** revenue − previousRevenue */
  readonly change: number;
}

export interface TierMovers {
  /** Customers now in a better tier (A better than B better than C better than inactive), largest revenue gain first. */
  readonly up: readonly TierMove[];
  /** Customers now in a worse tier, largest revenue loss first. */
  readonly down: readonly TierMove[];
}

/**
 * Who moved up and who fell between two tier analyses of the same customers: customers counted in
 * both (a tier code other than UNCLASSIFIED before and now) whose tier changed; tier codes order
 * A < B < C < inactive, lower is better. Each list keeps the `limit` largest revenue changes in its
 * direction (gains for `up`, losses for `down`); ties by `ids` in code-unit order. Customers new since
 * the previous analysis are not movers (the migration matrix counts them as `new`).
 */
export function tierMovers(
  previousTiers: Uint8Array,
  currentTiers: Uint8Array,
  previousRevenue: Float64Array,
  revenue: Float64Array,
  ids: readonly string[],
  limit = 20,
): TierMovers {
  const up: TierMove[] = [];
  const down: TierMove[] = [];
  for (let c = 0; c < currentTiers.length; c++) {
    const from = previousTiers[c];
    const to = currentTiers[c];
    if (from === UNCLASSIFIED || to === UNCLASSIFIED || from === to) continue;
    const move = { customer: c, from, to, previousRevenue: previousRevenue[c], revenue: revenue[c], change: revenue[c] - previousRevenue[c] };
    (to < from ? up : down).push(move);
  }
  const rank = idRank(ids);
  const byId = (x: TierMove, y: TierMove) => rank[x.customer] - rank[y.customer];
  up.sort((x, y) => y.change - x.change || byId(x, y));
  down.sort((x, y) => x.change - y.change || byId(x, y));
  return { up: up.slice(0, limit), down: down.slice(0, limit) };
}
