/**
 * The Customers view and Settings' Analysis section in the built app on the demo data: the table
 * sorted by revenue starts with the customer core ranks first; the search finds a customer; the
 * drawer opens with the keyboard and shows the revenue core computes; a region filter (URL query)
 * narrows the list as core says; tier A at 70 % in Settings changes tiers.A on the Overview as core
 * says; Chinese after the language switch; screenshots in both themes.
 */
import type { Page } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, customerMask } from '../../src/core/index.ts';
import type { Analysis, Dataset } from '../../src/core/index.ts';
import { en, zhCN } from '../../src/i18n/index.ts';
import { importFiles } from '../../src/import/index.ts';
import { appRoot, expect, expectClose, goTo, openDemo, ROOT, SCREENSHOTS, test } from './appTest.ts';
import { nodeSource } from './nodeSource.ts';

const DEMO = resolve(ROOT, 'public/demo/tierscope-demo.csv');

let dataset: Dataset;
let analysis: Analysis;
test.beforeAll(async () => {
  dataset = (await importFiles([nodeSource(DEMO)])).dataset;
  analysis = analyze(dataset);
});

const table = (page: Page) => page.getByTestId('customers-table');
const firstRow = (page: Page) => table(page).locator('[data-row="0"]');
const idCell = (page: Page, row: number) => table(page).locator(`[data-row="${row}"] [role="gridcell"]`).first();

test('sorting, search, keyboard drawer and a region filter show what core computes', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/customers');
  await expect(page.locator('[data-metric="customers.total"]')).toHaveAttribute('data-value', String(analysis.summary.customersTotal));

  // Sort by id (ascending), then by revenue: a new numeric column starts descending.
  const header = (name: string) => table(page).getByRole('columnheader', { name });
  await header(en['customers.col.id']).getByRole('button').click();
  await expect(header(en['customers.col.id'])).toHaveAttribute('aria-sort', 'ascending');
  await header(en['customers.col.revenue']).getByRole('button').click();
  await expect(header(en['customers.col.revenue'])).toHaveAttribute('aria-sort', 'descending');
  const [top, second] = [analysis.rank[0], analysis.rank[1]];
  await expect(idCell(page, 0)).toHaveText(dataset.customers.ids[top]);
  await expect(idCell(page, 1)).toHaveText(dataset.customers.ids[second]);
  await expect(table(page)).toHaveAttribute('aria-rowcount', String(analysis.summary.customersTotal + 1));
  await expectClose(firstRow(page).locator('[data-value]'), analysis.aggregates.revenue[top], 'top revenue');

  // The keyboard: focus the first row, move down, Enter opens the second customer's drawer.
  await firstRow(page).focus();
  await page.keyboard.press('ArrowDown');
  await expect(table(page).locator('[data-row="1"]')).toBeFocused();
  await page.keyboard.press('Enter');
  const drawer = page.getByTestId('customer-drawer');
  await expect(drawer).toBeVisible();
  await expect(drawer.getByTestId('customer-id')).toHaveText(dataset.customers.ids[second]);
  await expectClose(drawer.locator('[data-metric="customer.revenue"]'), analysis.aggregates.revenue[second], 'drawer revenue');
  await expect(drawer.locator('[data-metric="customer.tier"]')).toHaveAttribute('data-value', 'A');
  await expect(drawer.getByTestId('customer-quarters').locator('tbody tr')).toHaveCount(8);
  const [download] = await Promise.all([page.waitForEvent('download'), drawer.getByTestId('customer-quarters-csv').click()]);
  // A header and the 8 quarter ends.
  expect(readFileSync(await download.path(), 'utf8').trim().split('\r\n')).toHaveLength(9);
  await expect(drawer.locator('svg[role="img"] rect.bar')).toHaveCount(36);
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // Search by part of a name, in any case: the count is what a naive filter finds.
  const name = dataset.customers.names[analysis.rank[10]];
  const needle = name.slice(0, 3);
  await page.getByTestId('customers-search').fill(needle);
  const counted = analysis.aggregates.counted;
  const found = dataset.customers.ids.filter(
    (id, c) => counted[c] === 1 && (id.toLowerCase().includes(needle.toLowerCase()) || dataset.customers.names[c].toLowerCase().includes(needle.toLowerCase())),
  );
  await expect(page.locator('[data-metric="customers.total"]')).toHaveAttribute('data-value', String(found.length));
  await expect(table(page).getByText(name).first()).toBeVisible();
  await page.getByTestId('customers-search').fill('');

  // The global region filter, through the URL query.
  const region = dataset.customers.dims.region.values[0];
  await goTo(page, `#/customers?region=${encodeURIComponent(region)}`);
  const east = analyze(dataset, {}, customerMask(dataset.customers, { region: [region] }));
  await expect(page.locator('[data-metric="customers.total"]')).toHaveAttribute('data-value', String(east.summary.customersTotal));
  await expect(idCell(page, 0)).toHaveText(dataset.customers.ids[east.rank[0]]);

  await screenshots(page);

  // Chinese after the language switch.
  await goTo(page, '#/settings');
  await page.getByTestId('settings-language').selectOption('zh-CN');
  await goTo(page, '#/customers');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN['nav.customers']);
  await expect(table(page).getByRole('columnheader', { name: zhCN['customers.col.revenue'] })).toBeVisible();
});

test('tier A at 70 % in Settings changes tiers.A on the Overview as core computes, and survives a reload', async ({ page }) => {
  await openDemo(page);
  await expect(page.locator('[data-metric="tiers.A"]')).toHaveAttribute('data-value', String(analysis.summary.tiers.A));
  await goTo(page, '#/settings');
  await page.getByTestId('settings-tierA').fill('70');
  await page.getByTestId('settings-apply').click();
  await goTo(page, '#/overview');
  const options = { tiers: { a: 0.7, b: 0.95 } };
  const want = analyze(dataset, options).summary.tiers;
  expect(want.A).toBeLessThan(analysis.summary.tiers.A);
  await expect(page.locator('[data-metric="tiers.A"]')).toHaveAttribute('data-value', String(want.A));
  await expect(page.locator('[data-metric="tiers.B"]')).toHaveAttribute('data-value', String(want.B));

  await page.reload();
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'ready', { timeout: 45_000 });
  await expect(page.locator('[data-metric="tiers.A"]')).toHaveAttribute('data-value', String(want.A));

  // A tier B below tier A is refused and changes nothing.
  await goTo(page, '#/settings');
  await page.getByTestId('settings-tierB').fill('60');
  await page.getByTestId('settings-apply').click();
  await expect(page.getByTestId('settings-tierB')).toHaveAttribute('aria-invalid', 'true');
  await page.getByTestId('settings-reset').click();
  await goTo(page, '#/overview');
  await expect(page.locator('[data-metric="tiers.A"]')).toHaveAttribute('data-value', String(analysis.summary.tiers.A));
});

async function screenshots(page: Page) {
  mkdirSync(SCREENSHOTS, { recursive: true });
  for (const theme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: theme });
    for (const [device, viewport] of [
      ['desktop', { width: 1280, height: 900 }],
      ['mobile', { width: 390, height: 844 }],
    ] as const) {
      await page.setViewportSize(viewport);
      await expect(idCell(page, 0)).not.toHaveText('');
      await page.screenshot({ path: resolve(SCREENSHOTS, `customers-${theme}-${device}.png`), fullPage: true });
    }
  }
  // The drawer too, on the desktop in light.
  await page.emulateMedia({ colorScheme: 'light' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await firstRow(page).click();
  await expect(page.locator('[data-metric="customer.revenue"]')).toBeVisible();
  await page.screenshot({ path: resolve(SCREENSHOTS, 'customers-drawer-light-desktop.png') });
  await page.keyboard.press('Escape');
}

test('the header\'s columns stand over the rows\' columns, in a narrow and a wide window', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/customers');
  await expect(idCell(page, 0)).not.toHaveText('…');
  for (const width of [1280, 1920]) {
    await page.setViewportSize({ width, height: 800 });
    const edges = await table(page).evaluate((grid) => {
      const lefts = (cells: NodeListOf<Element>) => Array.from(cells, (cell) => Math.round(cell.getBoundingClientRect().left));
      return { head: lefts(grid.querySelectorAll('[role="columnheader"]')), row: lefts(grid.querySelectorAll('[data-row="0"] [role="gridcell"]')) };
    });
    expect(edges.head).toHaveLength(12);
    expect(edges.row, `at ${width} px`).toEqual(edges.head);
  }
});
