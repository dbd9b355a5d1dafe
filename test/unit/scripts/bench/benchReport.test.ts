import { expect, test } from 'vitest';
import type { ImportResult } from '../../../../scripts/bench/appCases.ts';
import { TABLE_HEADER, dataSetRows, formatCount } from '../../../../scripts/bench/benchReport.ts';
import type { RunSample } from '../../../../scripts/bench/benchResults.ts';
import type { Outcome } from '../../../../scripts/bench/referenceCases.ts';

const failed = (error: string) => ({ ok: false, error }) as const;

function importOf(dropToReadyMs: number): ImportResult {
  return {
    changeToMappingMs: 100,
    confirmToKpisMs: dropToReadyMs - 100,
    dropToReadyMs,
    longestTaskMs: 80,
    heap: { bytes: 300e6, jsHeap: 100e6, arrayBuffers: 200e6, isolates: 3 },
    baselineHeap: null,
    dataRows: 1000,
    customersTotal: 200,
    storage: { usage: 0, quota: 0 },
  };
}

/** A run with the floor at `floorMs`, DuckDB's warm pass at `duckMs`, and the import given; new memory at `run` ms per MB. */
function sample(run: number, floorMs: number, duckMs: number, imported: Outcome<ImportResult>): RunSample {
  const pass = { loadMs: duckMs - 10, aggregateMs: 10, rows: 1000, groups: 200, amountTotal: 1 };
  return {
    run,
    references: {
      floor: { ok: true, value: { readMs: floorMs / 2, decodeMs: floorMs / 2, totalMs: floorMs, bytes: 100e6, chars: 100e6 } },
      memory: { ok: true, value: { megabytes: 134.2, newMsPerMb: run, reusedMsPerMb: 0.05 * run, checksum: 0 } },
      papaparse: failed('worker failed'),
      duckdb: { ok: true, value: { instantiateMs: 50, cold: pass, warm: pass } },
      tierscope: failed('worker failed'),
    },
    import: imported,
    filters: failed('skipped: import failed'),
    reopen: failed('skipped: import failed'),
    // Filters in a row: 100 ms, then 10 ms more for each later one and for each later run.
    filterRun: { ok: true, value: { ms: [0, 1, 2, 3, 4, 5].map((k) => 100 + 10 * (k + run)), longestTaskMs: 50 + run } },
  };
}

/** The rows of a 1,000-row, 100 MB data set with these samples. */
const rowsOf = (samples: RunSample[]) => dataSetRows({ rows: 1000, seed: 7, path: 'x.csv', bytes: 100e6, samples });

const cell = (rows: string[][], label: string, column: (typeof TABLE_HEADER)[number]) =>
  rows.find((row) => row[1] === label)?.[TABLE_HEADER.indexOf(column)];

test('ratios are medians of per-run ratios against the same run, not ratios of medians', () => {
  // Run 1: 300 / 100 = 3 (vs DuckDB 300 / 600 = 0.5); run 2: 1000 / 200 = 5 (1000 / 400 = 2.5).
  // Medians of the ratios: 4 and 1.5 (ratios of the medians would be 650 / 150 and 650 / 500).
  const rows = rowsOf([sample(1, 100, 600, { ok: true, value: importOf(300) }), sample(2, 200, 400, { ok: true, value: importOf(1000) })]);
  expect(cell(rows, 'drop-to-ready', 'Tierscope')).toBe('650 ms');
  expect(cell(rows, 'drop-to-ready', '×floor')).toBe('4.00×');
  expect(cell(rows, 'drop-to-ready', '×DuckDB')).toBe('1.50×');
  // 300 MB peak over a 100 MB file.
  expect(cell(rows, 'drop-to-ready', 'peak heap')).toBe('300 MB (3.00×)');
  expect(cell(rows, 'read + decode floor', 'read+decode')).toBe('150 ms');
  // 100 MB in 0.15 s.
  expect(cell(rows, 'read + decode floor', 'notes')).toContain('666.7 MB/s');
});

test("DuckDB-WASM's row gives its warm load's pace, the median over the runs", () => {
  // Warm loads of 590, 390 and 190 ms (the passes' 600, 400 and 200 less 10 ms of aggregate): median 390 ms, 100 MB in 0.39 s.
  const rows = rowsOf([600, 400, 200].map((duckMs, k) => sample(k + 1, 100, duckMs, failed('skipped'))));
  expect(cell(rows, 'DuckDB-WASM load + aggregate', 'DuckDB-WASM')).toBe('400 ms');
  expect(cell(rows, 'DuckDB-WASM load + aggregate', 'notes')).toContain('warm: load 390 ms (256.4 MB/s) + aggregate 10 ms');
});

test('a failed run leaves the medians to the others and is named in the notes', () => {
  const rows = rowsOf([sample(1, 100, 600, { ok: true, value: importOf(300) }), sample(2, 100, 600, failed('the app tab crashed'))]);
  expect(cell(rows, 'drop-to-ready', 'Tierscope')).toBe('300 ms');
  expect(cell(rows, 'drop-to-ready', 'notes')).toContain('1/2 failed: the app tab crashed');
  expect(cell(rows, 'PapaParse parse (worker)', 'PapaParse')).toBe('–');
  expect(cell(rows, 'PapaParse parse (worker)', 'notes')).toBe('2/2 failed: worker failed');
});

test('formatCount names data sets as people say them', () => {
  expect(formatCount(100_000)).toBe('100k');
  expect(formatCount(1_000_000)).toBe('1M');
  expect(formatCount(1_100_000)).toBe('1.1M');
  expect(formatCount(207_312)).toBe('207.3k');
  expect(formatCount(950)).toBe('950');
});

test('the new-memory row gives the medians per megabyte, new and written again', () => {
  // New memory at 1, 2 and 4 ms per MB (median 2), written again at 0.05, 0.1 and 0.2 (median 0.1).
  const rows = rowsOf([1, 2, 4].map((run) => sample(run, 100, 600, failed('skipped'))));
  expect(cell(rows, 'new memory (worker)', 'notes')).toBe('2.0 ms per MB of new typed arrays, 0.1 ms per MB written again');
});

test('filters in a row: the median change, the first one and the second half, each a median over the runs', () => {
  // Runs 1–3: changes 110–160, 120–170, 130–180 ms; medians 135, 145, 155; first 110, 120, 130; second half 150, 160, 170.
  const rows = rowsOf([1, 2, 3].map((run) => sample(run, 100, 600, failed('skipped'))));
  expect(cell(rows, 'filters in a row: overview', 'Tierscope')).toBe('145 ms');
  expect(cell(rows, 'filters in a row: overview', 'longest task')).toBe('52 ms');
  expect(cell(rows, 'filters in a row: overview', 'notes')).toBe('6 new filters (region × segment) one after another: the first 120 ms, the second half 160 ms');
});

