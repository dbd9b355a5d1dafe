import { describe, expect, test } from 'vitest';
import { DEFAULT_REVENUE_STATUSES, countsAsRevenue } from '../../../../src/import/mapping/index.ts';

describe('countsAsRevenue(status, statuses)', () => {
  // SPEC §1: won, paid, completed, approved — e.g. Closed Won, paid, succeeded, 赢单, 已审核, 正常.
  test.each([
    ['Closed Won'], ['Closed won'], ['closedwon'], ['CLOSED_WON'], ['Won'], ['paid'], ['Paid'], ['succeeded'],
    ['completed'], ['Complete'], ['approved'], ['赢单'], ['已审核'], ['正常'], [' paid '],
  ])('%j counts with the defaults', (status) => {
    expect(countsAsRevenue(status, DEFAULT_REVENUE_STATUSES)).toBe(true);
  });

  test.each([
    [''], ['  '], ['Closed Lost'], ['Closed'], ['pending'], ['authorized'], ['refunded'], ['voided'], ['Failed'],
    ['输单'], ['审核中'], ['作废'], ['C'], ['Paid in part'], ['__proto__'], ['constructor'],
  ])('%j does not count with the defaults', (status) => {
    expect(countsAsRevenue(status, DEFAULT_REVENUE_STATUSES)).toBe(false);
  });

  test('uses the given set, not the defaults', () => {
    const statuses = ['已审核', 'C'];
    expect(countsAsRevenue('C', statuses)).toBe(true);
    expect(countsAsRevenue('c', statuses)).toBe(true);
    expect(countsAsRevenue('paid', statuses)).toBe(false);
    expect(countsAsRevenue('paid', [])).toBe(false);
  });

  test('a new array with the same values gives the same answers', () => {
    expect(countsAsRevenue('Delivered', ['Approved'])).toBe(false);
    expect(countsAsRevenue('Delivered', ['Approved', 'Delivered'])).toBe(true);
    expect(countsAsRevenue('Delivered', ['Approved'])).toBe(false);
  });
});
