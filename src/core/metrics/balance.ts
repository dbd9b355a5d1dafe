import { Adder } from '../stats/index.ts';

export interface Balance {
  readonly n: number;
  readonly total: number;
  readonly mean: number | null;
  /** Gini over every value, zeros included: 0 = all equal, (n − 1)/n = one holds everything. */
  readonly gini: number | null;
  /** Coefficient of variation: population standard deviation ÷ mean. */
  readonly cv: number | null;
}

/**
 * How evenly a quantity (revenue, customers, A-tier count) is spread over a group (the owners).
 * Unlike the customer Gini of SPEC §2, zeros count: an owner without revenue is part of the imbalance.
 * gini = Σ (2i − n − 1)·v_(i) / (n·Σv) with v ascending and 1-based i (SPEC's formula with the
 * constant folded in, so equal values give exactly 0). cv = √(Σ (v − mean)² / n) / mean, the
 * population form (the owners are the whole group, not a sample). Both are null for no values or a
 * total ≤ 0; mean is null for no values. Values are meant to be ≥ 0 (counts, revenues) and are used as
 * given; NaN entries are bugs of the caller and make the result NaN.
 */
export function balance(values: ArrayLike<number>): Balance {
  const n = values.length;
  const sorted = Float64Array.from(values).sort();
  const sum = new Adder();
  for (const v of sorted) sum.add(v);
  const total = +sum;
  if (n === 0) return { n, total, mean: null, gini: null, cv: null };
  const mean = total / n;
  if (!(total > 0)) return { n, total, mean, gini: null, cv: null };
  const weighted = new Adder();
  const squares = new Adder();
  sorted.forEach((v, k) => {
    weighted.add((2 * (k + 1) - n - 1) * v);
    squares.add((v - mean) ** 2);
  });
  return { n, total, mean, gini: +weighted / (n * total), cv: Math.sqrt(+squares / n) / mean };
}
