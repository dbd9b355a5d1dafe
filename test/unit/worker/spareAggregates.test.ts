import { expect, test } from 'vitest';
import { aggregateArrays } from '../../../src/core/index.ts';
import { SpareAggregates } from '../../../src/worker/spareAggregates.ts';

test('hands back the sets given, oldest first, keeping two: a third pushes the oldest out', () => {
  const spare = new SpareAggregates();
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

test('a size no spare set has gets new arrays of that size', () => {
  const spare = new SpareAggregates();
  const given = aggregateArrays(3);
  spare.give(given);
  const other = spare.take(5);
  expect(other).not.toBe(given);
  expect(Object.values(other).map((array) => array.length)).toEqual([5, 5, 5, 5, 5, 5, 5]);
  expect(spare.take(3)).toBe(given);
});
