/**
 * The Concentration view and the global filter bar in the built app on the demo data: KPIs, the top
 * table, the breakdown, the stress test and the monthly trend equal core run here in Node on the same
 * import; filters set
 * through the URL and through the bar change them as core says and survive reload and Back; chart
 * downloads are local files; Chinese after the language switch; screenshots in both themes.
 */
import type { Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, breakdown, customerMask, monthlyTrend, revenueAtRisk, stressTest } from '../../src/core/index.ts';
import type { AnalysisOptions, Dataset, Filters } from '../../src/core/index.ts';
import { en, zhCN } from '../../src/i18n/index.ts';
import { importFiles } from '../../src/import/index.ts';
import { appRoot, expect, expectClose, goTo, openDemo, ROOT, SCREENSHOTS, test } from './appTest.ts';
import { nodeSource } from './nodeSource.ts';

const DEMO = resolve(ROOT, 'public/demo/tierscope-demo.csv');
const EAST = '华东';

let dataset: Dataset;
test.beforeAll(async () => {
  dataset = (await importFiles([nodeSource(DEMO)])).dataset;
});

function analysisOf(options: Partial<AnalysisOptions> = {}, filters: Filters = {}) {
  return analyze(dataset, options, customerMask(dataset.customers, filters));
}

/** The headline numbers and the top table equal core's analysis. */
async function expectConcentration(page: Page, options: Partial<AnalysisOptions>, filters: Filters) {
  const analysis = analysisOf(options, filters);
  const c = analysis.summary.concentration;
  // Waits for the answer to these filters (the same computation as in Node, so the same double).
  await expect(page.locator('[data-metric="concentration.hhi"]')).toHaveAttribute('data-value', String(c.hhi));
  await expectClose(page.locator('[data-metric="concentration.gini"]'), c.gini!, 'gini');
  await expectClose(page.locator('[data-metric="concentration.top10Share"]'), c.top10Share!, 'top10Share');
  await expect(page.locator('[data-metric="concentration.majorCustomers"]')).toHaveAttribute('data-value', String(analysis.major.customers.length));
  const ids = Array.from(analysis.rank.subarray(0, 10), (c) => dataset.customers.ids[c]);
  const rows = page.getByTestId('concentration-top-table').locator('tbody tr');
  await expect(rows).toHaveCount(Math.min(10, analysis.rank.length));
  expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-customer')))).toEqual(ids);
  return analysis;
}

test('concentration equals core in Node; URL filters, the stress test and the breakdown follow core', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/concentration');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['concentration.title']);
  const all = await expectConcentration(page, {}, {});

  // Breakdown by region: the table alternative lists every region's HHI as core's breakdown says.
  await page.getByTestId('breakdown-toggle-table').click();
  const groups = breakdown(dataset, 'region');
  const table = page.getByTestId('breakdown-table').locator('tbody tr');
  await expect(table).toHaveCount(groups.length);
  await expect(table.first().locator('td').first()).toHaveText(groups[0].value ?? '');
  // Another dimension is asked for when chosen: by owner, as core's breakdown says.
  await page.getByTestId('breakdown-dimension').selectOption('owner');
  const owners = breakdown(dataset, 'owner');
  expect(owners.length).not.toBe(groups.length);
  await expect(table).toHaveCount(owners.length);
  await expect(table.first().locator('td').first()).toHaveText(owners[0].value ?? '');
  await page.getByTestId('breakdown-dimension').selectOption('region');
  await expect(table).toHaveCount(groups.length);

  // Stress test: removing the largest 3 customers.
  await page.getByTestId('stress-k').fill('3');
  const after = stressTest(all, Array.from(all.rank.subarray(0, 3)));
  await expect(page.locator('[data-metric="concentration.stress.customersWithRevenue"]')).toHaveAttribute(
    'data-value',
    String(after.after.customersWithRevenue),
  );
  await expectClose(page.locator('[data-metric="concentration.stress.hhi"]'), after.after.concentration.hhi!, 'stress hhi');
  await expectClose(page.locator('[data-metric="concentration.stress.revenue"]'), after.after.revenue, 'stress revenue');
  await expect(page.locator('[data-metric="concentration.stress.tiers.A"]')).toHaveAttribute('data-value', String(after.after.tiers.A));
  // The table downloads as CSV with the raw numbers after removal.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('stress-csv').click()]);
  const csv = readFileSync(await download.path(), 'utf8');
  expect(csv).toContain(`,${all.summary.tiers.A},${after.after.tiers.A}\r\n`);

  // A region and the whole history, through the URL.
  const filters = { region: [EAST] };
  const east = analysisOf({ period: 'all' }, filters);
  expect(east.summary.concentration.hhi).not.toBe(all.summary.concentration.hhi);
  await goTo(page, `#/concentration?period=all&region=${encodeURIComponent(EAST)}`);
  await expectConcentration(page, { period: 'all' }, filters);
  await expect(page.getByTestId('filter-chip')).toHaveCount(1);
  // The stress test follows: the region's largest 3 removed from the region.
  await expect(page.getByTestId('stress-k')).toHaveValue('3');
  const eastAfter = stressTest(east, Array.from(east.rank.subarray(0, 3)));
  expect(eastAfter.after.revenue).not.toBe(after.after.revenue);
  await expectClose(page.locator('[data-metric="concentration.stress.revenue"]'), eastAfter.after.revenue, 'stress revenue in the region');
  await expect(page.locator('[data-metric="concentration.stress.tiers.A"]')).toHaveAttribute('data-value', String(eastAfter.after.tiers.A));
  // So does the breakdown: by region, the one region kept.
  await expect(table).toHaveCount(1);
  await expect(table.first().locator('td').first()).toHaveText(EAST);
  // And the monthly trend, asked after the view's result: core's trend of the region, month by month.
  const trend = monthlyTrend(dataset, { period: 'all' }, customerMask(dataset.customers, filters));
  const wholeTrend = monthlyTrend(dataset, { period: 'all' });
  expect(trend.at(-1)!.hhi).not.toBe(wholeTrend.at(-1)!.hhi);
  const integer = new Intl.NumberFormat('en', { maximumFractionDigits: 0 });
  await page.getByTestId('trend-hhi-toggle-table').click();
  const months = page.getByTestId('trend-hhi-table').locator('tbody tr');
  await expect(months).toHaveCount(trend.length);
  await expect(months.last().locator('td').first()).toHaveText(trend.at(-1)!.month);
  await expect(months.last().locator('td').nth(1)).toHaveText(integer.format(trend.at(-1)!.hhi!));
  await expect(months.first().locator('td').nth(1)).toHaveText(integer.format(trend[0].hhi!));

  // Reload keeps the filters.
  await page.reload();
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'ready', { timeout: 45_000 });
  await expectConcentration(page, { period: 'all' }, filters);

  // Chinese after the language switch.
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN['concentration.title']);
  await expect(page.getByTestId('lorenz-frame').locator('h2')).toHaveText(zhCN['concentration.lorenz.title']);
});

test('the filter bar sets filters in the URL, Back undoes them, and the Overview follows', async ({ page }) => {
  await openDemo(page);
  await page.getByTestId('filter-region').locator('summary').click();
  await page.getByTestId('filter-region').getByRole('checkbox', { name: new RegExp(`^${EAST}`) }).check();
  await expect(page).toHaveURL(new RegExp(`#/overview\\?region=${encodeURIComponent(EAST)}$`));
  await expect(page.getByTestId('filter-chip')).toHaveText(new RegExp(EAST));

  const filters = { region: [EAST] };
  const east = analysisOf({}, filters);
  await expect(page.locator('[data-metric="revenue"]')).toHaveAttribute('data-value', String(east.summary.revenue));
  await expectClose(page.locator('[data-metric="concentration.hhi"]'), east.summary.concentration.hhi!, 'hhi (east)');
  const risk = revenueAtRisk(dataset, east.lifecycle.codes, east.asOf, customerMask(dataset.customers, filters));
  await expectClose(page.locator('[data-metric="risk.revenueAtRisk"]'), risk.total, 'revenue at risk (east)');

  // The nav keeps the filters; Back drops the last change.
  await page.getByRole('link', { name: en['nav.concentration'] }).click();
  await expect(page).toHaveURL(new RegExp(`#/concentration\\?region=`));
  await expectConcentration(page, {}, filters);
  await page.goBack();
  await page.goBack();
  await expect(page).toHaveURL(/#\/overview$/);
  const whole = analysisOf();
  await expect(page.locator('[data-metric="revenue"]')).toHaveAttribute('data-value', String(whole.summary.revenue));
  await expect(page.getByTestId('filter-chip')).toHaveCount(0);

  // Change against the previous period: revenue relative to as-of T − 365.
  const previous = analysisOf({ asOf: whole.asOf! - 365 });
  const change = (whole.summary.revenue - previous.summary.revenue) / Math.abs(previous.summary.revenue);
  await expect(page.locator('[data-metric="revenue"] [data-change]')).toHaveAttribute('data-change', String(change));
});

test('chart downloads are local files: SVG with inline colours, CSV of the table', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/concentration');
  const [svg] = await Promise.all([page.waitForEvent('download'), page.getByTestId('lorenz-download-svg').click()]);
  expect(svg.suggestedFilename()).toBe('lorenz-curve.svg');
  expect(svg.url()).toMatch(/^blob:/);
  const markup = readFileSync((await svg.path())!, 'utf8');
  expect(markup).toContain('<svg');
  expect(markup).toContain(en['concentration.lorenz.title']);
  expect(markup).not.toContain('var(--');
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByTestId('lorenz-download-csv').click()]);
  expect(csv.suggestedFilename()).toBe('lorenz-curve.csv');
  const text = readFileSync((await csv.path())!, 'utf8');
  expect(text.split('\r\n')[0]).toBe(`\uFEFF${en['concentration.lorenz.customers']},${en['concentration.lorenz.revenue']}`);
  const [png] = await Promise.all([page.waitForEvent('download'), page.getByTestId('pareto-download-png').click()]);
  expect(png.suggestedFilename()).toBe('pareto-chart.png');
  expect(readFileSync((await png.path())!).subarray(1, 4).toString()).toBe('PNG');
});

for (const [name, width, height] of [
  ['desktop', 1280, 800],
  ['mobile', 390, 844],
] as const) {
  test(`the Concentration view reads in light and dark at ${width}×${height} (screenshots in test-results/screenshots)`, async ({ page }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width, height });
    await openDemo(page);
    await goTo(page, `#/concentration?region=${encodeURIComponent(EAST)}`);
    await expect(page.getByTestId('stress-table')).toBeVisible();
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(await overflow()).toBe(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, `concentration-light-${name}.png`), fullPage: true });
    await page.getByTestId('theme').selectOption('dark');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await overflow()).toBe(0);
    await page.screenshot({ path: resolve(SCREENSHOTS, `concentration-dark-${name}.png`), fullPage: true });
  });
}
