/**
 * The Lifecycle view in the built app on the demo data: stage counts and revenue, the stage flow
 * since T − 90, new vs lost per month and the cohort table equal core run here in Node on the same
 * import; a region filter (URL query) changes them as core says; Chinese after the language switch;
 * screenshots in both themes.
 */
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, cohortRetention, customerMask, LIFECYCLE_STAGES, newAndLostByMonth, stageFlow } from '../../src/core/index.ts';
import type { Dataset, Filters } from '../../src/core/index.ts';
import { en, zhCN } from '../../src/i18n/index.ts';
import { importFiles } from '../../src/import/index.ts';
import { expect, expectClose, goTo, openDemo, ROOT, screenshotBothThemes, SCREENSHOTS, test, VIEWPORTS } from './appTest.ts';
import { nodeSource } from './nodeSource.ts';

const DEMO = resolve(ROOT, 'public/demo/tierscope-demo.csv');

let dataset: Dataset;
test.beforeAll(async () => {
  dataset = (await importFiles([nodeSource(DEMO)])).dataset;
});

/** What the view must show, computed in Node under one customer mask. */
function expected(filters: Filters = {}) {
  const mask = customerMask(dataset.customers, filters);
  const current = analyze(dataset, {}, mask);
  const previous = analyze(dataset, { asOf: current.asOf! - 90 }, mask);
  const revenue = LIFECYCLE_STAGES.map(() => 0);
  current.lifecycle.codes.forEach((code, c) => {
    if (code < LIFECYCLE_STAGES.length) revenue[code] += current.aggregates.revenue[c];
  });
  return {
    counts: current.lifecycle.counts,
    revenue,
    flow: stageFlow(previous.lifecycle.codes, current.lifecycle.codes).counts,
    newLost: newAndLostByMonth(current.aggregates, 365).slice(-24),
    cohorts: cohortRetention(dataset, current.asOf!, mask, 24),
  };
}

async function expectStages(page: Page, want: ReturnType<typeof expected>) {
  for (const [code, stage] of LIFECYCLE_STAGES.entries()) {
    await expect(page.locator(`[data-metric="lifecycle.${stage}"]`), stage).toHaveAttribute('data-value', String(want.counts[stage]));
    await expectClose(page.locator(`[data-metric="lifecycle.revenue.${stage}"]`), want.revenue[code], `revenue ${stage}`);
  }
}

/** A chart's table alternative as text cells (the first column kept as is, the rest as written). */
async function tableOf(page: Page, id: string): Promise<string[][]> {
  const toggle = page.getByTestId(`${id}-toggle-table`);
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page
    .getByTestId(`${id}-table`)
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
}

const digits = (text: string) => Number(text.replace(/[^\d]/g, ''));

async function expectCharts(page: Page, want: ReturnType<typeof expected>) {
  await expect(async () => {
    const flow = await tableOf(page, 'stage-flow');
    expect(flow.map((row) => row.slice(1).map(digits))).toEqual(want.flow);
    const newLost = await tableOf(page, 'new-lost');
    expect(newLost.map(([month, added, lost]) => [month, digits(added), digits(lost)])).toEqual(want.newLost.map((m) => [m.month, m.new, m.lost]));
    const cohorts = await tableOf(page, 'cohorts');
    expect(cohorts.map(([cohort, size]) => [cohort, digits(size)])).toEqual(want.cohorts.map((row) => [row.cohort, row.size]));
  }).toPass({ timeout: 15_000 });
  // Each cohort cell is the share shown in percent with one decimal: compare the month-1 column.
  const cohorts = await tableOf(page, 'cohorts');
  const shown = cohorts.map((row) => row[3] ?? '');
  const format = new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 1 });
  expect(shown).toEqual(want.cohorts.map((row) => (row.share[1] == null ? '' : format.format(row.share[1]))));
}

test('stages, flow, new vs lost and cohorts equal core in Node; a region filter changes them as core says', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/lifecycle');
  const all = expected();
  expect(all.counts.active).toBeGreaterThan(0);
  expect(all.newLost.some((m) => m.lost > 0)).toBe(true);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['nav.lifecycle']);
  await expectStages(page, all);
  await expectCharts(page, all);

  const east = expected({ region: ['华东'] });
  expect(east.counts.active).not.toBe(all.counts.active);
  await goTo(page, `#/lifecycle?region=${encodeURIComponent('华东')}`);
  await expectStages(page, east);
  await expectCharts(page, east);
});

test('the Lifecycle view speaks Chinese after the language switch', async ({ page }) => {
  await openDemo(page);
  await goTo(page, '#/lifecycle');
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(zhCN['nav.lifecycle']);
  await expect(page.getByTestId('new-lost-frame').locator('.title')).toHaveText(zhCN['lifecycle.newLost.title']);
  await expect(page.getByTestId('cohorts-frame').locator('.title')).toHaveText(zhCN['lifecycle.cohorts.title']);
  await expect(page.getByTestId('lifecycle-cards').locator('.label').first()).toHaveText(zhCN['metric.lifecycle.new']);
  await expectStages(page, expected());  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: resolve(SCREENSHOTS, `lifecycle-zh-desktop.png`), fullPage: true });
});

for (const { name, width, height } of VIEWPORTS) {
  test(`the Lifecycle view reads in light and dark at ${width}×${height} (screenshots in test-results/screenshots)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await openDemo(page);
    await goTo(page, '#/lifecycle');
    await expect(page.getByTestId('cohorts-frame')).toBeVisible();
    await screenshotBothThemes(page, 'lifecycle', name);
  });
}
