import { describe, expect, test } from 'vitest';
import { tierMovers, UNCLASSIFIED } from '../../../../src/core/index.ts';

const U = UNCLASSIFIED;

describe('tierMovers(previousTiers, currentTiers, previousRevenue, revenue, ids, limit)', () => {
  // Tier codes: 0 A, 1 B, 2 C, 3 inactive.
  const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
  const previous = Uint8Array.from([1, 2, 3, 0, 0, 1, U, 2]);
  const current = Uint8Array.from([0, 0, 1, 2, 3, 1, 0, 0]);
  const previousRevenue = Float64Array.from([100, 20, 0, 500, 300, 50, 0, 30]);
  const revenue = Float64Array.from([400, 120, 60, 200, -10, 80, 900, 130]);

  test('up: better tier now, largest gain first (ties by id); down: worse tier, largest loss first', () => {
    const { up, down } = tierMovers(previous, current, previousRevenue, revenue, ids);
    // Up: a B→A +300, b C→A +100, h C→A +100, c inactive→B +60. f stays B; g is new (not a mover).
    expect(up.map((m) => [ids[m.customer], m.change])).toEqual([
      ['a', 300],
      ['b', 100],
      ['h', 100],
      ['c', 60],
    ]);
    // Down: e A→inactive −310, d A→C −300.
    expect(down.map((m) => [ids[m.customer], m.from, m.to, m.previousRevenue, m.revenue, m.change])).toEqual([
      ['e', 0, 3, 300, -10, -310],
      ['d', 0, 2, 500, 200, -300],
    ]);
  });

  test('limit keeps the largest changes', () => {
    const { up, down } = tierMovers(previous, current, previousRevenue, revenue, ids, 2);
    expect(up.map((m) => ids[m.customer])).toEqual(['a', 'b']);
    expect(down.map((m) => ids[m.customer])).toEqual(['e', 'd']);
  });

  test('with thousands of movers, equal to sorting them all by change then id and keeping the first `limit`', () => {
    let seed = 11;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    const size = 3000;
    // Ids out of index order, and revenues on a coarse grid so that many changes tie.
    const many = Array.from({ length: size }, (_, c) => `id${(c * 7919) % size}`);
    const before = Uint8Array.from({ length: size }, () => (random() < 0.05 ? U : Math.floor(random() * 4)));
    const now = Uint8Array.from({ length: size }, () => (random() < 0.05 ? U : Math.floor(random() * 4)));
    const revenueBefore = Float64Array.from({ length: size }, () => Math.floor(random() * 20) * 50);
    const revenueNow = Float64Array.from({ length: size }, () => Math.floor(random() * 20) * 50);
    const movers = [...Array(size).keys()].filter((c) => before[c] !== U && now[c] !== U && before[c] !== now[c]);
    const change = (c: number) => revenueNow[c] - revenueBefore[c];
    const byId = (x: number, y: number) => (many[x] < many[y] ? -1 : many[x] > many[y] ? 1 : 0);
    const up = movers.filter((c) => now[c] < before[c]).sort((x, y) => change(y) - change(x) || byId(x, y));
    const down = movers.filter((c) => now[c] > before[c]).sort((x, y) => change(x) - change(y) || byId(x, y));
    expect(up.length).toBeGreaterThan(500);
    for (const limit of [0, 1, 25, 5000]) {
      const result = tierMovers(before, now, revenueBefore, revenueNow, many, limit);
      expect(result.up.map((m) => m.customer)).toEqual(up.slice(0, limit));
      expect(result.down.map((m) => m.customer)).toEqual(down.slice(0, limit));
    }
  });
});
