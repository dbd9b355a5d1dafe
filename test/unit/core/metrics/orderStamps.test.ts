import { describe, expect, test } from 'vitest';
import { orderStamps } from '../../../../src/core/index.ts';

describe('orderStamps(dataset, customers)', () => {
  test('gives each use a range of stamps no earlier use has set, on the same marks', () => {
    const dataset = { orderCount: 3 };
    const first = orderStamps(dataset, 10);
    expect(Array.from(first.marks)).toEqual([-1, -1, -1]);
    first.marks[1] = first.base + 4;
    const second = orderStamps(dataset, 10);
    expect(second.marks).toBe(first.marks);
    expect(second.base).toBe(first.base + 10);
  });

  test('starts again from clean marks when the stamps would pass 2^31 − 1', () => {
    const dataset = { orderCount: 1 };
    const first = orderStamps(dataset, 2 ** 30);
    first.marks[0] = first.base + 7;
    orderStamps(dataset, 2 ** 30);
    const third = orderStamps(dataset, 2 ** 30);
    expect(third.base).toBe(0);
    expect(Array.from(third.marks)).toEqual([-1]);
  });
});
