import { radixOrder } from '../stats/index.ts';

/** A customer in a portfolio: who holds it and what it weighs. */
export interface Holding {
  readonly id: string;
  /** Index of its owner, 0 … owners − 1. */
  readonly owner: number;
  /** Revenue it brings (period revenue). */
  readonly revenue: number;
}

export interface RebalancePortfolios {
  /** Number of owners taking part (an owner with no customer can receive some). */
  readonly owners: number;
  readonly holdings: readonly Holding[];
}

export interface RebalanceOptions {
  /** Ids of the customers that stay with their owner (A-tier customers unless the user unlocks them). */
  readonly locked?: ReadonlySet<string>;
  /** At most this many moves are proposed: a longer list is no proposal anyone reads. */
  readonly maxMoves?: number;
}

export interface Move {
  /** Index into `holdings`. */
  readonly holding: number;
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly revenue: number;
}

export const MAX_MOVES = 200;

/**
 * A rebalancing proposal: a greedy that moves unlocked customers between owners to even out both the
 * customer count and the revenue per owner. Imbalance = CV(customers)² + CV(revenue)² across the
 * owners (population CV, as `balance`; the revenue term is left out when the mean revenue is ≤ 0).
 * Moving a customer of revenue x from owner s to owner d changes it by
 *   Δ = 2/K · [ (c_d − c_s + 1) / c̄² + x·(r_d − r_s + x) / r̄² ]
 * (K owners, c and r their counts and revenues; the means do not change), so for each pair (s, d) the
 * best customer is the one whose revenue is nearest (r_s − r_d)/2 — found by binary search in s's
 * customers sorted by revenue. Each step makes the single move with the most negative Δ over every pair
 * (in practice from the most to the least loaded owners); it stops when no move lowers the imbalance
 * (by more than 1e-9 of where it started), or after `maxMoves`. Each customer moves at most once and
 * locked customers never. Deterministic: of equal moves the first found wins (lower source owner, then
 * lower destination owner, then the lower-revenue customer; equal revenues by holding order).
 */
export function rebalance({ owners, holdings }: RebalancePortfolios, { locked = new Set(), maxMoves = MAX_MOVES }: RebalanceOptions = {}): Move[] {
  if (owners < 2 || holdings.length === 0) return [];
  const counts = new Float64Array(owners);
  const revenues = new Float64Array(owners);
  for (const { owner, revenue } of holdings) {
    counts[owner]++;
    revenues[owner] += revenue;
  }
  const meanCount = holdings.length / owners;
  const meanRevenue = revenues.reduce((sum, r) => sum + r, 0) / owners;
  const useRevenue = meanRevenue > 0;

  // Movable customers per owner, by revenue ascending (ties by holding index).
  const unsorted = Array.from({ length: owners }, () => [] as number[]);
  holdings.forEach((h, k) => {
    if (!locked.has(h.id)) unsorted[h.owner].push(k);
  });
  // Each list is in holding order, so a stable sort by revenue keeps ties by holding index.
  const lists = unsorted.map((list) => byRevenue(list, holdings));
  const moved = new Uint8Array(holdings.length);

  const imbalance = (): number => {
    let sum = 0;
    for (let o = 0; o < owners; o++) {
      sum += ((counts[o] - meanCount) / meanCount) ** 2;
      if (useRevenue) sum += ((revenues[o] - meanRevenue) / meanRevenue) ** 2;
    }
    return sum / owners;
  };
  const tolerance = 1e-9 * imbalance();
  const delta = (k: number, s: number, d: number): number => {
    const x = holdings[k].revenue;
    const countPart = (counts[d] - counts[s] + 1) / meanCount ** 2;
    const revenuePart = useRevenue ? (x * (revenues[d] - revenues[s] + x)) / meanRevenue ** 2 : 0;
    return (2 / owners) * (countPart + revenuePart);
  };

  const moves: Move[] = [];
  while (moves.length < maxMoves) {
    let best: { k: number; s: number; d: number; change: number } | null = null;
    for (let s = 0; s < owners; s++) {
      const list = lists[s];
      for (let d = 0; d < owners; d++) {
        if (d === s) continue;
        for (const k of nearestUnmoved(list, holdings, moved, (revenues[s] - revenues[d]) / 2)) {
          const change = delta(k, s, d);
          if (best === null || change < best.change) best = { k, s, d, change };
        }
      }
    }
    if (best === null || !(best.change < -tolerance)) break;
    const { k, s, d } = best;
    moved[k] = 1;
    counts[s]--;
    counts[d]++;
    revenues[s] -= holdings[k].revenue;
    revenues[d] += holdings[k].revenue;
    moves.push({ holding: k, id: holdings[k].id, from: s, to: d, revenue: holdings[k].revenue });
  }
  return moves;
}

/** `list` sorted by revenue, stably (radixOrder). Plain loops: typed-array from() with a mapping function is many times slower. */
function byRevenue(list: readonly number[], holdings: readonly Holding[]): number[] {
  const revenues = new Float64Array(list.length);
  for (let i = 0; i < list.length; i++) revenues[i] = holdings[list[i]].revenue;
  const order = radixOrder(revenues);
  const sorted = new Array<number>(list.length);
  for (let i = 0; i < order.length; i++) sorted[i] = list[order[i]];
  return sorted;
}

/** The unmoved customers of `list` nearest `target` in revenue: the closest below and the closest at or above. */
function nearestUnmoved(list: readonly number[], holdings: readonly Holding[], moved: Uint8Array, target: number): number[] {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (holdings[list[middle]].revenue < target) low = middle + 1;
    else high = middle;
  }
  const found: number[] = [];
  for (let i = low - 1; i >= 0; i--) {
    if (moved[list[i]] === 0) {
      found.push(list[i]);
      break;
    }
  }
  for (let i = low; i < list.length; i++) {
    if (moved[list[i]] === 0) {
      found.push(list[i]);
      break;
    }
  }
  return found;
}
