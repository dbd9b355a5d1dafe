/**
 * The Risk view's satisfaction section in the built app: the demo data with a survey file appended
 * (mapping step → append target → confirm) shows NPS, NPS by group and churn by satisfaction band equal
 * to satisfaction() / churnBySatisfaction() run here in Node on importFiles of both files; the owner
 * scorecard gets an NPS column; Chinese after the language switch; a screenshot.
 */
import type { Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { analyze, churnBySatisfaction, customerMask, ownerScorecard, satisfaction } from '../../src/core/index.ts';
import type { Dataset, SatisfactionGrouping } from '../../src/core/index.ts';
import { en, zhCN } from '../../src/i18n/index.ts';
import { importFiles } from '../../src/import/index.ts';
import { expect, expectClose, expectState, FIXTURES, goTo, openDemo, ROOT, SCREENSHOTS, test } from './appTest.ts';
import { nodeSource } from './nodeSource.ts';

const DEMO = resolve(ROOT, 'public/demo/tierscope-demo.csv');
const SURVEY = resolve(FIXTURES, 'survey.csv');

let dataset: Dataset;
test.beforeAll(async () => {
  dataset = (await importFiles([nodeSource(DEMO), nodeSource(SURVEY)])).dataset;
});

function expected(by: SatisfactionGrouping, filters: Record<string, string[]> = {}) {
  const analysis = analyze(dataset, {}, customerMask(dataset.customers, filters));
  return { groups: satisfaction(dataset, analysis, { by })!, churn: churnBySatisfaction(dataset, analysis)!, analysis };
}

/** Opens the demo (whose Risk view has no satisfaction section) and appends the survey file to it. */
async function openDemoWithSurvey(page: Page) {
  await openDemo(page);
  await goTo(page, '#/risk');
  await expect(page.getByTestId('risk-call-list')).toBeVisible();
  await expect(page.getByTestId('risk-satisfaction')).toHaveCount(0);
  await page.evaluate(() => (location.hash = '#/import'));
  await page.getByTestId('import-file').setInputFiles(SURVEY);
  await expectState(page, 'mapping');
  await page.getByLabel(en['mapping.targetAppend']).check();
  await expect(page.getByTestId('append-to')).toHaveValue(/.+/);
  await page.getByTestId('import-confirm').click();
  await expectState(page, 'ready', 45_000);
  await goTo(page, '#/risk');
  await expect(page.getByTestId('risk-satisfaction')).toBeVisible();
}

const points = (value: number | null) => (value === null ? '–' : new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }).format(value));

/** The group table's rows as [name, NPS text]. */
async function groupRows(page: Page): Promise<string[][]> {
  const table = page.getByTestId('risk-satisfaction-groups-table');
  if (!(await table.isVisible())) await page.getByTestId('risk-satisfaction-groups-toggle-table').click();
  const npsColumn = await table.locator('thead th').evaluateAll((ths, label) => ths.findIndex((th) => th.textContent?.trim() === label), en['risk.satisfaction.col.nps']);
  return table.locator('tbody tr').evaluateAll(
    (trs, column) => trs.map((tr) => [tr.children[0].textContent?.trim() ?? '', tr.children[column].textContent?.trim() ?? '']),
    npsColumn,
  );
}

test('NPS, NPS by group and churn by band equal core in Node; the owner scorecard shows NPS', async ({ page }) => {
  await openDemoWithSurvey(page);
  const byTier = expected('tier');
  expect(byTier.groups.scale).toBe('nps');
  expect(byTier.groups.total.customers).toBe(40);
  await expectClose(page.locator('[data-metric="risk.satisfaction.headline"]'), byTier.groups.total.nps!, 'NPS');
  await expect(page.locator('[data-metric="risk.satisfaction.customers"]')).toHaveAttribute('data-value', String(byTier.groups.total.customers));

  const tierName = (key: string | null) => en[`metric.tiers.${key as 'A'}`];
  expect(await groupRows(page)).toEqual([
    ...byTier.groups.groups.map((g) => [tierName(g.key), points(g.nps)]),
    [en['risk.satisfaction.all'], points(byTier.groups.total.nps)],
  ]);

  // The finding on A-tier detractors.
  const [low] = byTier.churn.tierA;
  const surveyedA = byTier.churn.tierA.reduce((sum, row) => sum + row.customers, 0);
  await expect(page.getByTestId('risk-satisfaction-finding')).toHaveText(
    en['risk.satisfaction.finding']
      .replace('{band}', en['risk.satisfaction.band.nps.detractor'])
      .replace('{low}', String(low.customers))
      .replace('{surveyed}', String(surveyedA))
      .replace('{slipping}', String(low.atRisk + low.dormant)),
  );

  // Churn by band: the table lists customers per band as core says.
  await page.getByTestId('risk-satisfaction-churn-toggle-table').click();
  const churnCustomers = await page.getByTestId('risk-satisfaction-churn-table').locator('tbody tr td:nth-child(2)').allTextContents();
  expect(churnCustomers.map((text) => text.trim())).toEqual(byTier.churn.bands.map((row) => String(row.customers)));

  // Grouping by owner.
  await page.getByTestId('risk-satisfaction-by').selectOption('owner');
  const byOwner = expected('owner');
  await expect.poll(() => groupRows(page)).toEqual([
    ...byOwner.groups.groups.map((g) => [g.key ?? en['risk.satisfaction.noOwner'], points(g.nps)]),
    [en['risk.satisfaction.all'], points(byOwner.groups.total.nps)],
  ]);

  // A region filter: the section is asked again after the view's new result, under the filter.
  const east = expected('owner', { region: ['华东'] });
  expect(east.groups.total.customers).toBeGreaterThan(0);
  expect(east.groups.total.customers).toBeLessThan(byOwner.groups.total.customers);
  await goTo(page, `#/risk?region=${encodeURIComponent('华东')}`);
  await expect(page.locator('[data-metric="risk.satisfaction.customers"]')).toHaveAttribute('data-value', String(east.groups.total.customers));
  await expect.poll(() => groupRows(page)).toEqual([
    ...east.groups.groups.map((g) => [g.key ?? en['risk.satisfaction.noOwner'], points(g.nps)]),
    [en['risk.satisfaction.all'], points(east.groups.total.nps)],
  ]);

  // Owner scorecard: one NPS per owner.
  const { analysis } = byTier;
  const scorecard = ownerScorecard(dataset, analysis.options, analysis.asOf!, customerMask(dataset.customers, {}));
  await goTo(page, '#/allocation');
  const rows = page.getByTestId('allocation-scorecard').locator('tbody tr');
  await expect(rows).toHaveCount(scorecard.length);
  const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.lastElementChild?.getAttribute('data-value') ?? ''));
  expect(shown.map((raw) => (raw === '' ? null : Number(raw)))).toEqual(scorecard.map((row) => row.nps ?? null));
});

test('the satisfaction section speaks Chinese after the language switch', async ({ page }) => {
  await openDemoWithSurvey(page);
  await page.getByTestId('language').selectOption('zh-CN');
  await expect(page.getByRole('heading', { name: zhCN['risk.satisfaction.title'], exact: true })).toBeVisible();
  await expect(page.getByTestId('risk-satisfaction-groups-frame').locator('.title')).toHaveText(zhCN['risk.satisfaction.groups.title']);
  await expect(page.getByTestId('risk-satisfaction-finding')).toContainText('A 级客户中的贬损者');
  await expectClose(page.locator('[data-metric="risk.satisfaction.headline"]'), expected('tier').groups.total.nps!, 'NPS');
});

for (const { name, width, height } of [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
]) {
  test(`the satisfaction section reads in light at ${width}×${height} (screenshot in test-results/screenshots)`, async ({ page }) => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    await page.setViewportSize({ width, height });
    await openDemoWithSurvey(page);
    const section = page.getByTestId('risk-satisfaction');
    await section.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
    await section.screenshot({ path: resolve(SCREENSHOTS, `risk-satisfaction-light-${name}.png`) });
  });
}
