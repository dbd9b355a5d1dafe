import { describe, expect, it } from 'vitest';
import { rebalance } from '../../../../src/core/index.ts';
import type { Move, RebalanceOptions } from '../../../../src/core/index.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';

/** A customer as the tests write it. */
interface Holding {
  readonly id: string;
  readonly owner: number;
  readonly revenue: number;
}

/** rebalance over holdings written as objects, `locked` as a set of ids; the moves with the ids of their holdings. */
function proposal(owners: number, holdings: readonly Holding[], options: { locked?: ReadonlySet<string>; maxMoves?: number } = {}) {
  const columns = {
    owners,
    owner: Int32Array.from(holdings, (h) => h.owner),
    revenue: Float64Array.from(holdings, (h) => h.revenue),
  };
  const settings: RebalanceOptions = {
    ...(options.maxMoves === undefined ? {} : { maxMoves: options.maxMoves }),
    ...(options.locked === undefined ? {} : { locked: Uint8Array.from(holdings, (h) => (options.locked?.has(h.id) ? 1 : 0)) }),
  };
  return rebalance(columns, settings).map((move) => ({ ...move, id: holdings[move.holding].id }));
}

/**
 * The imbalance the greedy lowers, computed the naive way: per owner count and revenue from the
 * holdings, then CV² = population variance / mean² of each, summed.
 */
function imbalance(owners: number, holdings: readonly Holding[], ownerOf: readonly number[]): number {
  const counts = new Array<number>(owners).fill(0);
  const revenues = new Array<number>(owners).fill(0);
  holdings.forEach((h, k) => {
    counts[ownerOf[k]] += 1;
    revenues[ownerOf[k]] += h.revenue;
  });
  const cv2 = (values: number[]) => {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    if (mean <= 0) return 0;
    return values.reduce((a, v) => a + (v - mean) ** 2, 0) / values.length / mean ** 2;
  };
  return cv2(counts) + cv2(revenues);
}

function applied(holdings: readonly Holding[], moves: readonly Move[]): number[] {
  const ownerOf = holdings.map((h) => h.owner);
  for (const move of moves) ownerOf[move.holding] = move.to;
  return ownerOf;
}

/** Owners 0 … 4; owner 0 holds most customers and the largest ones. */
function skewed(seed: number): Holding[] {
  const random = mulberry32(seed);
  return Array.from({ length: 60 }, (_, k) => ({
    id: `c${String(k).padStart(2, '0')}`,
    owner: random() < 0.5 ? 0 : Math.floor(random() * 5),
    revenue: Math.round(random() ** 3 * 1000),
  }));
}

describe('rebalance(portfolios, {locked, maxMoves})', () => {
  it('evens out one full and one empty portfolio', () => {
    // Four customers of 10 with owner 0, none with owner 1: two moves give 2 / 2 customers and 20 / 20.
    const holdings = ['a', 'b', 'c', 'd'].map((id) => ({ id, owner: 0, revenue: 10 }));
    const moves = proposal(2, holdings);
    expect(moves).toHaveLength(2);
    expect(moves.every((m) => m.from === 0 && m.to === 1)).toBe(true);
    expect(imbalance(2, holdings, applied(holdings, moves))).toBe(0);
  });

  it('never moves locked customers', () => {
    for (const seed of [1, 2, 3, 4]) {
      const holdings = skewed(seed);
      const locked = new Set(holdings.filter((h) => h.revenue > 300).map((h) => h.id));
      expect(locked.size).toBeGreaterThan(0);
      const moves = proposal(5, holdings, { locked });
      expect(moves.length).toBeGreaterThan(0);
      expect(moves.filter((m) => locked.has(m.id))).toEqual([]);
    }
  });

  it('keeps a locked large customer where it is and balances with the others', () => {
    // Owner 0: A (100, locked), x (1), y (1); owner 1: nothing. Only x or y can move.
    const holdings = [
      { id: 'A', owner: 0, revenue: 100 },
      { id: 'x', owner: 0, revenue: 1 },
      { id: 'y', owner: 0, revenue: 1 },
    ];
    const moves = proposal(2, holdings, { locked: new Set(['A']) });
    expect(moves.map((m) => m.id).sort()).toEqual(['x', 'y']);
    // Unlocked, moving A is the best first move: counts 2/1 revenue 2/100 beats any small move.
    expect(proposal(2, holdings)[0].id).toBe('A');
  });

  it('never makes the imbalance worse, move after move', () => {
    for (const seed of [5, 6, 7]) {
      const holdings = skewed(seed);
      const moves = proposal(5, holdings);
      let previous = imbalance(5, holdings, holdings.map((h) => h.owner));
      const start = previous;
      for (let k = 1; k <= moves.length; k++) {
        const now = imbalance(5, holdings, applied(holdings, moves.slice(0, k)));
        expect(now).toBeLessThan(previous);
        previous = now;
      }
      expect(previous).toBeLessThan(start / 2);
    }
  });

  it('stops when no single move of an unmoved customer helps', () => {
    for (const seed of [8, 9]) {
      const holdings = skewed(seed);
      const moves = proposal(5, holdings);
      expect(moves.length).toBeLessThan(200);
      const ownerOf = applied(holdings, moves);
      const end = imbalance(5, holdings, ownerOf);
      const moved = new Set(moves.map((m) => m.holding));
      holdings.forEach((_, k) => {
        if (moved.has(k)) return;
        for (let to = 0; to < 5; to++) {
          if (to === ownerOf[k]) continue;
          const trial = [...ownerOf];
          trial[k] = to;
          expect(imbalance(5, holdings, trial)).toBeGreaterThanOrEqual(end - 1e-12);
        }
      });
    }
  });

  it('is deterministic, moves each customer at most once and respects maxMoves', () => {
    const holdings = skewed(10);
    const once = proposal(5, holdings);
    expect(proposal(5, holdings)).toEqual(once);
    expect(new Set(once.map((m) => m.id)).size).toBe(once.length);
    expect(proposal(5, holdings, { maxMoves: 3 })).toEqual(once.slice(0, 3));
  });

  it('makes the moves of a brute-force greedy that tries every customer with every other owner', () => {
    // Distinct revenues, so no two candidates tie: at each step the reference recomputes the imbalance
    // from scratch for every unmoved, unlocked customer moved to every other owner and takes the lowest.
    for (const seed of [11, 12]) {
      const random = mulberry32(seed);
      const owners = 6;
      const holdings: Holding[] = Array.from({ length: 240 }, (_, k) => ({
        id: `h${k}`,
        owner: Math.min(owners - 1, Math.floor(random() ** 2 * owners)),
        revenue: k + random() ** 4 * 5000,
      }));
      const locked = new Set(holdings.filter((h) => h.revenue > 4000).map((h) => h.id));
      const ownerOf = holdings.map((h) => h.owner);
      const moved = new Set<number>();
      const tolerance = 1e-9 * imbalance(owners, holdings, ownerOf);
      const expected: { holding: number; from: number; to: number }[] = [];
      while (expected.length < 200) {
        const now = imbalance(owners, holdings, ownerOf);
        let best: { holding: number; from: number; to: number; after: number } | null = null;
        for (const [k, h] of holdings.entries()) {
          if (moved.has(k) || locked.has(h.id)) continue;
          for (let to = 0; to < owners; to++) {
            if (to === h.owner) continue;
            const trial = [...ownerOf];
            trial[k] = to;
            const after = imbalance(owners, holdings, trial);
            if (best === null || after < best.after) best = { holding: k, from: h.owner, to, after };
          }
        }
        if (best === null || !(best.after - now < -tolerance)) break;
        const { holding, from, to } = best;
        expected.push({ holding, from, to });
        ownerOf[holding] = to;
        moved.add(holding);
      }
      expect(expected.length).toBeGreaterThan(10);
      const moves = proposal(owners, holdings, { locked }).map(({ holding, from, to }) => ({ holding, from, to }));
      expect(moves).toEqual(expected);
    }
  });

  it('proposes nothing for one owner, no customers or a balanced book', () => {
    expect(proposal(1, [{ id: 'a', owner: 0, revenue: 5 }])).toEqual([]);
    expect(proposal(3, [])).toEqual([]);
    const even = [0, 1, 0, 1].map((owner, k) => ({ id: `c${k}`, owner, revenue: 7 }));
    expect(proposal(2, even)).toEqual([]);
  });
});
