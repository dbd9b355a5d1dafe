import { expect, test } from 'vitest';
import { effectiveCustomers } from '../../../../src/core/index.ts';
import { expectClose } from '../helpers/expectClose.ts';

const of = (values: number[]) => effectiveCustomers(Float64Array.from(values));

test('effectiveCustomers(revenues) is 10 000 / HHI', () => {
  // 10000 / 3800 = 2.6315789…
  expectClose(of([50, 30, 20]), 10000 / 3800);
});

test('effectiveCustomers(revenues) is n for equal shares, 1 for one customer, null for none', () => {
  expectClose(of([2, 2, 2, 2, 2]), 5);
  expect(of([9])).toBe(1);
  expect(of([-1])).toBeNull();
});
