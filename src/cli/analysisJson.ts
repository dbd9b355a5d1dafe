import type { Summary } from '../core/index.ts';
import type { FileReport, RowCounts } from '../import/index.ts';

/** The CLI's `--json` object (SPEC §3): the summary plus the row counts of the import. */
export interface AnalysisJson extends Summary {
  readonly rows: RowCounts;
}

/**
 * Builds the SPEC §3 object from the summary and the import reports. Every key is copied
 * by name, so the output has exactly the SPEC's keys in the SPEC's order whatever else the
 * summary carries. `rows` adds up the row counts of all files.
 */
export function analysisJson(summary: Summary, reports: readonly FileReport[]): AnalysisJson {
  const rows = { total: 0, accepted: 0, excluded: 0, rejected: 0, skipped: 0 };
  for (const { rows: r } of reports) {
    rows.total += r.total;
    rows.accepted += r.accepted;
    rows.excluded += r.excluded;
    rows.rejected += r.rejected;
    rows.skipped += r.skipped;
  }
  const { concentration: c, tiers: t, lifecycle: l } = summary;
  return {
    asOf: summary.asOf,
    period: summary.period,
    rows,
    customersTotal: summary.customersTotal,
    customersWithRevenue: summary.customersWithRevenue,
    revenue: summary.revenue,
    concentration: {
      hhi: c.hhi,
      hhiNormalized: c.hhiNormalized,
      effectiveCustomers: c.effectiveCustomers,
      gini: c.gini,
      top1Share: c.top1Share,
      top5Share: c.top5Share,
      top10Share: c.top10Share,
      top20PctShare: c.top20PctShare,
      paretoCustomerShare80: c.paretoCustomerShare80,
    },
    tiers: { A: t.A, B: t.B, C: t.C, inactive: t.inactive },
    lifecycle: { new: l.new, reactivated: l.reactivated, active: l.active, atRisk: l.atRisk, dormant: l.dormant, lost: l.lost },
  };
}
