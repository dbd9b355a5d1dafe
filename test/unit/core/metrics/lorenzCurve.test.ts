import { describe, expect, test } from 'vitest';
import { lorenzCurve } from '../../../../src/core/index.ts';
import { expectClose } from '../helpers/expectClose.ts';

const of = (values: number[], maxPoints?: number) => lorenzCurve(Float64Array.from(values), { maxPoints });

function expectPoints(actual: { x: number; y: number }[], expected: [number, number][]) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((point, i) => {
    expectClose(point.x, expected[i][0]);
    expectClose(point.y, expected[i][1]);
  });
}

describe('lorenzCurve(rankedRevenues, {maxPoints})', () => {
  test('has every point from (0, 0) to (1, 1), smallest customers first', () => {
    // ascending 20, 30, 50 of 100: (1/3, .2), (2/3, .5), (1, 1)
    expectPoints(of([50, 30, 20]), [[0, 0], [1 / 3, 0.2], [2 / 3, 0.5], [1, 1]]);
  });

  test('samples evenly in x when n + 1 > maxPoints, keeping both ends', () => {
    // n = 4, 4 points: k = round(j · 4/3) = 0, 1, 3, 4; ascending 1, 2, 3, 4 of 10 → y 0, .1, .6, 1
    expectPoints(of([4, 3, 2, 1], 4), [[0, 0], [0.25, 0.1], [0.75, 0.6], [1, 1]]);
    // n = 10 equal, 3 points: k = 0, 5, 10
    expectPoints(of(Array(10).fill(1), 3), [[0, 0], [0.5, 0.5], [1, 1]]);
    expect(of(Array(1000).fill(1))).toHaveLength(512);
  });

  test('ends exactly at (1, 1) and skips entries ≤ 0', () => {
    const points = of([0.7, 0.2, 0.1, 0, -5]);
    expect(points[points.length - 1]).toEqual({ x: 1, y: 1 });
    expect(points).toHaveLength(4);
  });

  test('is empty without revenue; maxPoints < 2 is a bug', () => {
    expect(of([])).toEqual([]);
    expect(of([-1])).toEqual([]);
    expect(() => of([1], 1)).toThrow(RangeError);
  });
});
