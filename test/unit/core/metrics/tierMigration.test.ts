import { describe, expect, test } from 'vitest';
import { TIER_ORIGINS, TIERS, tierMigration, UNCLASSIFIED } from '../../../../src/core/index.ts';

const U = UNCLASSIFIED;
// Tier codes: 0 A, 1 B, 2 C, 3 inactive.

describe('tierMigration(previousTiers, currentTiers)', () => {
  test('counts customers per (previous tier or new, current tier)', () => {
    // customer: before → now
    //   0: A → A, 1: A → B, 2: B → A, 3: C → inactive, 4: new → C, 5: new → C,
    //   6: inactive → B, 7: not counted now (left out), 8: B → B
    const previous = Uint8Array.from([0, 0, 1, 2, U, U, 3, 1, 1]);
    const current = Uint8Array.from([0, 1, 0, 3, 2, 2, 1, U, 1]);
    const { counts } = tierMigration(previous, current);
    expect(TIER_ORIGINS).toEqual(['A', 'B', 'C', 'inactive', 'new']);
    expect(counts).toEqual([
      // A  B  C  inactive (now)
      [1, 1, 0, 0], // A before
      [1, 1, 0, 0], // B before
      [0, 0, 0, 1], // C before
      [0, 1, 0, 0], // inactive before
      [0, 0, 2, 0], // new
    ]);
    // Every customer counted now (8 of 9) is in one cell.
    expect(counts.flat().reduce((s, v) => s + v, 0)).toBe(8);
  });

  test('no customers gives a matrix of zeros of the full shape', () => {
    const { counts } = tierMigration(new Uint8Array(0), new Uint8Array(0));
    expect(counts).toEqual(TIER_ORIGINS.map(() => TIERS.map(() => 0)));
  });

  test('arrays of different lengths are a bug', () => {
    expect(() => tierMigration(new Uint8Array(2), new Uint8Array(3))).toThrow(RangeError);
  });
});
