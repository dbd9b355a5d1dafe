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

/** The tooltip text of the risk matrix, or null while none shows. */
const matrixTip = (page: Page) => page.getByTestId('risk-matrix-frame').locator('.chart-tooltip');

/** Pixel (r, g, b, a) of the matrix canvas at a point given in CSS pixels of the page. */
function canvasPixel(page: Page, clientX: number, clientY: number) {
  return page.getByTestId('risk-matrix-canvas').evaluate((canvas: HTMLCanvasElement, [x, y]) => {
    const box = canvas.getBoundingClientRect();
    const ratio = canvas.width / box.width;
    const data = canvas.getContext('2d')!.getImageData(Math.round((x - box.left) * ratio), Math.round((y - box.top) * ratio), 1, 1).data;
    return [...data];
  }, [clientX, clientY]);
}

/** A CSS colour as the page resolves it, as [r, g, b]. */
function resolved(page: Page, color: string) {
  return page.evaluate((value) => {
    const probe = document.createElement('span');
    probe.style.color = value;
    document.body.append(probe);
    const rgb = getComputedStyle(probe).color.match(/\d+/g)!.slice(0, 3).map(Number);
    probe.remove();
    return rgb;
  }, color);
}

test('the canvas risk matrix: arrow keys and the pointer show each customer, dots take the theme colours, its long table scrolls to the last customer', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/risk');
  const frame = page.getByTestId('risk-matrix-frame');
  const canvas = page.getByTestId('risk-matrix-canvas');
  await expect(canvas).toBeVisible();
  await expect(canvas).toHaveAttribute('aria-label', en['risk.matrix.keys']);

  // The table alternative lists the same customers in the same order (most valuable first).
  await page.getByTestId('risk-matrix-toggle-table').click();
  const table = page.getByTestId('risk-matrix-table');
  const rowCount = Number(await table.getAttribute('aria-rowcount'));
  // The demo has thousands of customers on the matrix: the table renders a window of them.
  expect(rowCount).toBeGreaterThan(1000);
  expect(await table.locator('tbody tr[data-row]').count()).toBeLessThan(200);
  const nameOf = (index: number) => table.locator(`tbody tr[data-row="${index}"] td:nth-child(2)`).textContent();
  const first = (await nameOf(0))!;
  const second = (await nameOf(1))!;
  await page.locator('#risk-matrix-table').evaluate((box) => (box.scrollTop = box.scrollHeight));
  const lastRow = table.locator(`tbody tr[data-row="${rowCount - 2}"]`);
  await expect(lastRow).toHaveAttribute('aria-rowindex', String(rowCount));
  const last = (await lastRow.locator('td:nth-child(2)').textContent())!;

  await canvas.focus();
  await expect(matrixTip(page)).toContainText(first);
  await page.keyboard.press('ArrowRight');
  await expect(matrixTip(page)).toContainText(second);
  await page.keyboard.press('End');
  await expect(matrixTip(page)).toContainText(last);
  await page.keyboard.press('Home');
  await expect(matrixTip(page)).toContainText(first);

  // The ring marks where the first customer is drawn; the pointer there finds the same customer.
  const ring = await frame.locator('circle.active').boundingBox();
  const x = ring!.x + ring!.width / 2;
  const y = ring!.y + ring!.height / 2;
  await canvas.blur();
  await expect(matrixTip(page)).toHaveCount(0);
  await page.mouse.move(x, y);
  await expect(matrixTip(page)).toContainText(first);
  await page.mouse.move(0, 0);
  await expect(matrixTip(page)).toHaveCount(0);

  // The most valuable customer is in tier A, drawn in --chart-1 of the theme shown.
  const near = (pixel: number[], rgb: number[]) => rgb.every((value, k) => Math.abs(pixel[k] - value) <= 4) && pixel[3] > 0;
  await expect.poll(async () => near(await canvasPixel(page, x, y), await resolved(page, 'var(--chart-1)'))).toBe(true);
  const light = await resolved(page, 'var(--chart-1)');
  await page.getByTestId('theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await resolved(page, 'var(--chart-1)');
  expect(dark).not.toEqual(light);
  await expect.poll(async () => near(await canvasPixel(page, x, y), dark)).toBe(true);
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
