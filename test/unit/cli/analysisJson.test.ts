import { expect, test } from 'vitest';
import { analysisJson } from '../../../src/cli/index.ts';
import type { Summary } from '../../../src/core/index.ts';
import type { FileReport } from '../../../src/import/index.ts';

const SPEC_KEYS = ['asOf', 'period', 'rows', 'customersTotal', 'customersWithRevenue', 'revenue', 'concentration', 'tiers', 'lifecycle'];

function report(rows: FileReport['rows']): FileReport {
  return {
    file: 'f.csv', encoding: 'utf-8', delimiter: ',', kind: 'transactions', rows, rejections: [], rejectionCounts: {},
    excludedByStatus: {}, skipped: [], dateOrder: 'mdy', dateOrderSource: 'setting', ambiguousDates: 0,
  };
}

test('analysisJson(summary, reports) has exactly the SPEC §3 keys in order and sums the rows of all files', () => {
  // Extra keys on the summary (as a later core might add) must not leak into the output.
  const summary = {
    asOf: '2025-12-31', period: 'ttm', customersTotal: 3, customersWithRevenue: 2, revenue: 10,
    concentration: {
      paretoCustomerShare80: 0.5, top20PctShare: 0.6, top10Share: 1, top5Share: 1, top1Share: 0.6,
      gini: 0.1, effectiveCustomers: 1.9, hhiNormalized: 0.04, hhi: 5200, extra: 1,
    },
    tiers: { inactive: 1, C: 0, B: 1, A: 1 },
    lifecycle: { lost: 0, dormant: 0, atRisk: 0, active: 1, reactivated: 0, new: 2 },
    extra: true,
  } as unknown as Summary;
  const json = analysisJson(summary, [
    report({ total: 5, accepted: 3, excluded: 1, rejected: 1, skipped: 2 }),
    report({ total: 4, accepted: 4, excluded: 0, rejected: 0, skipped: 1 }),
  ]);
  expect(Object.keys(json)).toEqual(SPEC_KEYS);
  // 5 + 4 = 9 rows: 3 + 4 accepted, 1 excluded, 1 rejected, 2 + 1 skipped.
  expect(json.rows).toEqual({ total: 9, accepted: 7, excluded: 1, rejected: 1, skipped: 3 });
  expect(Object.keys(json.rows)).toEqual(['total', 'accepted', 'excluded', 'rejected', 'skipped']);
  expect(Object.keys(json.concentration)).toEqual([
    'hhi', 'hhiNormalized', 'effectiveCustomers', 'gini', 'top1Share', 'top5Share', 'top10Share', 'top20PctShare', 'paretoCustomerShare80',
  ]);
  expect(Object.keys(json.tiers)).toEqual(['A', 'B', 'C', 'inactive']);
  expect(Object.keys(json.lifecycle)).toEqual(['new', 'reactivated', 'active', 'atRisk', 'dormant', 'lost']);
  expect(json.concentration.hhi).toBe(5200);
});

test('analysisJson(summary, []) of nothing keeps nulls as null', () => {
  const empty = {
    asOf: null, period: 'all', customersTotal: 0, customersWithRevenue: 0, revenue: 0,
    concentration: {
      hhi: null, hhiNormalized: null, effectiveCustomers: null, gini: null, top1Share: null, top5Share: null,
      top10Share: null, top20PctShare: null, paretoCustomerShare80: null,
    },
    tiers: { A: 0, B: 0, C: 0, inactive: 0 },
    lifecycle: { new: 0, reactivated: 0, active: 0, atRisk: 0, dormant: 0, lost: 0 },
  } satisfies Summary;
  const text = JSON.stringify(analysisJson(empty, []));
  expect(JSON.parse(text)).toMatchObject({ asOf: null, rows: { total: 0 }, concentration: { hhi: null, gini: null } });
});
