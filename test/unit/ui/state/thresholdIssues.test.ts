import { describe, expect, test } from 'vitest';
import { thresholdIssues } from '../../../../src/ui/state/thresholdIssues.ts';
import type { Thresholds } from '../../../../src/ui/state/prefs.svelte.ts';

const ok: Thresholds = {
  tiers: { a: 0.8, b: 0.95 },
  lifecycle: { recent: 90, atRisk: 180, lost: 365 },
  hhiBands: '2023',
  majorCustomerShare: 0.1,
  top5DependencyShare: 0.5,
};

describe('thresholdIssues(thresholds)', () => {
  test.each([
    { change: {}, expected: [] },
    { change: { tiers: { a: 0.7, b: 0.95 } }, expected: [] },
    { change: { tiers: { a: 0, b: 0.95 } }, expected: [{ field: 'tierA', code: 'range' }] },
    { change: { tiers: { a: 0.9, b: 0.9 } }, expected: [{ field: 'tierB', code: 'order' }] },
    { change: { tiers: { a: 0.8, b: 1.2 } }, expected: [{ field: 'tierB', code: 'range' }] },
    { change: { lifecycle: { recent: 90, atRisk: 90, lost: 365 } }, expected: [{ field: 'atRisk', code: 'order' }] },
    { change: { lifecycle: { recent: 90.5, atRisk: 180, lost: 365 } }, expected: [{ field: 'recent', code: 'whole' }] },
    { change: { lifecycle: { recent: Number.NaN, atRisk: 180, lost: 4000 } }, expected: [{ field: 'recent', code: 'range' }, { field: 'lost', code: 'range' }] },
    { change: { majorCustomerShare: -0.1, top5DependencyShare: Number.NaN }, expected: [{ field: 'majorCustomerShare', code: 'range' }, { field: 'top5DependencyShare', code: 'range' }] },
  ])('$change → $expected', ({ change, expected }) => {
    expect(thresholdIssues({ ...ok, ...change } as Thresholds)).toEqual(expected);
  });
});
