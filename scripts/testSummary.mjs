#!/usr/bin/env node
/**
 * Prints one plain line, `N passed, N failed`, over the unit tests (Vitest's JSON report,
 * test-results/unit.json) and the browser tests (Playwright's, test-results/e2e.json).
 * A missing or unreadable report counts as one failure and says why on stderr, as does a
 * test file that failed before any test ran (an import error) or a Playwright run error
 * (e.g. the web server did not start). Exits 1 when anything failed.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const RESULTS = resolve(dirname(fileURLToPath(import.meta.url)), '../test-results');

/** @returns {{passed: number, failed: number, problems: string[]}} */
function readReport(file, label, count) {
  let report;
  try {
    report = JSON.parse(readFileSync(resolve(RESULTS, file), 'utf8'));
  } catch (error) {
    const why = error.code === 'ENOENT' ? 'is missing: the tests did not run or did not finish' : `cannot be read (${error.message})`;
    return { passed: 0, failed: 1, problems: [`${label}: test-results/${file} ${why}.`] };
  }
  return count(report);
}

/** Vitest's JSON (Jest-compatible): per-test counts, plus files that failed with no failed test. */
function countVitest(report) {
  const problems = [];
  let failed = report.numFailedTests ?? 0;
  for (const file of report.testResults ?? []) {
    const failedTests = (file.assertionResults ?? []).filter((test) => test.status === 'failed').length;
    if (file.status === 'failed' && failedTests === 0) {
      failed += 1;
      problems.push(`unit tests: ${file.name} failed to run: ${String(file.message ?? '').split('\n')[0]}`);
    }
  }
  return { passed: report.numPassedTests ?? 0, failed, problems };
}

/** Playwright's JSON: `expected` passed, `flaky` passed on retry, `unexpected` failed; `errors` are run errors. */
function countPlaywright(report) {
  const stats = report.stats ?? {};
  const errors = report.errors ?? [];
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + errors.length,
    problems: errors.map((error) => `browser tests: ${String(error.message ?? '').split('\n')[0]}`),
  };
}

const parts = [
  readReport('unit.json', 'unit tests', countVitest),
  readReport('e2e.json', 'browser tests', countPlaywright),
];
for (const problem of parts.flatMap((part) => part.problems)) console.error(problem);
const passed = parts.reduce((sum, part) => sum + part.passed, 0);
const failed = parts.reduce((sum, part) => sum + part.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
