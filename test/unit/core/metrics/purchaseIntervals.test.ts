import { describe, expect, it } from 'vitest';
import { intervalArrays, maskPurchaseIntervals, NO_DAY, purchaseIntervals } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { expectClose } from '../helpers/expectClose.ts';
import { isoToDay } from '../helpers/isoToDay.ts';

const T = isoToDay('2024-06-30');

describe('purchaseIntervals(dataset, asOf, mask)', () => {
  // a: purchase days Jan 1, Jan 11, Jan 31, Mar 1 → gaps 10, 20, 30 → median 20 (odd count).
  //    Two orders on Jan 11 make one purchase day; a refund on Feb 1 is no purchase.
  // b: days Jan 1, Jan 5, Jan 15, Jan 17 → gaps 4, 10, 2 → sorted 2, 4, 10 → median 4.
  // c: days Jun 1, Jun 21 → 2 purchase days, fewer than 3: uses the data set's interval,
  //    median of the own intervals {20, 4} = (4 + 20) / 2 = 12.
  // d: only a refund → no purchase.
  // e: a purchase after T only → no purchase ≤ T.
  const dataset = buildDataset([
    { customer: 'a', date: '2024-01-01', amount: 10 },
    { customer: 'a', date: '2024-01-11', amount: 5, order: 'o1' },
    { customer: 'a', date: '2024-01-11', amount: 5, order: 'o2' },
    { customer: 'a', date: '2024-02-01', amount: -3 },
    { customer: 'a', date: '2024-03-01', amount: 10 },
    { customer: 'a', date: '2024-01-31', amount: 10 },
    { customer: 'b', date: '2024-01-17', amount: 1 },
    { customer: 'b', date: '2024-01-01', amount: 1 },
    { customer: 'b', date: '2024-01-15', amount: 1 },
    { customer: 'b', date: '2024-01-05', amount: 1 },
    { customer: 'c', date: '2024-06-01', amount: 7 },
    { customer: 'c', date: '2024-06-21', amount: 7 },
    { customer: 'd', date: '2024-05-01', amount: -4 },
    { customer: 'e', date: '2024-07-05', amount: 9 },
  ]);

  it('takes the median gap between distinct purchase days as the own interval', () => {
    const result = purchaseIntervals(dataset, T);
    expect(Array.from(result.purchaseDays)).toEqual([4, 4, 2, 0, 0]);
    expect(Array.from(result.own)).toEqual([1, 1, 0, 0, 0]);
    expect(result.interval[0]).toBe(20);
    expect(result.interval[1]).toBe(4);
  });

  it('under a mask, from the unmasked result: the data set interval is the kept customers\' median', () => {
    // Without b, the own intervals are {20}: c gets 20, and its overdue is 9 / 20.
    const result = maskPurchaseIntervals(purchaseIntervals(dataset, T), Uint8Array.of(1, 0, 1, 1, 1));
    expect(result.datasetInterval).toBe(20);
    expect(Array.from(result.purchaseDays)).toEqual([4, 0, 2, 0, 0]);
    expect(Array.from(result.interval)).toEqual([20, Number.NaN, 20, Number.NaN, Number.NaN]);
    expect(result.lastPurchase[1]).toBe(NO_DAY);
    expectClose(result.overdue[2], 0.45);
  });

  it('under a mask, fills arrays it is given over whatever they hold', () => {
    const into = intervalArrays(5);
    for (const array of Object.values(into)) array.fill(7);
    const result = maskPurchaseIntervals(purchaseIntervals(dataset, T), Uint8Array.of(1, 0, 1, 1, 1), into);
    expect(result.overdue).toBe(into.overdue);
    // As without arrays: b is out, d and e have no purchase ≤ T.
    expect(Array.from(result.purchaseDays)).toEqual([4, 0, 2, 0, 0]);
    expect(Array.from(result.lastPurchase.subarray(1, 2))).toEqual([NO_DAY]);
    expect(Array.from(result.own)).toEqual([1, 0, 0, 0, 0]);
    expect(Array.from(result.interval)).toEqual([20, Number.NaN, 20, Number.NaN, Number.NaN]);
    expect(Array.from(result.daysSince)).toEqual([121, Number.NaN, 9, Number.NaN, Number.NaN]);
    expect(result.overdue[1]).toBeNaN();
    expectClose(result.overdue[2], 0.45);
    expect(() => maskPurchaseIntervals(purchaseIntervals(dataset, T), Uint8Array.of(1, 1, 1, 1, 1), intervalArrays(4))).toThrow(RangeError);
  });

  it('gives customers with fewer than 3 purchase days the median of the own intervals', () => {
    const result = purchaseIntervals(dataset, T);
    expect(result.datasetInterval).toBe(12);
    expect(result.interval[2]).toBe(12);
    // c: last Jun 21, T Jun 30 → 9 days; 9 / 12 = 0.75.
    expect(result.daysSince[2]).toBe(9);
    expectClose(result.overdue[2], 0.75);
  });

  it('divides the days since the last purchase by the interval', () => {
    const result = purchaseIntervals(dataset, T);
    // a: Mar 1 → Jun 30 = 30 (rest of March) + 30 + 31 + 30 = 121 days; 121 / 20 = 6.05.
    expect(result.daysSince[0]).toBe(121);
    expectClose(result.overdue[0], 6.05);
    // b: Jan 17 → Jun 30 = 14 + 29 + 31 + 30 + 31 + 30 = 165 days; 165 / 4 = 41.25.
    expect(result.daysSince[1]).toBe(165);
    expectClose(result.overdue[1], 41.25);
  });

  it('leaves customers without a purchase ≤ T out (NaN, NO_DAY)', () => {
    const result = purchaseIntervals(dataset, T);
    for (const c of [3, 4]) {
      expect(result.lastPurchase[c]).toBe(NO_DAY);
      expect(Number.isNaN(result.interval[c])).toBe(true);
      expect(Number.isNaN(result.overdue[c])).toBe(true);
    }
  });

  it('takes the mean of the two middle gaps for an even count, and only masked customers', () => {
    // Mask keeps only b (own interval 4) and c: the data set interval is b's alone = 4.
    const result = purchaseIntervals(dataset, T, Uint8Array.from([0, 1, 1, 0, 0]));
    expect(result.datasetInterval).toBe(4);
    expect(result.purchaseDays[0]).toBe(0);
    expect(result.interval[2]).toBe(4);
    // Gaps 10 and 30 (days 0, 10, 40): even count of gaps 2 → (10 + 30) / 2 = 20.
    const even = purchaseIntervals(
      buildDataset([
        { customer: 'x', date: '2024-01-01', amount: 1 },
        { customer: 'x', date: '2024-01-11', amount: 1 },
        { customer: 'x', date: '2024-02-10', amount: 1 },
      ]),
      T,
    );
    expect(even.interval[0]).toBe(20);
  });

  it('has no data set interval when no customer has 3 purchase days', () => {
    const result = purchaseIntervals(buildDataset([{ customer: 'x', date: '2024-01-01', amount: 1 }]), T);
    expect(result.datasetInterval).toBeNull();
    expect(result.daysSince[0]).toBe(isoToDay('2024-06-30') - isoToDay('2024-01-01'));
    expect(Number.isNaN(result.overdue[0])).toBe(true);
  });
});
