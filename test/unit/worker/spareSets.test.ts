import { expect, test } from 'vitest';
import { aggregateArrays, intervalArrays } from '../../../src/core/index.ts';
import type { AggregateArrays } from '../../../src/core/index.ts';
import { SpareSets } from '../../../src/worker/spareSets.ts';

const spareAggregates = () => new SpareSets<AggregateArrays>(aggregateArrays, (arrays) => arrays.revenue.length);

test('hands back the sets given, oldest first, keeping two: a third pushes the oldest out', () => {
  const spare = spareAggregates();
  const [a, b, c] = [aggregateArrays(3), aggregateArrays(3), aggregateArrays(3)];
  spare.give(a);
  spare.give(b);
  spare.give(c);
  expect(spare.take(3)).toBe(b);
  expect(spare.take(3)).toBe(c);
  const made = spare.take(3);
  expect([a, b, c]).not.toContain(made);
  expect(made.revenue).toHaveLength(3);
});

test('a size no spare set has gets a new set of that size', () => {
  const spare = spareAggregates();
  const given = aggregateArrays(3);
  spare.give(given);
  const other = spare.take(5);
  expect(other).not.toBe(given);
  expect(Object.values(other).map((array: ArrayLike<number>) => array.length)).toEqual([5, 5, 5, 5, 5, 5, 5]);
  expect(spare.take(3)).toBe(given);
});

test('makes and measures sets of any kind: purchase-interval arrays', () => {
  const spare = new SpareSets(intervalArrays, (arrays) => arrays.purchaseDays.length);
  const given = intervalArrays(4);
  spare.give(given);
  expect(spare.take(4)).toBe(given);
  expect(Object.values(spare.take(2)).map((array: ArrayLike<number>) => array.length)).toEqual([2, 2, 2, 2, 2, 2]);
});
