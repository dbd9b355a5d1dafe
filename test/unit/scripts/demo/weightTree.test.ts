import { expect, test } from 'vitest';
import { Random, WeightTree } from '../../../../scripts/demo/index.ts';

/** Naive reference: the first item whose cumulative weight exceeds u · total. */
function linearFind(weights: readonly number[], u: number): number | null {
  const total = weights.reduce((a, b) => a + b, 0);
  if (total <= 0) return null;
  let cumulative = 0;
  for (let i = 0; i < weights.length; i++) {
    cumulative += weights[i];
    if (u * total < cumulative) return i;
  }
  return weights.length - 1;
}

test('find(u) agrees with a linear scan of the cumulative weights while weights change', () => {
  const random = new Random(21);
  const size = 37;
  const tree = new WeightTree(size);
  const weights = new Array<number>(size).fill(0);
  for (let step = 0; step < 2000; step++) {
    const i = random.int(0, size - 1);
    // Integer weights keep the sums exact, so both methods must agree to the item.
    const w = random.chance(0.3) ? 0 : random.int(1, 9);
    tree.set(i, w);
    weights[i] = w;
    const u = random.next();
    expect(tree.find(u)).toBe(linearFind(weights, u));
    expect(tree.total).toBe(weights.reduce((a, b) => a + b, 0));
  }
});

test('find(u) is null when every weight is 0 and never returns a zero-weight item', () => {
  const tree = new WeightTree(4);
  expect(tree.find(0.5)).toBeNull();
  tree.set(2, 1.5);
  for (const u of [0, 0.25, 0.5, 0.999]) expect(tree.find(u)).toBe(2);
  tree.set(2, 0);
  expect(tree.find(0.1)).toBeNull();
});
