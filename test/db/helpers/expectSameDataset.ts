import { expect } from 'vitest';
import { DIMENSIONS } from '../../../src/core/model/index.ts';
import type { Dataset } from '../../../src/core/model/index.ts';

/** Index of the first element that differs (Object.is, so 0 and −0 differ too), or −1. */
function firstDifference(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length !== b.length) return Math.min(a.length, b.length);
  for (let i = 0; i < a.length; i++) if (!Object.is(a[i], b[i])) return i;
  return -1;
}

function countNaN(values: ArrayLike<number>): number {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) n++;
  return n;
}

/** Element-by-element equality of every column, dictionary and dimension; no NaN anywhere. */
export function expectSameDataset(actual: Dataset, expected: Dataset): void {
  const a = actual.transactions;
  const e = expected.transactions;
  expect(a.length).toBe(e.length);
  for (const column of ['customer', 'day', 'order'] as const) {
    expect(a[column]).toBeInstanceOf(Int32Array);
    expect(a[column].length, column).toBe(e.length);
    expect(firstDifference(a[column], e[column]), column).toBe(-1);
  }
  expect(a.amount).toBeInstanceOf(Float64Array);
  expect(firstDifference(a.amount, e.amount), 'amount').toBe(-1);
  expect(countNaN(a.amount)).toBe(0);

  expect(actual.customers.length).toBe(expected.customers.length);
  expect(actual.customers.ids).toEqual(expected.customers.ids);
  expect(actual.customers.names).toEqual(expected.customers.names);
  expect(actual.orderCount).toBe(expected.orderCount);
  for (const dimension of DIMENSIONS) {
    const got = actual.customers.dims[dimension];
    const want = expected.customers.dims[dimension];
    expect(got.codes).toBeInstanceOf(Int32Array);
    expect(firstDifference(got.codes, want.codes), dimension).toBe(-1);
    expect(got.values).toEqual(want.values);
  }
}
