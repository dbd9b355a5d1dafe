import { describe, expect, test } from 'vitest';
import { kpiChange } from '../../../../../src/ui/views/Overview/kpiChange.ts';
import { summaryOf } from './summaryOf.ts';

const now = { ...summaryOf(12, { hhi: 1500, top10Share: 0.62 }), revenue: 1150 };
const before = { ...summaryOf(10, { hhi: 2000, top10Share: 0.55 }), revenue: 1000 };

describe('kpiChange', () => {
  test('relative for amounts, counts and HHI; share points for the top-10 share', () => {
    // (1150 − 1000) / 1000 = +15 %; (12 − 10) / 10 = +20 %; (1500 − 2000) / 2000 = −25 %; .62 − .55 = +7 pp.
    expect(kpiChange('revenue', now, before)).toEqual({ kind: 'percent', value: 0.15 });
    expect(kpiChange('customersWithRevenue', now, before)).toEqual({ kind: 'percent', value: 0.2 });
    expect(kpiChange('concentration.hhi', now, before)).toEqual({ kind: 'percent', value: -0.25 });
    const points = kpiChange('concentration.top10Share', now, before);
    expect(points?.kind).toBe('points');
    expect(points?.value).toBeCloseTo(0.07, 12);
  });

  test('a negative base compares against its size', () => {
    // From −200 (refunds) to 100: (100 − (−200)) / 200 = +150 %.
    expect(kpiChange('revenue', { ...now, revenue: 100 }, { ...before, revenue: -200 })).toEqual({ kind: 'percent', value: 1.5 });
  });

  test('none without a previous period, a value, or a base', () => {
    expect(kpiChange('revenue', now, null)).toBeNull();
    expect(kpiChange('concentration.hhi', now, summaryOf(0))).toBeNull();
    expect(kpiChange('revenue', now, { ...before, revenue: 0 })).toBeNull();
  });
});
