/**
 * What every browser test shares: a `test` that fails when its page logs an error or throws
 * (CSP violations are logged as errors too), and helpers that wait on the page hooks of SPEC §4.
 */
import { expect, test as base } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { en } from '../../src/i18n/index.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const FIXTURES = resolve(import.meta.dirname, 'fixtures');
export const SCREENSHOTS = resolve(ROOT, 'test-results/screenshots');

/** Collects console errors and uncaught exceptions of a page into `errors`. */
export function watchErrors(page: Page, errors: string[]): void {
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
}

export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      watchErrors(page, errors);
      await use(errors);
      expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const appRoot = (page: Page) => page.locator('[data-app-state]');

/** Waits for the app to show a state of SPEC §4. */
export async function expectState(page: Page, state: 'empty' | 'mapping' | 'importing' | 'ready' | 'error', timeout?: number) {
  await expect(appRoot(page)).toHaveAttribute('data-app-state', state, timeout === undefined ? {} : { timeout });
}

/** Picks files, waits for the mapping step, and confirms it as proposed. */
export async function importFile(page: Page, paths: string | string[]) {
  await page.getByTestId('import-file').setInputFiles(paths);
  await expectState(page, 'mapping');
  await expect(page.getByTestId('import-confirm')).toBeEnabled();
  await page.getByTestId('import-confirm').click();
  await expectState(page, 'ready', 45_000);
}

/** The raw value of a KPI equals `expected` within 1e-9 (relative above 1). */
export async function expectClose(locator: Locator, expected: number, label: string) {
  await expect(locator, label).not.toHaveAttribute('data-value', '');
  const raw = await locator.getAttribute('data-value');
  const actual = Number(raw);
  expect(Math.abs(actual - expected), `${label}: ${raw} ≉ ${expected}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

/** Every KPI worked out by hand (keys as `data-metric` spells them) is shown with that raw value. */
export async function expectMetrics(page: Page, hand: Readonly<Record<string, number>>) {
  for (const [key, value] of Object.entries(hand)) await expectClose(page.locator(`[data-metric="${key}"]`), value, key);
}

/** Every `data-metric` → `data-value` pair on the page. */
export function metricValues(page: Page): Promise<Record<string, string>> {
  return page.locator('[data-metric]').evaluateAll((nodes) =>
    Object.fromEntries(nodes.map((node) => [node.getAttribute('data-metric') ?? '', node.getAttribute('data-value') ?? ''])),
  );
}

/**
 * Opens the app and the demo data, and waits for the Overview: the app moves there once the new data
 * set is listed, so going to another view before that would be undone.
 */
export async function openDemo(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('button', { name: en['import.demo'] }).click();
  await expect(appRoot(page)).toHaveAttribute('data-app-state', 'ready', { timeout: 45_000 });
  await expect(page).toHaveURL(/#\/overview$/);
}

/** Goes to a view by its hash (`#/risk?region=…`) and waits for the view (`data-testid="risk-view"`). */
export async function goTo(page: Page, hash: string): Promise<void> {
  const view = hash.replace(/^#\//, '').split('?')[0];
  await page.evaluate((next) => (location.hash = next), hash);
  await expect(page.getByTestId(`${view}-view`)).toBeVisible();
}

/** The sizes every view is looked at in. */
export const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'mobile', width: 390, height: 844 },
] as const;

/**
 * Full-page screenshots `<prefix>-light-<viewport>.png` and `<prefix>-dark-<viewport>.png` under
 * test-results/screenshots, each after checking that nothing is wider than the screen.
 */
export async function screenshotBothThemes(page: Page, prefix: string, viewport: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(await overflow()).toBe(0);
  await page.screenshot({ path: resolve(SCREENSHOTS, `${prefix}-light-${viewport}.png`), fullPage: true });
  await page.getByTestId('theme').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await overflow()).toBe(0);
  await page.screenshot({ path: resolve(SCREENSHOTS, `${prefix}-dark-${viewport}.png`), fullPage: true });
}
