/**
 * The first page end to end, in the built app: empty state → import (demo data, a picked
 * file, a file lacking a column) → Overview. The Overview's numbers are checked against the same
 * import + summarize run here in Node, and against numbers worked out by hand.
 */
import type { Page } from '@playwright/test';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { summarize } from '../../src/core/index.ts';
import type { AnalysisOptions, Dataset, Summary } from '../../src/core/index.ts';
import { describeIssue, en, zhCN } from '../../src/i18n/index.ts';
import { SPLIT_MIN_BYTES, importFiles, inspectFile } from '../../src/import/index.ts';
import { demoCsv } from '../../scripts/demo/index.ts';
import type { Issue } from '../../src/core/index.ts';
import { FIXTURES, ROOT, SCREENSHOTS, VIEWPORTS, appRoot, expect, expectClose, expectState, goTo, importFile, test } from './appTest.ts';
import { nodeSource } from './nodeSource.ts';

const DEMO = resolve(ROOT, 'public/demo/tierscope-demo.csv');
const SMALL = resolve(FIXTURES, 'small-sales.csv');
const NO_AMOUNT = resolve(FIXTURES, 'no-amount.csv');

type RowTotals = Record<'total' | 'accepted' | 'excluded' | 'rejected' | 'skipped', number>;

/** The Node side of the comparison: the import pipeline and core, with no worker or UI in between. */
async function importInNode(path: string): Promise<{ dataset: Dataset; rows: RowTotals }> {
  const { dataset, reports } = await importFiles([nodeSource(path)]);
  const rows: RowTotals = { total: 0, accepted: 0, excluded: 0, rejected: 0, skipped: 0 };
  for (const report of reports) for (const key of Object.keys(rows) as (keyof RowTotals)[]) rows[key] += report.rows[key];
  return { dataset, rows };
}

/** The problem the inspection of a file finds in Node, for the sentence the mapping step shows. */
async function problemInNode(path: string): Promise<Issue> {
  const { problem } = await inspectFile(nodeSource(path));
  if (problem === null) throw new Error(`${path} has no problem, but the test needs one`);
  return problem;
}

/** The summary's numbers keyed as `data-metric` spells them (`concentration.hhi`, `tiers.A`...). */
function metricValues(summary: Summary): Map<string, number | null> {
  const values = new Map<string, number | null>();
  const walk = (object: object, prefix: string) => {
    for (const [key, value] of Object.entries(object)) {
      if (value !== null && typeof value === 'object') walk(value, `${prefix}${key}.`);
      else if (typeof value === 'number' || value === null) values.set(`${prefix}${key}`, value);
    }
  };
  const { asOf: _asOf, period: _period, ...numbers } = summary;
  walk(numbers, '');
  return values;
}

/** Every KPI shows exactly the raw value Node computed, and the row counts match. */
async function expectOverview(page: Page, summary: Summary, rows: RowTotals) {
  const values = metricValues(summary);
  expect(values.size).toBeGreaterThan(20);
  for (const [key, value] of values) {
    await expect(page.locator(`[data-metric="${key}"]`), key).toHaveAttribute('data-value', value === null ? '' : String(value));
  }
  for (const key of ['accepted', 'excluded', 'rejected', 'skipped'] as const) {
    await expect(page.locator(`[data-metric="rows.${key}"]`)).toHaveAttribute('data-value', String(rows[key]));
  }
}

async function openDemo(page: Page, label = en['import.demo']) {
  await page.goto('/');
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'empty');
  await page.getByRole('button', { name: label }).click();
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'ready', { timeout: 45_000 });
}

test('the demo data opens an Overview whose every number matches import + summarize in Node', async ({ page }) => {
  const { dataset, rows } = await importInNode(DEMO);
  await page.goto('/');
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'empty');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['import.title']);

  await page.getByRole('button', { name: en['import.demo'] }).click();
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'ready', { timeout: 45_000 });
  await expect(page).toHaveURL(/#\/overview$/);

  const ttm = summarize(dataset);
  expect(ttm.customersWithRevenue).toBeGreaterThan(0);
  await expectOverview(page, ttm, rows);
  await expect(page.getByTestId('as-of')).toHaveAttribute('data-value', ttm.asOf ?? '');
  await expect(page.locator('[data-finding]').first()).toBeVisible();

  // The period switch recomputes in the worker.
  await page.locator('label', { hasText: en['overview.period.all'] }).click();
  const all = summarize(dataset, { period: 'all' } satisfies Partial<AnalysisOptions>);
  expect(all.revenue).not.toBe(ttm.revenue);
  await expectOverview(page, all, rows);
});

test('a file large enough to be read in two parts at once gives every number Node gives reading it in one', async ({ page }) => {
  test.setTimeout(120_000);
  // 500,000 generated rows (≈ 71 MB): past the size from which the import worker hands the second half to another worker.
  const dir = mkdtempSync(join(tmpdir(), 'tierscope-e2e-'));
  const path = join(dir, 'generated-orders.csv');
  writeFileSync(path, [...demoCsv({ rows: 500_000, seed: 3 })].join(''));
  try {
    expect(statSync(path).size).toBeGreaterThan(SPLIT_MIN_BYTES);
    const { dataset, rows } = await importInNode(path);
    await page.goto('/');
    await importFile(page, path);
    await expectOverview(page, summarize(dataset), rows);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a picked file gives the numbers worked out by hand', async ({ page }) => {
  await page.goto('/');
  await importFile(page, SMALL);

  // fixtures/small-sales.csv: T = 2024-06-30 (latest date). TTM = [2023-07-02, 2024-06-30].
  // Rows: 11 data rows; B's "Cancelled" row is excluded, C's "not a number" amount rejected.
  // Period revenue: A 600 (its 2023-01-10 row is before the period), B 150 + 100 = 250, C 80,
  // D 40, F 30, E −20 (a refund only), G 0 (2023-03-15 is before the period).
  // revenue = 600 + 250 + 80 + 40 + 30 − 20 = 980; customers A–G = 7; paying (> 0): A B C D F = 5, Σr = 1000.
  // Shares .6 .25 .08 .04 .03: HHI = 10000 · (.36 + .0625 + .0064 + .0016 + .0009) = 4314;
  // normalized = (.4314 − 1/5) / (1 − 1/5) = .2314 / .8 = .28925; effective = 10000 / 4314;
  // Gini, r ascending 30 40 80 250 600: 2·(1·30 + 2·40 + 3·80 + 4·250 + 5·600)/(5·1000) − 6/5 = 2·4350/5000 − 1.2 = .54;
  // top1 = .6, top5 = top10 = 1 (all 5), top20% = top ceil(1) = .6; 80 % reached by A + B (.85) → 2/5 = .4.
  // Tiers by cumulative share before: A 0, B .6 → A; C .85, D .93 → B; F .97 → C; E and G (≤ 0) inactive.
  // Lifecycle (T−90 = 2024-04-01, T−180 = 2024-01-02, T−365 = 2023-07-01, T−455 = 2023-04-02):
  // C first bought 2024-05-01 → new; A bought 2024-06-30, before that only 2023-01-10 (≤ T−455) → reactivated;
  // B bought 2024-06-01 and 2023-10-01 (in (T−455, T−90]) → active; D last 2024-02-15 → atRisk;
  // F last 2023-09-01 → dormant; G last 2023-03-15 (≤ T−365) → lost; E never bought (refund only) → no stage.
  const hand: Record<string, number> = {
    revenue: 980,
    customersTotal: 7,
    customersWithRevenue: 5,
    'concentration.hhi': 4314,
    'concentration.hhiNormalized': 0.28925,
    'concentration.effectiveCustomers': 10000 / 4314,
    'concentration.gini': 0.54,
    'concentration.top1Share': 0.6,
    'concentration.top5Share': 1,
    'concentration.top10Share': 1,
    'concentration.top20PctShare': 0.6,
    'concentration.paretoCustomerShare80': 0.4,
    'tiers.A': 2,
    'tiers.B': 2,
    'tiers.C': 1,
    'tiers.inactive': 2,
    'lifecycle.new': 1,
    'lifecycle.reactivated': 1,
    'lifecycle.active': 1,
    'lifecycle.atRisk': 1,
    'lifecycle.dormant': 1,
    'lifecycle.lost': 1,
    'rows.accepted': 9,
    'rows.excluded': 1,
    'rows.rejected': 1,
    'rows.skipped': 0,
  };
  for (const [key, value] of Object.entries(hand)) await expectClose(page.locator(`[data-metric="${key}"]`), value, key);
  await expect(page.getByTestId('as-of')).toHaveAttribute('data-value', '2024-06-30');

  // What people read: 2 decimals for money, percent for shares, HHI with its 2023 band.
  await expect(page.locator('[data-metric="revenue"] .value')).toHaveText('980.00');
  await expect(page.locator('[data-metric="concentration.top1Share"] .value')).toHaveText('60%');
  await expect(page.locator('[data-metric="concentration.hhi"] .value')).toHaveText('4,314');
  await expect(page.locator('[data-metric="concentration.hhi"] .note')).toHaveText(en['band.high']);
  // Five paying customers: the top-5 finding gives way to "only 5 customers"; A holds 60 % ≥ 10 %.
  await expect(page.locator('[data-finding]')).toHaveText([
    en['finding.few'].replace('{count}', '5'),
    en['finding.major'].replace('{share}', '60%').replace('{line}', '10%'),
    en['finding.pareto'].replace('{share}', '40%'),
  ]);
});

test('a file dropped anywhere on the page is imported', async ({ page }) => {
  await page.goto('/');
  const dataTransfer = await page.evaluateHandle((csv) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([csv], 'small-sales.csv', { type: 'text/csv' }));
    return transfer;
  }, readFileSync(SMALL, 'utf8'));
  await page.dispatchEvent('footer', 'dragenter', { dataTransfer });
  await expect(page.getByText(en['import.dropHere'])).toBeVisible();
  await page.dispatchEvent('footer', 'drop', { dataTransfer });
  await expectState(page, 'mapping');
  await expect(page.getByText(en['import.dropHere'])).toBeHidden();
  await page.getByTestId('import-confirm').click();
  await expectState(page, 'ready');
  // Revenue of the fixture, worked out in the test above.
  await expect(page.locator('[data-metric="revenue"]')).toHaveAttribute('data-value', '980');
});

test('an import shows its progress and Cancel goes back to the start, saying nothing changed', async ({ page }) => {
  // Hold the demo download until the test has seen the importing screen.
  let release: () => void = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/demo/tierscope-demo.csv', async (route) => {
    await held;
    await route.continue().catch(() => {});
  });
  await page.goto('/');
  await page.getByRole('button', { name: en['import.demo'] }).click();
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'importing');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['import.progressTitle']);
  await expect(page.getByRole('status')).toHaveText(en['import.starting']);
  await expect(page.getByRole('progressbar')).toBeVisible();

  await page.getByTestId('import-cancel').click();
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'empty');
  release();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['import.title']);
  await expect(page.getByTestId('notice')).toHaveText(new RegExp(en['notice.cancelled']));
});

test('a file without an amount column says why in words, keeps Import disabled, and Cancel returns to the start', async ({ page }) => {
  const issue = await problemInNode(NO_AMOUNT);
  const sentence = describeIssue(issue, 'en');
  await page.goto('/');
  await page.getByTestId('import-file').setInputFiles(NO_AMOUNT);
  await expectState(page, 'mapping');
  const problem = page.getByTestId('mapping-problem');
  await expect(problem).toContainText(sentence);
  await expect(problem).not.toContainText(/at \w+ \(|\.ts:\d+|Error:/);
  await expect(page.getByTestId('map-amount')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();

  await page.getByTestId('import-discard').click();
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'empty');
});

test('the language switch shows Chinese, everywhere, and is remembered', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN['import.title']);

  await page.getByRole('button', { name: zhCN['import.demo'] }).click();
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'ready', { timeout: 45_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN['overview.title']);
  await expect(page.locator('[data-metric="concentration.hhi"] .label')).toHaveText(zhCN['metric.concentration.hhi']);
  await expect(page.getByRole('link', { name: zhCN['nav.import'], exact: true })).toBeVisible();

  // Reopened in Chinese, on the data set opened last.
  await page.reload();
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN['overview.title']);
});

test.describe('in a browser set to Chinese', () => {
  test.use({ locale: 'zh-CN' });

  test('the app starts in Chinese', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN['import.title']);
  });
});

test('the demo data opens from the keyboard alone', async ({ page }) => {
  await page.goto('/');
  const demo = page.getByRole('button', { name: en['import.demo'] });
  for (let presses = 0; presses < 15 && !(await demo.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(demo).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'ready', { timeout: 45_000 });
});

for (const { name, width, height } of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
]) {
  test(`the Overview reads in light and dark at ${width}×${height} (screenshots in test-results/screenshots)`, async ({ page }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width, height });
    await openDemo(page);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    // Nothing wider than the screen: a cut label or an overflowing card would widen the page.
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

    // Theme "system" follows the browser, which this project sets to light.
    expect(await overflow()).toBe(0);
    const light = await background();
    await page.screenshot({ path: resolve(SCREENSHOTS, `overview-light-${name}.png`), fullPage: true });

    await page.getByTestId('theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await background()).not.toBe(light);
    expect(await overflow()).toBe(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, `overview-dark-${name}.png`), fullPage: true });
  });
}

test('figures in the billions stay on one line in their cards, on a desktop and a phone', async ({ page }) => {
  await page.goto('/');
  await importFile(page, resolve(FIXTURES, 'big-amounts.csv'));
  // T = 2024-06-30: all three rows are in the period; C (last bought 2024-02-15, in (T − 180, T − 90]) is at risk.
  // Revenue 9,000,000,000 + 3,401,943,614.13 + 1,276,152,468.47 = 13,678,096,082.60; at risk 1,276,152,468.47.
  await expectClose(page.locator('[data-metric="revenue"]'), 13_678_096_082.6, 'revenue');
  await expectClose(page.locator('[data-metric="risk.revenueAtRisk"]'), 1_276_152_468.47, 'revenue at risk');
  const lines = (metric: string) =>
    page.locator(`[data-metric="${metric}"] .value`).evaluate((element) => Math.round(element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight)));
  for (const { width, height } of VIEWPORTS) {
    await page.setViewportSize({ width, height });
    for (const metric of ['revenue', 'risk.revenueAtRisk']) expect(await lines(metric), `Overview ${metric} at ${width} px`).toBe(1);
  }
  await goTo(page, '#/risk');
  for (const { width, height } of VIEWPORTS) {
    await page.setViewportSize({ width, height });
    expect(await lines('risk.revenueAtRisk'), `Risk at ${width} px`).toBe(1);
  }
});
