import type { Page } from '@playwright/test';
import { longTasks, longestTask, measure } from './pageProbes.ts';

/** Responsiveness with a large customer base, on a data set already shown. */
export interface InteractResult {
  readonly customers: number;
  /** Hash change → Customers view shows its count. */
  readonly customersOpenMs: number;
  /** Table scrolled to its middle → that row rendered with data. */
  readonly scrollMiddleMs: number;
  /** End key in the table → the last row rendered with data. */
  readonly keyEndMs: number;
  readonly concentrationOpenMs: number;
  /** Focus on the first focusable chart mark → its tooltip shown (hover shows the same). */
  readonly concentrationTooltipMs: number | null;
  readonly riskOpenMs: number;
  /** null when the risk matrix draws on canvas (no focusable dots). */
  readonly riskTooltipMs: number | null;
  /** Longest main-thread task over all of the above, mouse sweeps over both charts included. */
  readonly longestTaskMs: number;
}

const TABLE = 'customers-table';

export async function interactivity(page: Page, timeoutMs: number): Promise<InteractResult> {
  const first = await measure(page, 'hash', { hash: '#/customers' }, 'changed', { view: 'customers', metric: 'customers.total', old: null }, timeoutMs);
  const customers = Number(await page.locator('[data-metric="customers.total"]').getAttribute('data-value'));
  await measure(page, 'none', {}, 'rowLoaded', { table: TABLE, index: 0 }, timeoutMs);
  const rowHeight = await page.locator(`[data-testid="${TABLE}"] [data-row="0"]`).evaluate((row) => (row as HTMLElement).offsetHeight);
  const middle = Math.floor(customers / 2);
  const scrolled = await measure(page, 'scroll', { table: TABLE, top: middle * rowHeight }, 'rowLoaded', { table: TABLE, index: middle }, timeoutMs);
  const ended = await measure(page, 'key', { selector: `[data-testid="${TABLE}"] [data-row="${middle}"]`, key: 'End' }, 'rowLoaded', { table: TABLE, index: customers - 1 }, timeoutMs);

  const concentration = await openView(page, 'concentration', 'concentration.hhi', timeoutMs);
  const concentrationTip = await chartTooltip(page, 'concentration', timeoutMs);
  const risk = await openView(page, 'risk', 'risk.revenueAtRisk', timeoutMs);
  const riskTip = await chartTooltip(page, 'risk', timeoutMs);
  const until = await page.evaluate(() => performance.now());
  return {
    customers,
    customersOpenMs: first.painted - first.start,
    scrollMiddleMs: scrolled.painted - scrolled.start,
    keyEndMs: ended.painted - ended.start,
    concentrationOpenMs: concentration,
    concentrationTooltipMs: concentrationTip,
    riskOpenMs: risk,
    riskTooltipMs: riskTip,
    longestTaskMs: longestTask(await longTasks(page), first.start, until),
  };
}

async function openView(page: Page, view: string, metric: string, timeoutMs: number): Promise<number> {
  const opened = await measure(page, 'hash', { hash: `#/${view}` }, 'changed', { view, metric, old: null }, timeoutMs);
  return opened.painted - opened.start;
}

/** Focus → tooltip on the view's first focusable chart mark, then a mouse sweep across its charts. */
async function chartTooltip(page: Page, view: string, timeoutMs: number): Promise<number | null> {
  const mark = `[data-testid="${view}-view"] .chart-box [tabindex="0"]`;
  let tooltipMs: number | null = null;
  if ((await page.locator(mark).count()) > 0) {
    const shown = await measure(page, 'focus', { selector: mark }, 'tooltip', { view }, timeoutMs);
    tooltipMs = shown.painted - shown.start;
  }
  for (const box of await page.locator(`[data-testid="${view}-view"] .chart-box`).all()) {
    await box.scrollIntoViewIfNeeded({ timeout: timeoutMs });
    const bounds = await box.boundingBox();
    if (bounds === null) continue;
    await page.mouse.move(bounds.x + 2, bounds.y + bounds.height / 2);
    await page.mouse.move(bounds.x + bounds.width - 2, bounds.y + bounds.height / 2, { steps: 20 });
  }
  return tooltipMs;
}
