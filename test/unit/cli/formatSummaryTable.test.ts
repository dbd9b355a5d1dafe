import { expect, test } from 'vitest';
import { formatSummaryTable } from '../../../src/cli/index.ts';
import type { AnalysisJson } from '../../../src/cli/index.ts';
import type { FileReport } from '../../../src/import/index.ts';

function report(overrides: Partial<FileReport>): FileReport {
  return {
    file: 'f.csv', encoding: 'utf-8', delimiter: ',', kind: 'transactions',
    rows: { total: 0, accepted: 0, excluded: 0, rejected: 0, skipped: 0 },
    rejections: [], rejectionCounts: {}, excludedByStatus: {}, skipped: [], dateOrder: 'mdy', dateOrderSource: 'setting', ambiguousDates: 0,
    ...overrides,
  };
}

const RESULT: AnalysisJson = {
  asOf: '2025-12-31',
  period: 'ttm',
  rows: { total: 1240, accepted: 1200, excluded: 30, rejected: 10, skipped: 2 },
  customersTotal: 1500,
  customersWithRevenue: 1234,
  revenue: 1234567.891,
  concentration: {
    hhi: 1800, hhiNormalized: 0.17, effectiveCustomers: 5.5555, gini: 0.61234, top1Share: 0.1198,
    top5Share: 0.42, top10Share: 0.5, top20PctShare: 0.8, paretoCustomerShare80: 0.2,
  },
  tiers: { A: 100, B: 200, C: 934, inactive: 266 },
  lifecycle: { new: 1, reactivated: 2, active: 3, atRisk: 4, dormant: 5, lost: 6 },
};

test('formatSummaryTable(result, reports) lines up the headline numbers for people', () => {
  const text = formatSummaryTable(RESULT, []);
  const lines = text.split('\n');
  expect(lines[0]).toBe('Tierscope summary');
  // Every value starts in the same column: two spaces, a 22-wide label, one space, then the value at index 25.
  for (const line of lines.slice(1, -1)) expect(line.slice(0, 2) + line.slice(24, 26)).toMatch(/^ {3}\S$/);
  expect(text).toContain('  As of                  2025-12-31 (the 365 days up to this date)\n');
  expect(text).toContain('  Revenue                1,234,567.89\n');
  expect(text).toContain('  Customers              1,500 in total, 1,234 with revenue\n');
  // 1800 is the top of the 2023 moderate band (inclusive).
  expect(text).toContain('  HHI                    1,800 (moderately concentrated, 2023 US merger guidelines)\n');
  expect(text).toContain('  Top 1 / 5 / 10         12% / 42% / 50%\n');
  expect(text).toContain('  Tiers                  A 100 · B 200 · C 934 · inactive 266\n');
  expect(text).toContain('  Lifecycle              new 1 · reactivated 2 · active 3 · at risk 4 · dormant 5 · lost 6\n');
  expect(text).toContain('  Rows                   1,240: 1,200 accepted, 30 excluded, 10 rejected (+2 title, blank or total lines skipped)\n');
  expect(text.endsWith('\n')).toBe(true);
});

test('formatSummaryTable names the 2010 band when asked, and shows – for missing values', () => {
  const empty: AnalysisJson = {
    ...RESULT,
    asOf: null,
    concentration: { ...RESULT.concentration, hhiNormalized: null, gini: null },
  };
  const text = formatSummaryTable(empty, [], { hhiBands: '2010' });
  expect(text).toContain('(moderately concentrated, 2010 US merger guidelines)');
  expect(text).toMatch(/As of +– \(no dated rows\)/);
  expect(text).toMatch(/Gini +–\n/);
});

test('formatSummaryTable lists excluded statuses by count, the first rejected rows and the warnings', () => {
  const text = formatSummaryTable(RESULT, [
    report({
      excludedByStatus: { Cancelled: 20, '': 3 },
      rejections: [
        { code: 'badAmount', file: 'a.csv', row: 4, column: 'Amount', value: 'n/a' },
        { code: 'missingDate', file: 'a.csv', row: 9, column: 'Date', value: '' },
      ],
    }),
    report({
      excludedByStatus: { Cancelled: 2, Refunded: 5 },
      warnings: [{ code: 'undecodableBytes', file: 'b.csv', params: { count: 2, encoding: 'utf-8' } }],
    }),
  ], { rejectionsShown: 1 });
  // Cancelled 20 + 2 = 22, then Refunded 5, then the blank status 3.
  expect(text).toContain('  Excluded statuses      Cancelled 22 · Refunded 5 · (blank) 3\n');
  expect(text).toContain('Rejected rows (first 1 of 10):\n  - a.csv, row 4, column "Amount": "n/a" is not an amount');
  expect(text).not.toContain('row 9');
  expect(text).toContain('Warnings:\n  - b.csv: 2 characters could not be read as utf-8');
});
