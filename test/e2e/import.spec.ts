/**
 * The import experience end to end, in the built app: the mapping step (encoding, manual
 * mapping), the summary with rejected rows and their download, and Cancel mid-import of a
 * large file. Numbers are worked out by hand in the comments.
 */
import { mkdirSync, readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { en } from '../../src/i18n/index.ts';
import { FIXTURES, SCREENSHOTS, appRoot, expect, expectMetrics, expectState, importFile, metricValues, test } from './appTest.ts';

const GB18030 = resolve(FIXTURES, 'gb18030-orders.csv');
const GERMAN = resolve(FIXTURES, 'german-headers.csv');
const REJECTS = resolve(FIXTURES, 'rejected-rows.csv');
const SMALL = resolve(FIXTURES, 'small-sales.csv');

test('a GB18030 Chinese export: encoding detected, switchable, and the numbers as worked out by hand', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('import-file').setInputFiles(GB18030);
  await expectState(page, 'mapping');

  const encoding = page.getByTestId('encoding');
  const preview = page.getByTestId('preview');
  await expect(encoding).toHaveValue('gb18030');
  await expect(preview).toContainText('华东贸易有限公司');
  await expect(preview.locator('thead')).toContainText('销售负责人');
  // The title line above the headers and the 合计 row below the data are skipped, and shown.
  const skipped = page.getByTestId('skipped-lines');
  await expect(skipped.locator('summary')).toHaveText('1 title line and 1 total row skipped');
  await skipped.locator('summary').click();
  await expect(skipped).toContainText('销售订单明细');
  await expect(skipped).toContainText('合计');
  // Columns recognised from the Chinese headers, with sample values as read.
  await expect(page.getByTestId('map-customer_id')).toHaveValue('0');
  await expect(page.getByTestId('map-date')).toHaveValue('2');
  await expect(page.getByTestId('map-amount')).toHaveValue('3');
  await expect(page.getByTestId('map-owner')).toHaveValue('5');
  await expect(page.getByTestId('samples-amount')).toContainText('600');

  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, 'mapping-gb18030-light-desktop.png'), fullPage: true });

  // Read as UTF-8 the same bytes are garbled: replacement characters, no column recognised.
  await encoding.selectOption('utf-8');
  await expect(preview).not.toContainText('华东贸易有限公司');
  await expect(preview).toContainText('\uFFFD');
  await expect(page.getByTestId('import-confirm')).toBeDisabled();

  await encoding.selectOption('gb18030');
  await expect(preview).toContainText('华东贸易有限公司');
  await expect(page.getByTestId('map-amount')).toHaveValue('3');
  await expect(page.getByTestId('dataset-name-input')).toHaveValue('gb18030-orders');
  await page.getByTestId('import-confirm').click();
  await expectState(page, 'ready');

  // T = 2024-06-30 (latest date); TTM = [2023-07-02, 2024-06-30]. The 合计 row is not data.
  // Period revenue: C001 600 + 400 = 1000, C002 300, C003 200, C004 0 (its only row, 2023-05-01, is before the period).
  // revenue = 1500; customers 4; paying 3. Shares 2/3, 1/5, 2/15:
  // HHI = 10000 · (4/9 + 1/25 + 4/225) = 10000 · (100 + 9 + 4)/225 = 10000 · 113/225;
  // normalized = (113/225 − 1/3) / (2/3) = (113 − 75)/225 · 3/2 = 38/150; effective = 225 · 10000 / (113 · 10000) = 225/113;
  // Gini, r ascending 200 300 1000: 2·(200 + 600 + 3000)/(3·1500) − 4/3 = 7600/4500 − 6000/4500 = 1600/4500;
  // top1 = 2/3, top5 = top10 = 1, top20% = top ceil(0.6) = 1 customer = 2/3; 80 %: C001 (.667) + C002 (.867) → 2/3.
  // Tiers by cumulative share before: C001 0 → A, C002 2/3 → A, C003 13/15 = .867 → B; C004 inactive.
  // Lifecycle (T−90 = 2024-04-01, T−180 = 2024-01-02, T−365 = 2023-07-01, T−455 = 2023-04-02):
  // C001 first 2024-03-15 ≤ T−90, bought 2024-06-30 and 2024-03-15 (in (T−455, T−90]) → active;
  // C002 first 2024-05-20 → new; C003 last 2024-01-10 in (T−180, T−90] → atRisk; C004 last 2023-05-01 ≤ T−365 → lost.
  await expectMetrics(page, {
    revenue: 1500,
    customersTotal: 4,
    customersWithRevenue: 3,
    'concentration.hhi': (10000 * 113) / 225,
    'concentration.hhiNormalized': 38 / 150,
    'concentration.effectiveCustomers': 225 / 113,
    'concentration.gini': 1600 / 4500,
    'concentration.top1Share': 2 / 3,
    'concentration.top5Share': 1,
    'concentration.top20PctShare': 2 / 3,
    'concentration.paretoCustomerShare80': 2 / 3,
    'tiers.A': 2,
    'tiers.B': 1,
    'tiers.C': 0,
    'tiers.inactive': 1,
    'lifecycle.new': 1,
    'lifecycle.reactivated': 0,
    'lifecycle.active': 1,
    'lifecycle.atRisk': 1,
    'lifecycle.dormant': 0,
    'lifecycle.lost': 1,
    'rows.accepted': 5,
    'rows.excluded': 0,
    'rows.rejected': 0,
    'rows.skipped': 2,
  });
  await expect(page.getByTestId('dataset-name')).toHaveText('gb18030-orders');
});

test('headers no synonym knows: the problem is shown, the columns mapped by hand, and the numbers follow', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('import-file').setInputFiles(GERMAN);
  await expectState(page, 'mapping');
  await expect(page.getByTestId('mapping-problem')).toContainText('german-headers.csv has no column for customer_id, date, amount');
  const confirm = page.getByTestId('import-confirm');
  await expect(confirm).toBeDisabled();
  for (const field of ['customer_id', 'date', 'amount']) {
    await expect(page.getByTestId(`map-${field}`)).toHaveAttribute('aria-invalid', 'true');
  }

  await page.getByTestId('map-customer_id').selectOption({ label: 'Kunde' });
  await page.getByTestId('map-date').selectOption({ label: 'Datum' });
  await expect(confirm).toBeDisabled();
  await page.getByTestId('map-amount').selectOption({ label: 'Betrag' });
  await expect(page.getByTestId('mapping-problem')).toBeHidden();
  // Sample values as the import reads them: ISO dates, numbers.
  await expect(page.getByTestId('samples-date')).toContainText('2024-03-01');
  await expect(page.getByTestId('samples-amount')).toContainText('300');
  await expect(confirm).toBeEnabled();
  await confirm.click();
  await expectState(page, 'ready');

  // T = 2024-03-02. Revenue K1 100 + 100 = 200, K2 300: total 500, shares .4 and .6.
  // HHI = 10000 · (.16 + .36) = 5200; Gini, ascending 200 300: 2·(200 + 600)/(2·500) − 3/2 = 1.6 − 1.5 = .1;
  // top1 = .6; tiers: K2 before 0 → A, K1 before .6 → A.
  // Lifecycle (T−90 = 2023-12-03): both first bought after T−90 → new.
  await expectMetrics(page, {
    revenue: 500,
    customersTotal: 2,
    customersWithRevenue: 2,
    'concentration.hhi': 5200,
    'concentration.gini': 0.1,
    'concentration.top1Share': 0.6,
    'tiers.A': 2,
    'lifecycle.new': 2,
    'rows.accepted': 3,
  });

  // The mapping is remembered for the same headers.
  await page.goto('/#/import');
  await page.getByTestId('import-file').setInputFiles(GERMAN);
  await expectState(page, 'mapping');
  await expect(page.getByTestId('remembered')).toHaveText(en['mapping.remembered']);
  await expect(page.getByTestId('map-amount')).toHaveValue('2');
  await expect(page.getByTestId('import-confirm')).toBeEnabled();
});

test('rejected rows: counts, reasons, the first rows and a CSV download with every one, formulas escaped', async ({ page }) => {
  await page.goto('/');
  await importFile(page, REJECTS);
  // fixtures/rejected-rows.csv, 7 data rows: A (row 2) and D (row 6) accepted; F (row 8) Cancelled → excluded;
  // rejected: row 3 amount "=cmd", row 4 date "not a date", row 5 no customer, row 7 amount "abc".
  await expectMetrics(page, { 'rows.accepted': 2, 'rows.excluded': 1, 'rows.rejected': 4, 'rows.skipped': 0, revenue: 125 });

  await page.getByTestId('to-import-summary').click();
  const summary = page.getByTestId('import-summary');
  await expect(summary).toBeVisible();
  const counts = summary.getByTestId('file-counts');
  for (const [count, value] of [['accepted', '2'], ['excluded', '1'], ['rejected', '4'], ['skipped', '0']]) {
    await expect(counts.locator(`[data-count="${count}"]`)).toHaveAttribute('data-value', value);
  }
  const reasons = summary.getByTestId('rejection-reasons');
  await expect(reasons.locator('[data-reason="badAmount"] .count')).toHaveText('2');
  await expect(reasons.locator('[data-reason="badDate"] .count')).toHaveText('1');
  await expect(reasons.locator('[data-reason="missingCustomer"] .count')).toHaveText('1');
  await expect(summary.getByTestId('excluded-statuses')).toContainText('Cancelled');

  const rows = summary.getByTestId('rejected-rows').locator('tbody tr');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(0).locator('td').nth(1)).toHaveText('3');
  await expect(rows.nth(0).locator('td').nth(3)).toHaveText('=cmd');

  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, 'import-summary-light-desktop.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('download-rejected').click()]);
  expect(download.suggestedFilename()).toBe('rejected-rows-rejected-rows.csv');
  const path = await download.path();
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  expect(lines[0]).toBe('file,row,column,value,reason');
  const byRow = new Map(lines.slice(1).map((line) => [line.split(',')[1], line]));
  expect([...byRow.keys()].sort()).toEqual(['3', '4', '5', '7']);
  // The formula cell is escaped with a leading apostrophe, so a spreadsheet shows it as text.
  expect(byRow.get('3')).toContain("'=cmd");
  expect(byRow.get('3')).not.toMatch(/,=cmd/);
  expect(byRow.get('4')).toContain('not a date');
  expect(byRow.get('7')).toContain('abc');
});

test('several files: one tab per file, the one lacking columns marked; mapped, they import as one data set', async ({ page }) => {
  await page.goto('/');
  await page.getByTestId('import-file').setInputFiles([SMALL, GERMAN]);
  await expectState(page, 'mapping');
  const tabs = page.getByRole('tab');
  await expect(tabs).toHaveCount(2);
  await expect(tabs.nth(0)).toHaveAttribute('aria-selected', 'true');
  await expect(tabs.nth(1)).toContainText(en['mapping.needsColumns']);
  await expect(page.getByTestId('import-confirm')).toBeDisabled();

  // Arrow keys move between the tabs.
  await tabs.nth(0).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.nth(1)).toBeFocused();
  await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel')).toContainText('german-headers.csv');
  await page.getByTestId('map-customer_id').selectOption({ label: 'Kunde' });
  await page.getByTestId('map-date').selectOption({ label: 'Datum' });
  await page.getByTestId('map-amount').selectOption({ label: 'Betrag' });
  await expect(tabs.nth(1)).not.toContainText(en['mapping.needsColumns']);
  await page.getByTestId('import-confirm').click();
  await expectState(page, 'ready');
  // small-sales.csv: 9 accepted, 1 excluded, 1 rejected, customers A–G; german-headers.csv: 3 accepted, K1 and K2.
  await expectMetrics(page, { 'rows.accepted': 12, 'rows.excluded': 1, 'rows.rejected': 1, customersTotal: 9 });
});

test('appending a file to the open data set keeps one data set with the rows of both', async ({ page }) => {
  await page.goto('/');
  await importFile(page, SMALL);
  await page.goto('/#/import');
  await page.getByTestId('import-file').setInputFiles(GERMAN);
  await expectState(page, 'mapping');
  await page.getByTestId('map-customer_id').selectOption({ label: 'Kunde' });
  await page.getByTestId('map-date').selectOption({ label: 'Datum' });
  await page.getByTestId('map-amount').selectOption({ label: 'Betrag' });
  await page.getByLabel(en['mapping.targetAppend']).check();
  await expect(page.getByTestId('append-to')).toHaveValue(/.+/);
  await expect(page.getByTestId('append-to').locator('option:checked')).toHaveText('small-sales');
  await page.getByTestId('import-confirm').click();
  await expectState(page, 'ready');
  // 9 accepted rows of small-sales.csv + 3 of german-headers.csv; no order ids, so nothing is a duplicate.
  await expectMetrics(page, { 'rows.accepted': 12, customersTotal: 9 });
  await page.goto('/#/import');
  await expect(page.getByTestId('dataset')).toHaveCount(1);
  await expect(page.getByTestId('dataset-rows')).toHaveAttribute('data-value', '12');
});

test('Cancel during the import of a large file keeps the data set shown before, and the stored list', async ({ page }) => {
  test.setTimeout(120_000);
  // ~1.5 million rows (≈ 45 MB), written at test time.
  const dir = mkdtempSync(join(tmpdir(), 'tierscope-e2e-'));
  const big = join(dir, 'big-orders.csv');
  const lines = ['Customer ID,Order Date,Amount'];
  for (let i = 0; i < 1_500_000; i++) lines.push(`C${i % 5000},2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')},${(i % 997) + 1}`);
  writeFileSync(big, `${lines.join('\n')}\n`);

  try {
    await page.goto('/');
    await importFile(page, SMALL);
    await expect(page.locator('[data-metric="revenue"]')).toHaveAttribute('data-value', '980');
    const before = await metricValues(page);
    await page.goto('/#/import');
    const listed = page.getByTestId('dataset');
    await expect(listed).toHaveCount(1);
    const names = await listed.evaluateAll((items) => items.map((item) => `${item.dataset.datasetName}|${item.querySelector('[data-testid="dataset-rows"]')?.getAttribute('data-value')}`));

    await page.getByTestId('import-file').setInputFiles(big);
    await expectState(page, 'mapping');
    await page.getByTestId('import-confirm').click();
    await expectState(page, 'importing');
    // Wait until rows are being read, then cancel.
    await expect(page.getByTestId('import-pace')).not.toHaveText('');
    await expect(page.getByRole('progressbar')).toHaveAttribute('aria-valuenow', /\d+/);
    await page.getByTestId('import-cancel').click();

    await expectState(page, 'ready');
    await expect(page.getByTestId('notice')).toContainText(en['notice.cancelled']);
    await page.goto('/#/overview');
    // The Overview asks the analysis worker again as it opens: its KPIs come a moment later.
    await expect(page.locator('[data-metric="revenue"]')).toHaveAttribute('data-value', '980');
    expect(await metricValues(page)).toEqual(before);

    await page.reload();
    await expectState(page, 'ready');
    await page.goto('/#/import');
    await expect(listed).toHaveCount(1);
    expect(
      await listed.evaluateAll((items) => items.map((item) => `${item.dataset.datasetName}|${item.querySelector('[data-testid="dataset-rows"]')?.getAttribute('data-value')}`)),
    ).toEqual(names);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

for (const { name, width, height, theme } of [
  { name: 'dark-desktop', width: 1280, height: 800, theme: 'dark' },
  { name: 'light-mobile', width: 390, height: 844, theme: 'light' },
] as const) {
  test(`the mapping step reads at ${width}×${height} in ${theme} (screenshot)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto('/');
    await page.getByTestId('theme').selectOption(theme);
    await page.getByTestId('import-file').setInputFiles(REJECTS);
    await expectState(page, 'mapping');
    await expect(page.getByTestId('revenue-statuses')).toContainText('Cancelled');
    await expect(page.getByTestId('samples-amount')).toContainText(en['mapping.unreadable']);
    // Nothing wider than the screen: wide tables scroll inside their own region.
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBe(0);
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.screenshot({ path: resolve(SCREENSHOTS, `mapping-${name}.png`), fullPage: true });
    await expect(appRoot(page)).toHaveAttribute('data-app-state', 'mapping');
  });
}
