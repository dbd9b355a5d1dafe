import { describe, expect, test } from 'vitest';
import { paretoCustomerShare } from '../../../../src/core/index.ts';
import { expectClose } from '../helpers/expectClose.ts';

const of = (values: number[], threshold?: number) => paretoCustomerShare(Float64Array.from(values), threshold);

describe('paretoCustomerShare(rankedRevenues): smallest k/n holding ≥ 80 %', () => {
  test.each([
    [[50, 30, 20], 2 / 3], // .5, then .8 reached at k = 2
    [[90, 5, 5], 1 / 3], // .9 ≥ .8 at once
    [[10, 10, 10, 10], 1], // .25 .5 .75 1
    [[79, 20, 1], 2 / 3], // .79, then .99 at k = 2
    [[42], 1],
  ])('%j → %d', (values, expected) => {
    expectClose(of(values), expected);
  });

  test('does not miss 80 % reached exactly on paper', () => {
    // 2.4 of 3.0 is 0.7999999999999999 in doubles: still k = 1
    expectClose(of([2.4, 0.3, 0.3]), 1 / 3);
    // Ten customers of 0.1: eight hold 0.8 (a plain running sum gives 0.7999999999999999)
    expectClose(of(Array(10).fill(0.1)), 0.8);
  });

  test('skips zero and negative entries; null when none is > 0', () => {
    expectClose(of([50, 30, 20, 0, -100]), 2 / 3);
    expect(of([])).toBeNull();
    expect(of([-1])).toBeNull();
  });

  test('takes another threshold', () => {
    // 50, 30, 20 reach 0.95 only with all 3
    expect(of([50, 30, 20], 0.95)).toBe(1);
    expect(() => of([1], 1.5)).toThrow(RangeError);
  });
});
