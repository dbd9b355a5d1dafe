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
});
