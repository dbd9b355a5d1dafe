import { Leaders } from '../stats/index.ts';
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
  const rank = idRank(ids);
  // Tens of thousands of customers change tier under a broad filter: keep the leaders as they come instead of sorting them all.
  const up = new Leaders(limit, (x, y) => revenue[y] - previousRevenue[y] - (revenue[x] - previousRevenue[x]) || rank[x] - rank[y]);
  const down = new Leaders(limit, (x, y) => revenue[x] - previousRevenue[x] - (revenue[y] - previousRevenue[y]) || rank[x] - rank[y]);
  for (let c = 0; c < currentTiers.length; c++) {
    const from = previousTiers[c];
    const to = currentTiers[c];
    if (from === UNCLASSIFIED || to === UNCLASSIFIED || from === to) continue;
    (to < from ? up : down).offer(c);
  }
  const move = (c: number): TierMove => ({
    customer: c,
    from: previousTiers[c],
    to: currentTiers[c],
    previousRevenue: previousRevenue[c],
    revenue: revenue[c],
    change: revenue[c] - previousRevenue[c],
  });
  return { up: up.items.map(move), down: down.items.map(move) };
}

