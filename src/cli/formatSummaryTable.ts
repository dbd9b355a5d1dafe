import { hhiBand } from '../core/index.ts';
import type { HhiBandSystem } from '../core/index.ts';
import { createFormatters, describeIssue } from '../i18n/index.ts';
import type { FileReport } from '../import/index.ts';
import type { AnalysisJson } from './analysisJson.ts';

export interface SummaryTableOptions {
  /** Band system named next to the HHI. */
  readonly hhiBands?: HhiBandSystem;
  /** Rejected rows listed with their reason (the rest are counted). */
  readonly rejectionsShown?: number;
}

const LABEL_WIDTH = 22;
const BAND_NAMES = { unconcentrated: 'unconcentrated', moderate: 'moderately concentrated', high: 'highly concentrated' } as const;

/**
 * The results for people: an aligned two-column table of the headline numbers (revenue,
 * customers, HHI and its band, top shares, tiers, lifecycle, rows), then the excluded
 * statuses, the first rejected rows with their reason, and file warnings from the reports.
 * English, because the CLI speaks English; numbers formatted like the app's.
 */
export function formatSummaryTable(summary: AnalysisJson, reports: readonly FileReport[], options: SummaryTableOptions = {}): string {
  const { hhiBands = '2023', rejectionsShown = 5 } = options;
  const f = createFormatters('en');
  const orDash = (value: number | null, format: (v: number) => string): string => (value === null ? '–' : format(value));
  const share = (value: number | null): string => orDash(value, (v) => f.percent(v, 1));
  const c = summary.concentration;
  const band = hhiBand(c.hhi, hhiBands);

  const { rows } = summary;
  const excluded = new Map<string, number>();
  for (const report of reports) {
    for (const [status, count] of Object.entries(report.excludedByStatus)) excluded.set(status, (excluded.get(status) ?? 0) + count);
  }

  const table: [string, string][] = [
    ['As of', summary.asOf === null ? '– (no dated rows)' : `${summary.asOf} (${summary.period === 'ttm' ? 'the 365 days up to this date' : 'all dates up to this date'})`],
    ['Revenue', f.decimal(summary.revenue, 2)],
    ['Customers', `${f.integer(summary.customersTotal)} in total, ${f.integer(summary.customersWithRevenue)} with revenue`],
    ['HHI', c.hhi === null ? '–' : `${f.decimal(c.hhi, 0)} (${band === null ? '–' : BAND_NAMES[band]}, ${hhiBands} US merger guidelines)`],
    ['HHI normalized', orDash(c.hhiNormalized, (v) => f.decimal(v, 4))],
    ['Effective customers', orDash(c.effectiveCustomers, (v) => f.decimal(v, 1))],
    ['Gini', orDash(c.gini, (v) => f.decimal(v, 3))],
    ['Top 1 / 5 / 10', `${share(c.top1Share)} / ${share(c.top5Share)} / ${share(c.top10Share)}`],
    ['Top 20% of customers', c.top20PctShare === null ? '–' : `${share(c.top20PctShare)} of revenue`],
    ['Customers for 80%', c.paretoCustomerShare80 === null ? '–' : `${share(c.paretoCustomerShare80)} of customers hold 80% of revenue`],
    ['Tiers', `A ${f.integer(summary.tiers.A)} · B ${f.integer(summary.tiers.B)} · C ${f.integer(summary.tiers.C)} · inactive ${f.integer(summary.tiers.inactive)}`],
    [
      'Lifecycle',
      [
        `new ${f.integer(summary.lifecycle.new)}`,
        `reactivated ${f.integer(summary.lifecycle.reactivated)}`,
        `active ${f.integer(summary.lifecycle.active)}`,
        `at risk ${f.integer(summary.lifecycle.atRisk)}`,
        `dormant ${f.integer(summary.lifecycle.dormant)}`,
        `lost ${f.integer(summary.lifecycle.lost)}`,
      ].join(' · '),
    ],
    [
      'Rows',
      `${f.integer(rows.total)}: ${f.integer(rows.accepted)} accepted, ${f.integer(rows.excluded)} excluded, ` +
        `${f.integer(rows.rejected)} rejected (+${f.integer(rows.skipped)} title, blank or total lines skipped)`,
    ],
  ];
  if (excluded.size > 0) {
    const statuses = [...excluded].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
    table.push(['Excluded statuses', statuses.map(([status, n]) => `${status === '' ? '(blank)' : status} ${f.integer(n)}`).join(' · ')]);
  }

  const lines = ['Tierscope summary', ...table.map(([label, value]) => `  ${label.padEnd(LABEL_WIDTH)} ${value}`)];
  const rejections = reports.flatMap((r) => r.rejections).slice(0, rejectionsShown);
  if (rejections.length > 0) {
    lines.push(`Rejected rows (${rejections.length < rows.rejected ? `first ${rejections.length} of ${f.integer(rows.rejected)}` : 'all'}):`);
    for (const issue of rejections) lines.push(`  - ${describeIssue(issue, 'en', 'cli')}`);
  }
  const warnings = reports.flatMap((r) => r.warnings ?? []);
  if (warnings.length > 0) {
    lines.push('Warnings:');
    for (const issue of warnings) lines.push(`  - ${describeIssue(issue, 'en', 'cli')}`);
  }
  return `${lines.join('\n')}\n`;
}
