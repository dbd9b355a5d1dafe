/**
 * Stored data sets in the built app: reopened after a reload, shared between two tabs (and
 * the reload banner after another tab upgrades the database), renamed and deleted.
 */
import { resolve } from 'node:path';
import { en } from '../../src/i18n/index.ts';
import { FIXTURES, expect, expectState, importFile, metricValues, test, watchErrors } from './appTest.ts';

const SMALL = resolve(FIXTURES, 'small-sales.csv');
const GB18030 = resolve(FIXTURES, 'gb18030-orders.csv');

test('after a reload the last data set is shown again, with the same numbers, without a click', async ({ page }) => {
  await page.goto('/');
  await importFile(page, SMALL);
  await expect(page).toHaveURL(/#\/overview$/);
  // Revenue of fixtures/small-sales.csv, worked out by hand in overview.spec.ts.
  await expect(page.locator('[data-metric="revenue"]')).toHaveAttribute('data-value', '980');
  const before = await metricValues(page);
  expect(Object.keys(before).length).toBeGreaterThan(20);

  await page.reload();
  await expectState(page, 'ready');
  expect(await metricValues(page)).toEqual(before);
  await expect(page.getByTestId('dataset-name')).toHaveText('small-sales');
  // The reopened Overview may be the stored one; the other views compute from the columns loaded behind it.
  expect(before['concentration.hhi']).toMatch(/^\d/);
  await page.evaluate(() => (location.hash = '#/concentration'));
  await expect(page.locator('[data-testid="concentration-view"] [data-metric="concentration.hhi"]')).toHaveAttribute('data-value', before['concentration.hhi']);

  // A fresh visit to the bare address lands on the Overview too.
  await page.goto('/');
  await expectState(page, 'ready');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['overview.title']);
});

test('two tabs: a data set imported in one appears in the other; an upgrade in the other asks the first to reload', async ({ page, context }) => {
  const other = await context.newPage();
  const otherErrors: string[] = [];
  watchErrors(other, otherErrors);
  await other.goto('/#/import');
  await expectState(other, 'empty');
  await expect(other.getByTestId('dataset')).toHaveCount(0);

  await page.goto('/');
  await importFile(page, SMALL);
  await expect(other.getByTestId('dataset')).toHaveCount(1);
  await expect(other.getByTestId('dataset')).toHaveAttribute('data-dataset-name', 'small-sales');

  // The other tab opens the database one version up, as a newer Tierscope would.
  const upgraded = await other.evaluate(async () => {
    const databases = await indexedDB.databases();
    const current = databases.find((db) => db.name === 'tierscope')?.version ?? 0;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open('tierscope', current + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    return current + 1;
  });
  expect(upgraded).toBeGreaterThan(1);
  const banner = page.getByTestId('version-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toHaveAttribute('role', 'alert');
  await expect(banner).toContainText(en['version.changed']);
  await expect(banner.getByRole('button', { name: en['version.reload'] })).toBeVisible();
  expect(otherErrors).toEqual([]);
});

test('a data set can be renamed in place and deleted after confirming', async ({ page }) => {
  await page.goto('/');
  await importFile(page, SMALL);
  await page.goto('/#/import');
  // A second data set from another file.
  await importFile(page, GB18030);
  await page.goto('/#/import');
  const items = page.getByTestId('dataset');
  await expect(items).toHaveCount(2);

  const first = items.first();
  await first.getByTestId('dataset-rename').click();
  const input = first.getByTestId('dataset-rename-input');
  await expect(input).toBeFocused();
  await input.fill('Key accounts 2024');
  await input.press('Enter');
  await expect(page.locator('[data-dataset-name="Key accounts 2024"]')).toHaveCount(1);
  await expect(page.getByTestId('dataset-rename')).toHaveCount(2);

  const renamed = page.locator('[data-dataset-name="Key accounts 2024"]');
  await renamed.getByTestId('dataset-delete').click();
  await expect(renamed).toContainText('Delete “Key accounts 2024” from this device?');
  await renamed.getByTestId('dataset-delete-confirm').click();
  await expect(items).toHaveCount(1);
  await expect(page.locator('[data-dataset-name="Key accounts 2024"]')).toHaveCount(0);

  await page.reload();
  await page.goto('/#/import');
  await expect(items).toHaveCount(1);
  await items.first().getByTestId('dataset-delete').click();
  await items.first().getByTestId('dataset-delete-confirm').click();
  await expect(items).toHaveCount(0);
  await expectState(page, 'empty');
  await expect(page.getByText(en['datasets.none'])).toBeVisible();
});
