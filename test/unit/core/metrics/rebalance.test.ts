import { describe, expect, it } from 'vitest';
import { rebalance } from '../../../../src/core/index.ts';
import type { Holding, Move } from '../../../../src/core/index.ts';
import { mulberry32 } from '../helpers/mulberry32.ts';

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

describe('rebalance(portfolios, {locked})', () => {
  it('evens out one full and one empty portfolio', () => {
    // Four customers of 10 with owner 0, none with owner 1: two moves give 2 / 2 customers and 20 / 20.
    const holdings = ['a', 'b', 'c', 'd'].map((id) => ({ id, owner: 0, revenue: 10 }));
    const moves = rebalance({ owners: 2, holdings });
    expect(moves).toHaveLength(2);
    expect(moves.every((m) => m.from === 0 && m.to === 1)).toBe(true);
    expect(imbalance(2, holdings, applied(holdings, moves))).toBe(0);
  });

  it('never moves locked customers', () => {
    for (const seed of [1, 2, 3, 4]) {
      const holdings = skewed(seed);
      const locked = new Set(holdings.filter((h) => h.revenue > 300).map((h) => h.id));
      expect(locked.size).toBeGreaterThan(0);
      const moves = rebalance({ owners: 5, holdings }, { locked });
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
    const moves = rebalance({ owners: 2, holdings }, { locked: new Set(['A']) });
    expect(moves.map((m) => m.id).sort()).toEqual(['x', 'y']);
    // Unlocked, moving A is the best first move: counts 2/1 revenue 2/100 beats any small move.
    expect(rebalance({ owners: 2, holdings })[0].id).toBe('A');
  });

  it('never makes the imbalance worse, move after move', () => {
    for (const seed of [5, 6, 7]) {
      const holdings = skewed(seed);
      const moves = rebalance({ owners: 5, holdings });
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
      const moves = rebalance({ owners: 5, holdings });
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
    const once = rebalance({ owners: 5, holdings });
    expect(rebalance({ owners: 5, holdings })).toEqual(once);
    expect(new Set(once.map((m) => m.id)).size).toBe(once.length);
    expect(rebalance({ owners: 5, holdings }, { maxMoves: 3 })).toEqual(once.slice(0, 3));
  });

  it('proposes nothing for one owner, no customers or a balanced book', () => {
    expect(rebalance({ owners: 1, holdings: [{ id: 'a', owner: 0, revenue: 5 }] })).toEqual([]);
    expect(rebalance({ owners: 3, holdings: [] })).toEqual([]);
    const even = [0, 1, 0, 1].map((owner, k) => ({ id: `c${k}`, owner, revenue: 7 }));
    expect(rebalance({ owners: 2, holdings: even })).toEqual([]);
  });
});
