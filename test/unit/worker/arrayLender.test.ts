import { afterEach, expect, test, vi } from 'vitest';
import { ArrayLender } from '../../../src/worker/arrayLender.ts';
import { SpareSets } from '../../../src/worker/spareSets.ts';

afterEach(() => vi.restoreAllMocks());

test('prepare lends a written set of each kind for a data set of ordinary size', () => {
  const given = vi.spyOn(SpareSets.prototype, 'give');
  new ArrayLender().prepare(190_000);
  expect(given).toHaveBeenCalledTimes(2);
  const lengths = given.mock.calls.map(([set]) => Object.values(set as Record<string, ArrayLike<number>>).map((array) => array.length));
  expect(lengths.flat().every((length) => length === 190_000)).toBe(true);
});

test('prepare writes nothing ahead past 32 MiB (59 bytes a customer: 568,000 customers and more)', () => {
  const given = vi.spyOn(SpareSets.prototype, 'give');
  // 568,720 · 59 = 33,554,480 bytes, just over 32 MiB (33,554,432).
  new ArrayLender().prepare(568_720);
  expect(given).not.toHaveBeenCalled();
  new ArrayLender().prepare(568_719);
  expect(given).toHaveBeenCalledTimes(2);
});
