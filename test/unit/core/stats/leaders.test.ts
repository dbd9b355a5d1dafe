import { describe, expect, test } from 'vitest';
import { Leaders } from '../../../../src/core/stats/index.ts';

describe('Leaders(limit, compare)', () => {
  test('by hand: the three largest of 5 1 9 3 9 7, ties by the lower item first', () => {
    const values = [5, 1, 9, 3, 9, 7];
    const leaders = new Leaders(3, (x, y) => values[y] - values[x] || x - y);
    for (let i = 0; i < values.length; i++) leaders.offer(i);
    // 9 (item 2), 9 (item 4), 7 (item 5).
    expect(leaders.items).toEqual([2, 4, 5]);
  });

  test('equal to sorting every item and keeping the first `limit`, for limits 0 to past the count', () => {
    let seed = 3;
    const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
    // Few distinct values, so most comparisons tie and the tie-break decides.
    const values = Array.from({ length: 2000 }, () => Math.floor(random() * 40));
    const compare = (x: number, y: number) => values[y] - values[x] || x - y;
    const sorted = [...values.keys()].sort(compare);
    for (const limit of [0, 1, 7, 100, 2000, 2500, 2.5]) {
      const leaders = new Leaders(limit, compare);
      for (let i = 0; i < values.length; i++) leaders.offer(i);
      expect(leaders.items).toEqual(sorted.slice(0, Math.floor(limit)));
    }
  });
});
