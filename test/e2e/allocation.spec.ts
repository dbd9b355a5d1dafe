/**
 * The Allocation view in the built app on the demo data: portfolios by owner, the balance across
 * owners and the owner scorecard equal analyze() + portfolios() + balance() + ownerScorecard() run
 * here in Node on the same import; a region filter (URL query) changes them as core says; unticking a
 * proposed move changes the "after" balance; the assignments export; Chinese after the language
 * switch; screenshots in both themes.
 */
import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { analyze, balance, customerMask, ownerScorecard, portfolios, revenueAtRisk } from '../../src/core/index.ts';
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

function expected(filters: Filters = {}) {
  const mask = customerMask(dataset.customers, filters);
  const analysis = analyze(dataset, {}, mask);
  const atRisk = revenueAtRisk(dataset, analysis.lifecycle.codes, analysis.asOf, mask).revenue;
  const owners = portfolios([dataset.customers.dims.owner], { tiers: analysis.tiers.codes, revenue: analysis.aggregates.revenue, atRisk });
  const named = owners.filter((p) => p.values[0] !== null);
  return {
    owners,
    balance: {
      customers: balance(named.map((p) => p.customers)),
      revenue: balance(named.map((p) => p.revenue)),
      tierA: balance(named.map((p) => p.tierA)),
    },
    scorecard: ownerScorecard(dataset, analysis.options, analysis.asOf!, mask),
    owned: named.reduce((sum, p) => sum + p.customers, 0),
  };
}

async function expectAllocation(page: Page, want: ReturnType<typeof expected>) {
  const rows = page.getByTestId('allocation-owners').locator('tbody tr');
  await expect(rows).toHaveCount(want.owners.length);
  for (const [k, portfolio] of want.owners.entries()) {
    const cells = rows.nth(k).locator('td');
    await expect(rows.nth(k)).toHaveAttribute('data-owner', portfolio.values[0] ?? '');
    await expect(cells.nth(0)).toHaveAttribute('data-value', String(portfolio.customers));
    await expectClose(cells.nth(1), portfolio.revenue, `revenue of ${portfolio.values[0]}`);
    await expect(cells.nth(2)).toHaveAttribute('data-value', String(portfolio.tierA));
    await expectClose(cells.nth(3), portfolio.atRiskRevenue, `at risk of ${portfolio.values[0]}`);
  }
  for (const measure of ['customers', 'revenue', 'tierA'] as const) {
    await expectClose(page.locator(`[data-metric="allocation.balance.${measure}.gini"]`), want.balance[measure].gini!, `${measure} gini`);
    await expectClose(page.locator(`[data-metric="allocation.balance.${measure}.cv"]`), want.balance[measure].cv!, `${measure} cv`);
  }
  const score = page.getByTestId('allocation-scorecard').locator('tbody tr');
  await expect(score).toHaveCount(want.scorecard.length);
  for (const [k, row] of want.scorecard.entries()) {
    await expect(score.nth(k)).toHaveAttribute('data-owner', row.owner ?? '');
    await expectClose(score.nth(k).locator('td').nth(0), row.revenue, `scorecard revenue of ${row.owner}`);
    if (row.retention !== null) await expectClose(score.nth(k).locator('td').nth(3), row.retention, `retention of ${row.owner}`);
  }
}

test('portfolios, balance and the scorecard equal core in Node; a region filter changes them as core says', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/allocation');
  const all = expected();
  expect(all.owners.length).toBeGreaterThan(3);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['nav.allocation']);
  await expectAllocation(page, all);

  const east = expected({ region: ['华东'] });
  await goTo(page, `#/allocation?region=${encodeURIComponent('华东')}`);
  await expectAllocation(page, east);
});

test('unticking a move changes the balance after the proposal; the assignments export lists every owned customer', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/allocation');
  const moves = page.getByTestId('allocation-moves').locator('tbody tr[data-customer]');
  // The proposal arrives after the portfolios: wait for its first row before counting.
  await expect(moves.first()).toBeVisible();
  const kept = page.locator('[data-metric="allocation.movesKept"]');
  const total = Number(await kept.getAttribute('data-value'));
  expect(total).toBeGreaterThan(30);
  await expect(page.getByTestId('allocation-moves')).toHaveAttribute('aria-rowcount', String(total + 1));
  // A first screenful of rows, the others rendered as the box is scrolled to its end.
  expect(await moves.count()).toBeLessThan(total);
  const box = page.locator('.table-wrap.moves');
  await expect(async () => {
    await box.evaluate((element) => (element.scrollTop = element.scrollHeight));
    expect(await moves.count()).toBe(total);
  }).toPass();
  await expect(moves.last()).toHaveAttribute('aria-rowindex', String(total + 1));
  await box.evaluate((element) => (element.scrollTop = 0));
  // No A-tier customer moves while they are locked.
  await expect(page.getByTestId('allocation-moves').locator('.badge')).toHaveCount(0);
  const after = page.locator('[data-metric="allocation.balanceAfter.customers.cv"]');
  const before = Number(await page.locator('[data-metric="allocation.balance.customers.cv"]').getAttribute('data-value'));
  const withAll = Number(await after.getAttribute('data-value'));
  expect(withAll).toBeLessThan(before);
  await moves.first().locator('input[type="checkbox"]').uncheck();
  await expect(kept).toHaveAttribute('data-value', String(total - 1));
  await expect(after).not.toHaveAttribute('data-value', String(withAll));

  const movedId = await moves.nth(1).getAttribute('data-customer');
  const movedTo = (await moves.nth(1).locator('td').nth(2).textContent())?.trim();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('allocation-export').click()]);
  expect(download.suggestedFilename()).toBe('assignments.csv');
  const text = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(lines[0]).toBe('customer_id,name,current_owner,proposed_owner');
  expect(lines).toHaveLength(expected().owned + 1);
  const line = lines.find((l) => l.startsWith(`${movedId},`));
  expect(line?.endsWith(`,${movedTo}`)).toBe(true);
});

test('the Allocation view speaks Chinese after the language switch', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/allocation');
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN['nav.allocation']);
  await expect(page.getByRole('heading', { name: zhCN['allocation.scorecard.title'] })).toBeVisible();
  await expect(page.getByTestId('allocation-customers-frame').locator('.title')).toHaveText(zhCN['allocation.chart.customers.title']);
  await expectAllocation(page, expected());
});

for (const { name, width, height } of VIEWPORTS) {
  test(`the Allocation view reads in light and dark at ${width}×${height} (screenshots in test-results/screenshots)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openDemo(page);
    await goTo(page, '#/allocation');
    await expect(page.getByTestId('allocation-scorecard')).toBeVisible();
    await screenshotBothThemes(page, 'allocation', name);
  });
}
