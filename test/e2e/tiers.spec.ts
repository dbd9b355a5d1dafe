/**
 * The Tiers view in the built app on the demo data: tier counts and revenue, the tier migration and
 * the movers equal analyze() + tierMigration() run here in Node on the same import; a region filter
 * (URL query) and edited thresholds change them as core says; tier names switch and are remembered;
 * Chinese after the language switch; screenshots in both themes.
 */
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, customerMask, TIERS, tierMigration, tierMovers } from '../../src/core/index.ts';
import type { AnalysisOptions, Dataset, Filters } from '../../src/core/index.ts';
import { en, zhCN } from '../../src/i18n/index.ts';
import { importFiles } from '../../src/import/index.ts';
import { appRoot, expect, expectClose, goTo, openDemo, ROOT, screenshotBothThemes, SCREENSHOTS, test, VIEWPORTS } from './appTest.ts';
import { nodeSource } from './nodeSource.ts';

const DEMO = resolve(ROOT, 'public/demo/tierscope-demo.csv');

let dataset: Dataset;
test.beforeAll(async () => {
  dataset = (await importFiles([nodeSource(DEMO)])).dataset;
});

/** What the view must show, computed in Node: current and previous (T − 365) analyses under one mask. */
function expected(options: Partial<AnalysisOptions> = {}, filters: Filters = {}) {
  const mask = customerMask(dataset.customers, filters);
  const current = analyze(dataset, options, mask);
  const previous = analyze(dataset, { ...options, asOf: current.asOf! - 365 }, mask);
  const revenue = TIERS.map(() => 0);
  current.tiers.codes.forEach((code, c) => {
    if (code < TIERS.length) revenue[code] += current.aggregates.revenue[c];
  });
  const movers = tierMovers(previous.tiers.codes, current.tiers.codes, previous.aggregates.revenue, current.aggregates.revenue, dataset.customers.ids);
  return {
    counts: current.tiers.counts,
    revenue,
    migration: tierMigration(previous.tiers.codes, current.tiers.codes).counts,
    movedUp: movers.up.map((m) => dataset.customers.ids[m.customer]),
    fell: movers.down.map((m) => dataset.customers.ids[m.customer]),
  };
}

/** Every tier card shows the count and revenue computed in Node. */
async function expectTiers(page: Page, want: ReturnType<typeof expected>) {
  for (const [code, tier] of TIERS.entries()) {
    await expect(page.locator(`[data-metric="tiers.${tier}"]`), tier).toHaveAttribute('data-value', String(want.counts[tier]));
    await expectClose(page.locator(`[data-metric="tiers.revenue.${tier}"]`), want.revenue[code], `revenue ${tier}`);
  }
}

/** The migration matrix's table alternative, as numbers. */
async function migrationTable(page: Page): Promise<number[][]> {
  const toggle = page.getByTestId('tier-migration-toggle-table');
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  const rows = page.getByTestId('tier-migration-table').locator('tbody tr');
  await expect(rows).toHaveCount(5);
  return rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => Number((td.textContent ?? '').replace(/[^\d]/g, '')))),
  );
}

test('tiers, migration and movers equal core in Node; a region filter changes them as core says', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/tiers');
  const all = expected();
  expect(all.counts.A).toBeGreaterThan(0);
  await expectTiers(page, all);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['nav.tiers']);
  expect(await migrationTable(page)).toEqual(all.migration);
  await expect(page.getByTestId('tiers-moved-up-table').locator('tbody tr')).toHaveCount(all.movedUp.length);
  const upIds = await page.getByTestId('tiers-moved-up-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-customer')));
  expect(upIds).toEqual(all.movedUp);
  const fellIds = await page.getByTestId('tiers-fell-table').locator('tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-customer')));
  expect(fellIds).toEqual(all.fell);

  const east = expected({}, { region: ['华东'] });
  expect(east.counts.A).not.toBe(all.counts.A);
  await goTo(page, `#/tiers?region=${encodeURIComponent('华东')}`);
  await expectTiers(page, east);
  expect(await migrationTable(page)).toEqual(east.migration);

  const allPeriod = expected({ period: 'all' }, { region: ['华东'] });
  await goTo(page, `#/tiers?period=all&region=${encodeURIComponent('华东')}`);
  await expectTiers(page, allPeriod);
});

test('edited thresholds retier the customers; invalid ones say why and change nothing; tier names are remembered', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/tiers');
  await page.getByTestId('tiers-threshold-a').fill('70');
  await page.getByTestId('tiers-threshold-b').fill('90');
  await page.getByTestId('tiers-threshold-b').press('Enter');
  const edited = expected({ tiers: { a: 0.7, b: 0.9 } });
  await expectTiers(page, edited);

  await page.getByTestId('tiers-threshold-a').fill('95');
  await page.getByTestId('tiers-threshold-a').press('Enter');
  await expect(page.getByTestId('tiers-thresholds-help')).toHaveText(en['tiers.thresholdsInvalid']);
  await expect(page.getByTestId('tiers-threshold-a')).toHaveAttribute('aria-invalid', 'true');
  await expectTiers(page, edited);

  await page.getByTestId('tiers-threshold-reset').click();
  await expectTiers(page, expected());

  await page.locator('label', { hasText: en['tiers.scheme.names'] }).click();
  await expect(page.getByTestId('tiers-cards').locator('.label').first()).toHaveText(en['tiers.label.names.A']);
  await page.reload();
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'ready', { timeout: 45_000 });
  await expect(page.getByTestId('tiers-cards').locator('.label').first()).toHaveText(en['tiers.label.names.A']);
});

test('the Tiers view speaks Chinese after the language switch', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/tiers');
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN['nav.tiers']);
  await expect(page.getByTestId('tier-bars-frame').locator('.title')).toHaveText(zhCN['tiers.bars.title']);
  await expect(page.getByTestId('rfm-map-frame').locator('.title')).toHaveText(zhCN['tiers.rfm.title']);
  await expect(page.getByText(zhCN['tiers.movedUp'])).toBeVisible();
  await expectTiers(page, expected());  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `tiers-zh-desktop.png`), fullPage: true });
});

for (const { name, width, height } of VIEWPORTS) {
  test(`the Tiers view reads in light and dark at ${width}×${height} (screenshots in test-results/screenshots)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openDemo(page);
    await goTo(page, '#/tiers');
    await expect(page.getByTestId('tier-migration-frame')).toBeVisible();
    await screenshotBothThemes(page, 'tiers', name);
  });
}
