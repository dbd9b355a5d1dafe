import { Adder } from '../stats/index.ts';
import { shareBase } from './shareBase.ts';

export interface LorenzPoint {
  /** Cumulative share of customers, smallest revenue first. */
  readonly x: number;
  /** Cumulative share of revenue those customers hold. */
  readonly y: number;
}

/**
 * Lorenz curve of the revenues > 0 in rank order (descending, as rankCustomers gives): points from
 * (0, 0) to (1, 1), x = k/n for the k smallest customers, y = their share of Σr (compensated). Every
 * point when n + 1 ≤ maxPoints; otherwise maxPoints points evenly spaced in x (k = round(j·n/(maxPoints − 1)),
 * both ends kept). The last point is exactly (1, 1). Empty when no revenue is > 0. Zero, negative and
 * NaN entries are skipped. maxPoints must be a whole number ≥ 2.
 */
export function lorenzCurve(rankedRevenues: Float64Array, { maxPoints = 512 }: { maxPoints?: number } = {}): LorenzPoint[] {
  if (!Number.isInteger(maxPoints) || maxPoints < 2) throw new RangeError(`lorenzCurve: maxPoints must be a whole number ≥ 2, got ${maxPoints}`);
  const { n, total } = shareBase(rankedRevenues);
  if (n === 0) return [];
  const sampled = n + 1 > maxPoints;
  const points: LorenzPoint[] = [{ x: 0, y: 0 }];
  const cumulative = new Adder();
  let k = 0;
  let j = 1;
  let next = sampled ? Math.round(n / (maxPoints - 1)) : 1;
  // Ascending order is the ranked order read backwards.
  for (let i = rankedRevenues.length - 1; i >= 0; i--) {
    const r = rankedRevenues[i];
    if (!(r > 0)) continue;
    cumulative.add(r);
    k++;
    if (k < next) continue;
    points.push({ x: k / n, y: k === n ? 1 : cumulative.valueOf() / total });
    j++;
    next = sampled ? Math.round((j * n) / (maxPoints - 1)) : k + 1;
  }
  return points;
}
