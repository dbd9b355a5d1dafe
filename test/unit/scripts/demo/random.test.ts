import { describe, expect, test } from 'vitest';
import { Random } from '../../../../scripts/demo/index.ts';

describe('Random', () => {
  test('next() follows mulberry32 (values from an independent Python port of the reference C code)', () => {
    const random = new Random(1);
    expect([random.next(), random.next(), random.next()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  test('the same seed gives the same sequence, another seed a different one', () => {
    const draw = (seed: number): number[] => {
      const random = new Random(seed);
      return Array.from({ length: 20 }, () => random.next());
    };
    expect(draw(42)).toEqual(draw(42));
    expect(draw(42)).not.toEqual(draw(43));
  });

  test('next() stays in [0, 1) with mean ≈ 1/2 and variance ≈ 1/12', () => {
    const random = new Random(7);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = random.next();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sumSq += u * u;
    }
    expect(outside).toBe(0);
    const mean = sum / n;
    // Standard error of the mean is sqrt(1/12 / n) ≈ 0.00065; allow 5 of them.
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.0033);
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });

  test('int(min, max) covers both ends and nothing outside', () => {
    const random = new Random(3);
    const seen = new Set<number>();
    for (let i = 0; i < 10_000; i++) seen.add(random.int(2, 5));
    expect([...seen].sort()).toEqual([2, 3, 4, 5]);
  });

  test('weightedIndex(weights) draws in proportion to the weights and never a zero weight', () => {
    const random = new Random(11);
    const counts = [0, 0, 0];
    const n = 100_000;
    for (let i = 0; i < n; i++) counts[random.weightedIndex([1, 0, 3])]++;
    expect(counts[1]).toBe(0);
    // Expected 1/4 and 3/4; binomial standard error ≈ 0.0014.
    expect(Math.abs(counts[0] / n - 0.25)).toBeLessThan(0.007);
  });

  test('normal() has mean ≈ 0 and variance ≈ 1', () => {
    const random = new Random(5);
    const n = 200_000;
    let sum = 0;
    let sumSq = 0;
    for (let i = 0; i < n; i++) {
      const z = random.normal();
      sum += z;
      sumSq += z * z;
    }
    expect(Math.abs(sum / n)).toBeLessThan(0.012);
    expect(Math.abs(sumSq / n - 1)).toBeLessThan(0.02);
  });

  test('logNormal(mu, sigma) has median ≈ e^mu', () => {
    const random = new Random(9);
    const values = Array.from({ length: 50_001 }, () => random.logNormal(Math.log(3), 0.5)).sort((a, b) => a - b);
    expect(Math.abs(values[25_000] / 3 - 1)).toBeLessThan(0.02);
  });

  test('pareto(scale, shape) is ≥ scale and P(X > 2·scale) ≈ 2^−shape', () => {
    const random = new Random(13);
    const n = 100_000;
    let above = 0;
    let min = Infinity;
    for (let i = 0; i < n; i++) {
      const x = random.pareto(10, 1.5);
      min = Math.min(min, x);
      if (x > 20) above++;
    }
    expect(min).toBeGreaterThanOrEqual(10);
    // 2^−1.5 = 0.35355
    expect(Math.abs(above / n - 0.35355)).toBeLessThan(0.008);
  });

  test('exponential(mean) has the given mean', () => {
    const random = new Random(17);
    const n = 100_000;
    let sum = 0;
    for (let i = 0; i < n; i++) sum += random.exponential(40);
    expect(Math.abs(sum / n / 40 - 1)).toBeLessThan(0.02);
  });
});
