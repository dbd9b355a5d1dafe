import { describe, expect, it } from 'vitest';
import { balance } from '../../../../src/core/index.ts';
import { expectClose } from '../helpers/expectClose.ts';

describe('balance(values)', () => {
  it('is 0 for equal values', () => {
    const result = balance([5, 5, 5, 5]);
    expect(result.gini).toBe(0);
    expect(result.cv).toBe(0);
    expect(result.mean).toBe(5);
  });

  it('counts zeros: one of four holds everything', () => {
    // Ascending 0, 0, 0, 8: Σ (2i − n − 1) v = (8 − 5) · 8 = 24; / (4 · 8) = 0.75 = (n − 1)/n.
    // mean 2; deviations −2, −2, −2, 6 → squares 4 + 4 + 4 + 36 = 48; / 4 = 12; √12 / 2 = 1.7320508…
    const result = balance([8, 0, 0, 0]);
    expectClose(result.gini, 0.75);
    expectClose(result.cv, Math.sqrt(12) / 2);
  });

  it('matches the naive pairwise Gini on mixed values', () => {
    // Gini = Σ_i Σ_j |v_i − v_j| / (2 n² mean). Values 1, 2, 3, 10: mean 4.
    // Pairs (unordered) |diff|: 1, 2, 9, 1, 8, 7 → 28, ordered 56; 56 / (2 · 16 · 4) = 0.4375.
    // Variance: (9 + 4 + 1 + 36) / 4 = 12.5; cv = √12.5 / 4.
    const result = balance([3, 10, 1, 2]);
    expectClose(result.gini, 0.4375);
    expectClose(result.cv, Math.sqrt(12.5) / 4);
    expect(result.total).toBe(16);
  });

  it('is null for no values or a zero total', () => {
    expect(balance([])).toEqual({ n: 0, total: 0, mean: null, gini: null, cv: null });
    const zeros = balance([0, 0]);
    expect(zeros.gini).toBeNull();
    expect(zeros.cv).toBeNull();
    expect(zeros.mean).toBe(0);
  });
});
