import type { Summary } from '../../../core/index.ts';

/** Metrics whose change against the previous period the Overview shows. */
export const CHANGED_METRICS = ['revenue', 'customersWithRevenue', 'concentration.hhi', 'concentration.top10Share'] as const;
export type ChangedMetric = (typeof CHANGED_METRICS)[number];

/** A change against the previous period: relative (`percent`, 0.12 = +12 %) or in share points (`points`, 0.03 = +3 pp). */
export interface KpiChange {
  readonly kind: 'percent' | 'points';
  readonly value: number;
}

/**
 * The change of a metric from the previous period's summary to the current one: shares move in
 * percentage points (current − previous), the others relatively ((current − previous) / |previous|).
 * Null without a previous period, when either value is undefined (null), or when a relative change
 * has nothing to compare against (previous 0).
 */
export function kpiChange(metric: ChangedMetric, current: Summary, previous: Summary | null): KpiChange | null {
  if (previous === null) return null;
  const now = read(metric, current);
  const before = read(metric, previous);
  if (now === null || before === null) return null;
  if (metric === 'concentration.top10Share') return { kind: 'points', value: now - before };
  if (before === 0) return null;
  return { kind: 'percent', value: (now - before) / Math.abs(before) };
}

function read(metric: ChangedMetric, summary: Summary): number | null {
  switch (metric) {
    case 'revenue':
      return summary.revenue;
    case 'customersWithRevenue':
      return summary.customersWithRevenue;
    case 'concentration.hhi':
      return summary.concentration.hhi;
    case 'concentration.top10Share':
      return summary.concentration.top10Share;
  }
}
