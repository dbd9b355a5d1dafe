import { describe, expect, test } from 'vitest';
import { pointGrid } from '../../../../src/ui/charts/pointGrid.ts';

describe('pointGrid(xs, ys, cell).nearest(x, y, radius)', () => {
  // Four points; cells of 5 px.
  const xs = [0, 10, 10, 3];
  const ys = [0, 0, 10, 4];
  const grid = pointGrid(xs, ys, 5);

  test.each([
    // On a point.
    { x: 0, y: 0, radius: 1, expected: 0 },
    // (2, 3): point 0 is √13 ≈ 3.6 away, point 3 (3, 4) √2 ≈ 1.4 away.
    { x: 2, y: 3, radius: 5, expected: 3 },
    // (6, 0): point 1 is 4 away, point 3 is 5 away, point 0 is 6 away — none within 3.
    { x: 6, y: 0, radius: 3, expected: -1 },
    // ... and a point exactly at the radius counts.
    { x: 6, y: 0, radius: 4, expected: 1 },
    // (10, 7): point 2 is 3 away, point 1 is 7 away.
    { x: 10, y: 7, radius: 6, expected: 2 },
    // Far outside the points' bounds.
    { x: -100, y: 50, radius: 6, expected: -1 },
  ])('($x, $y) within $radius → $expected', ({ x, y, radius, expected }) => {
    expect(grid.nearest(x, y, radius)).toBe(expected);
  });

  test('of two points at the same distance the lower index wins, even when it sits in a later cell', () => {
    // Index 0 at x = 2 (cell 2), index 1 at x = 0 (cell 0): (1, 0) is 1 px from both.
    expect(pointGrid([2, 0], [0, 0], 1).nearest(1, 0, 3)).toBe(0);
  });

  test('points with a non-finite coordinate are left out', () => {
    const partial = pointGrid([Number.NaN, 5, Infinity], [1, 5, 5], 4);
    expect(partial.nearest(5, 5, 1)).toBe(1);
    expect(partial.nearest(5, 1, 20)).toBe(1);
  });

  test('no points: nothing is ever found', () => {
    expect(pointGrid([], [], 8).nearest(0, 0, 100)).toBe(-1);
  });

  test('agrees with a scan of every point on 3,000 random points and queries', () => {
    // A small linear congruential generator, so the test is the same on every run.
    let seed = 12345;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
    const n = 3000;
    const px = Array.from({ length: n }, () => random() * 600);
    const py = Array.from({ length: n }, () => random() * 400);
    const index = pointGrid(px, py, 12);
    const scan = (x: number, y: number, radius: number) => {
      let best = -1;
      let bestDistance = Infinity;
      for (let i = 0; i < n; i++) {
        const distance = Math.hypot(px[i] - x, py[i] - y);
        if (distance <= radius && distance < bestDistance) {
          best = i;
          bestDistance = distance;
        }
      }
      return best;
    };
    for (let q = 0; q < 2000; q++) {
      const x = random() * 640 - 20;
      const y = random() * 440 - 20;
      const radius = 1 + random() * 10;
      expect(index.nearest(x, y, radius)).toBe(scan(x, y, radius));
    }
  });
});
