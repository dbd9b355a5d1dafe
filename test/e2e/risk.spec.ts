/**
 * The Risk view in the built app on the demo data: revenue at risk (total and by stage), the data
 * set's usual interval and the call list equal analyze() + revenueAtRisk() + purchaseIntervals() +
 * callList() run here in Node on the same import; a region filter (URL query) changes them as core
 * says; Chinese after the language switch; screenshots in both themes.
 */
import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { analyze, callList, customerMask, purchaseIntervals, revenueAtRisk } from '../../src/core/index.ts';
import type { Dataset, Filters } from '../../src/core/index.ts';
import { en, zhCN } from '../../src/i18n/index.ts';
import { importFiles } from '../../src/import/index.ts';
import { expect, expectClose, goTo, openDemo, ROOT, screenshotBothThemes, test, VIEWPORTS } from './appTest.ts';
import { nodeSource } from './nodeSource.ts';

const DEMO = resolve(ROOT, 'public/demo/tierscope-demo.csv');

let dataset: Dataset;
test.beforeAll(async () => {
  dataset = (await importFiles([nodeSource(DEMO)])).dataset;
});

/** What the view must show for the default ttm period, computed in Node. */
function expected(filters: Filters = {}) {
  const mask = customerMask(dataset.customers, filters);
  const analysis = analyze(dataset, {}, mask);
  const asOf = analysis.asOf!;
  const atRisk = revenueAtRisk(dataset, analysis.lifecycle.codes, asOf, mask);
  const intervals = purchaseIntervals(dataset, asOf, mask);
  const stages = analysis.lifecycle.codes;
  const calls = callList({
    ids: dataset.customers.ids,
    names: dataset.customers.names,
    intervals,
    tiers: analysis.tiers.codes,
    stages,
    // The ttm period's revenue is the revenue of the last 365 days.
    atStake: analysis.aggregates.revenue,
  });
  return {
    revenueAtRisk: atRisk.total,
    atRiskCustomers: analysis.summary.lifecycle.atRisk,
    dormantCustomers: analysis.summary.lifecycle.dormant,
    datasetInterval: intervals.datasetInterval,
    calls: calls.map((entry) => entry.id),
  };
}

async function expectRisk(page: Page, want: ReturnType<typeof expected>) {
  await expectClose(page.locator('[data-metric="risk.revenueAtRisk"]'), want.revenueAtRisk, 'revenue at risk');
  await expect(page.locator('[data-metric="risk.stage.atRisk.customers"]')).toHaveAttribute('data-value', String(want.atRiskCustomers));
  await expect(page.locator('[data-metric="risk.stage.dormant.customers"]')).toHaveAttribute('data-value', String(want.dormantCustomers));
  await expect(page.locator('[data-metric="risk.datasetInterval"]')).toHaveAttribute('data-value', String(want.datasetInterval));
  await expect(page.locator('[data-metric="risk.callList"]')).toHaveAttribute('data-value', String(want.calls.length));
  const ids = await page.getByTestId('risk-call-list').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-customer')));
  expect(ids).toEqual(want.calls);
}

test('revenue at risk, usual interval and the call list equal core in Node; a region filter changes them as core says', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/risk');
  const all = expected();
  expect(all.revenueAtRisk).toBeGreaterThan(0);
  expect(all.calls.length).toBeGreaterThan(0);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['nav.risk']);
  await expectRisk(page, all);
  // The reason is said in words.
  await expect(page.getByTestId('risk-call-list').locator('tbody tr').first().locator('td.reason')).toContainText(/days/);

  const east = expected({ region: ['华东'] });
  expect(east.revenueAtRisk).not.toBe(all.revenueAtRisk);
  await goTo(page, `#/risk?region=${encodeURIComponent('华东')}`);
  await expectRisk(page, east);
});

test('the call list downloads as CSV with one line per customer', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/risk');
  const want = expected();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('risk-call-list-download').click()]);
  expect(download.suggestedFilename()).toBe('call-this-week.csv');
  const text = await (await download.createReadStream()).toArray().then((chunks) => Buffer.concat(chunks).toString('utf8'));
  const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('customer_id,name,tier,stage,revenue_365d,days_since_last_purchase,usual_interval_days,overdue_ratio,reason');
  expect(lines.slice(1).map((line) => line.split(',')[0])).toEqual(want.calls);
});

test('the Risk view speaks Chinese after the language switch', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/risk');
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN['nav.risk']);
  await expect(page.getByTestId('risk-matrix-frame').locator('.title')).toHaveText(zhCN['risk.matrix.title']);
  await expect(page.getByRole('heading', { name: zhCN['risk.calls.title'] })).toBeVisible();
  await expect(page.getByTestId('risk-call-list').locator('tbody tr').first().locator('td.reason')).toContainText('天');
  await expectRisk(page, expected());
});

for (const { name, width, height } of VIEWPORTS) {
  test(`the Risk view reads in light and dark at ${width}×${height} (screenshots in test-results/screenshots)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openDemo(page);
    await goTo(page, '#/risk');
    await expect(page.getByTestId('risk-call-list')).toBeVisible();
    await screenshotBothThemes(page, 'risk', name);
  });
}
