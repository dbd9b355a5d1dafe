import { describe, expect, test } from 'vitest';
import { analyze, stressTest } from '../../../../src/core/index.ts';
import { buildDataset } from '../helpers/buildDataset.ts';
import { expectClose } from '../helpers/expectClose.ts';

// Revenues A 60, B 25, C 10, D 5 (Σ 100), all in the trailing year of T = 2024-12-31.
const dataset = buildDataset([
  { customer: 'A', date: '2024-12-31', amount: 60 },
  { customer: 'B', date: '2024-10-01', amount: 25 },
  { customer: 'C', date: '2024-09-01', amount: 10 },
  { customer: 'D', date: '2024-08-01', amount: 5 },
]);
const analysis = analyze(dataset);

describe('stressTest', () => {
  test('before: HHI 3600 + 625 + 100 + 25 = 4350; tiers A (C_before 0), A (.60), B (.85), C (.95)', () => {
    expectClose(analysis.summary.concentration.hhi, 4350);
    expect(analysis.summary.tiers).toEqual({ A: 2, B: 1, C: 1, inactive: 0 });
  });

  test('removing the largest customer re-shares the rest', () => {
    const result = stressTest(analysis, [0, 0]);
    expect(result.removed).toEqual([0]);
    // Left: B 25, C 10, D 5 → Σ 40; shares .625, .25, .125.
    expect(result.after.revenue).toBe(40);
    expect(result.removedRevenue).toBe(60);
    expect(result.after.customersWithRevenue).toBe(3);
    expect(result.after.customersTotal).toBe(3);
    // HHI = 10000 · (.390625 + .0625 + .015625) = 4687.5.
    expectClose(result.after.concentration.hhi, 4687.5);
    expectClose(result.after.concentration.top1Share, 0.625);
    // Tiers: B C_before 0 → A, C .625 → A, D .875 → B. C moved B→A, D moved C→B: 2 changes.
    expect(result.after.tiers).toEqual({ A: 2, B: 1, C: 0, inactive: 0 });
    expect(result.tierChanges).toBe(2);
  });

  test('removing a chosen customer, and nobody', () => {
    // Without C (index 2): A 60, B 25, D 5 → Σ 90; HHI = 10000·(3600 + 625 + 25)/8100 = 5246.91…
    const withoutC = stressTest(analysis, [2]);
    expectClose(withoutC.after.concentration.hhi, (10000 * 4250) / 8100);
    expect(withoutC.removedRevenue).toBe(10);
    const none = stressTest(analysis, []);
    expect(none.after).toEqual(analysis.summary);
    expect(none.tierChanges).toBe(0);
    expect(() => stressTest(analysis, [9])).toThrow(RangeError);
  });
});
