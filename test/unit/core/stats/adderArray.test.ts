import { expect, test } from 'vitest';
import { AdderArray } from '../../../../src/core/stats/adderArray.ts';

test('AdderArray keeps one compensated sum per index', () => {
  const sums = new AdderArray(3);
  for (let i = 0; i < 10; i++) sums.add(0, 0.1);
  sums.add(1, 1e100);
  sums.add(1, 1);
  sums.add(1, -1e100);
  // ten 0.1 make exactly 1 (plain: 0.9999999999999999); 1e100 + 1 − 1e100 = 1 (plain: 0)
  expect([sums.valueAt(0), sums.valueAt(1), sums.valueAt(2)]).toEqual([1, 1, 0]);
});

test('AdderArray leaves no drift when values are added and removed again (a sliding window)', () => {
  const sums = new AdderArray(1);
  for (const v of [0.1, 0.2, 1e6 + 0.3]) sums.add(0, v);
  for (const v of [0.1, 0.2]) sums.add(0, -v);
  sums.add(0, 5);
  sums.add(0, -(1e6 + 0.3));
  expect(sums.valueAt(0)).toBe(5);
});

test('AdderArray.reset(index) sets one sum back to exactly 0', () => {
  const sums = new AdderArray(2);
  sums.add(0, 0.1);
  sums.add(1, 0.2);
  sums.reset(0);
  expect([sums.valueAt(0), sums.valueAt(1)]).toEqual([0, 0.2]);
});
