import { lowerBound, radixOrder } from '../stats/index.ts';

/**
 * The customers of the portfolios, one entry per customer (a holding) in parallel arrays: who holds
 * it (owner index 0 … owners − 1) and what it weighs (period revenue).
 */
export interface RebalancePortfolios {
  /** Number of owners taking part (an owner with no customer can receive some). */
  readonly owners: number;
  readonly owner: Int32Array;
  readonly revenue: Float64Array;
}

export interface RebalanceOptions {
  /** 1 for the holdings that stay with their owner (A-tier customers unless the user unlocks them). */
  readonly locked?: Uint8Array;
  /** At most this many moves are proposed: a longer list is no proposal anyone reads. */
  readonly maxMoves?: number;
}

export interface Move {
  /** Index of the holding moved. */
  readonly holding: number;
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
export function rebalance({ owners, owner, revenue }: RebalancePortfolios, { locked, maxMoves = MAX_MOVES }: RebalanceOptions = {}): Move[] {
  const n = owner.length;
  if (owners < 2 || n === 0) return [];
  const counts = new Float64Array(owners);
  const revenues = new Float64Array(owners);
  for (let k = 0; k < n; k++) {
    counts[owner[k]]++;
    revenues[owner[k]] += revenue[k];
  }
  const meanCount = n / owners;
  const meanRevenue = revenues.reduce((sum, r) => sum + r, 0) / owners;
  const useRevenue = meanRevenue > 0;

  // Movable holdings grouped by owner (segment o is first[o] … first[o + 1] − 1), each group by revenue
  // ascending with ties by holding index: all of them ranked once, then split by owner keeping that order.
  const order = radixOrder(revenue);
  const first = new Int32Array(owners + 1);
  for (let k = 0; k < n; k++) if (locked?.[k] !== 1) first[owner[k] + 1]++;
  for (let o = 0; o < owners; o++) first[o + 1] += first[o];
  const listed = new Int32Array(first[owners]);
  const listedRevenue = new Float64Array(first[owners]);
  const next = first.slice(0, owners);
  for (let i = 0; i < n; i++) {
    const k = order[i];
    if (locked?.[k] === 1) continue;
    const at = next[owner[k]]++;
    listed[at] = k;
    listedRevenue[at] = revenue[k];
  }
  const moved = new Uint8Array(n);

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
    const x = revenue[k];
    const countPart = (counts[d] - counts[s] + 1) / meanCount ** 2;
    const revenuePart = useRevenue ? (x * (revenues[d] - revenues[s] + x)) / meanRevenue ** 2 : 0;
    return (2 / owners) * (countPart + revenuePart);
  };

  const moves: Move[] = [];
  while (moves.length < maxMoves) {
    let bestK = -1;
    let bestS = 0;
    let bestD = 0;
    let bestChange = 0;
    for (let s = 0; s < owners; s++) {
      for (let d = 0; d < owners; d++) {
        if (d === s) continue;
        // The unmoved customers of s nearest (r_s − r_d)/2 in revenue: the closest below, then the closest at or above.
        const at = lowerBound(listedRevenue, (revenues[s] - revenues[d]) / 2, first[s], first[s + 1]);
        let below = at - 1;
        while (below >= first[s] && moved[listed[below]] === 1) below--;
        let above = at;
        while (above < first[s + 1] && moved[listed[above]] === 1) above++;
        for (let side = 0; side < 2; side++) {
          const i = side === 0 ? below : above;
          if (i < first[s] || i >= first[s + 1]) continue;
          const change = delta(listed[i], s, d);
          if (bestK === -1 || change < bestChange) {
            bestK = listed[i];
            bestS = s;
            bestD = d;
            bestChange = change;
          }
        }
      }
    }
    if (bestK === -1 || !(bestChange < -tolerance)) break;
    moved[bestK] = 1;
    counts[bestS]--;
    counts[bestD]++;
    revenues[bestS] -= revenue[bestK];
    revenues[bestD] += revenue[bestK];
    moves.push({ holding: bestK, from: bestS, to: bestD, revenue: revenue[bestK] });
  }
  return moves;
}
