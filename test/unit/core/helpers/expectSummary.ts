import { expect } from 'vitest';
import type { Concentration, Summary } from '../../../../src/core/index.ts';
import { expectClose } from './expectClose.ts';

const CONCENTRATION_KEYS: readonly (keyof Concentration)[] = [
  'hhi', 'hhiNormalized', 'effectiveCustomers', 'gini', 'top1Share', 'top5Share', 'top10Share', 'top20PctShare', 'paretoCustomerShare80',
];

/** Every field of two summaries: counts and dates exactly, money and shares within a relative tolerance. */
export function expectSummary(actual: Summary, expected: Summary, tolerance = 1e-9, label = ''): void {
  expect(actual.asOf, `${label} asOf`).toBe(expected.asOf);
  expect(actual.period, `${label} period`).toBe(expected.period);
  expect(actual.customersTotal, `${label} customersTotal`).toBe(expected.customersTotal);
  expect(actual.customersWithRevenue, `${label} customersWithRevenue`).toBe(expected.customersWithRevenue);
  expectClose(actual.revenue, expected.revenue, tolerance, `${label} revenue`);
  for (const key of CONCENTRATION_KEYS) expectClose(actual.concentration[key], expected.concentration[key], tolerance, `${label} ${key}`);
  expect(actual.tiers, `${label} tiers`).toEqual(expected.tiers);
  expect(actual.lifecycle, `${label} lifecycle`).toEqual(expected.lifecycle);
}
