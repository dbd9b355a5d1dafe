import type { Page } from '@playwright/test';
import type { DataSet } from './dataSets.ts';
import type { HeapPeak, HeapSampler } from './heapSampler.ts';
import { importMarks, longTasks, longestTask, measure } from './pageProbes.ts';

/** File chosen → mapping step shown, and confirm → Overview KPIs shown (the user's think time left out). */
export interface ImportResult {
  readonly changeToMappingMs: number;
  readonly confirmToKpisMs: number;
  readonly dropToReadyMs: number;
  readonly longestTaskMs: number;
  readonly heap: HeapPeak | null;
  /** The empty app's heap just before the file is chosen: what the peak has on top of the code. */
  readonly baselineHeap: HeapPeak | null;
  /** Data rows the Overview counts (accepted + excluded + rejected): must equal the file's. */
  readonly dataRows: number;
  readonly customersTotal: number;
  /** navigator.storage.estimate() after the import. */
  readonly storage: { readonly usage: number; readonly quota: number };
}

export interface ViewResult {
  readonly view: string;
  /** Going to the view (unfiltered) → its probe metric shown. */
  readonly openMs: number;
  /** Filter set in the URL → the probe metric shows a new value, worker answered, painted. */
  readonly filterMs: number;
  readonly openLongestTaskMs: number;
  readonly filterLongestTaskMs: number;
}

/** Every view's filter change, and the heap peak over them all. */
export interface FilterResult {
  readonly views: readonly ViewResult[];
  readonly heap: HeapPeak | null;
}

/** New filters one after another on the Overview, as someone going through regions and segments does. */
export interface FilterRunResult {
  /** Filter set in the URL → the Overview's revenue shows a new value, painted; one per filter, in order. */
  readonly ms: readonly number[];
  readonly longestTaskMs: number;
}

export interface ReopenResult {
  /** Navigation start of the reload → Overview KPIs shown. */
  readonly ms: number;
  readonly longestTaskMs: number;
  readonly heap: HeapPeak | null;
}

/**
 * The metric each view shows that a filter changes: its value must move off the old one
 * before the view counts as updated (a stale value is never mistaken for the new one).
 */
export const VIEW_PROBES = [
  { view: 'overview', metric: 'revenue' },
  { view: 'concentration', metric: 'concentration.hhi' },
  { view: 'tiers', metric: 'tiers.revenue.A' },
  { view: 'lifecycle', metric: 'lifecycle.revenue.active' },
  { view: 'risk', metric: 'risk.revenueAtRisk' },
  { view: 'allocation', metric: 'allocation.balance.revenue.gini' },
  { view: 'customers', metric: 'customers.total' },
] as const;

const STATE = '[data-app-state]';
/** Long enough for a few heap samples of the idle app. */
const BASELINE_MS = 500;

/** Opens the app on an empty profile and waits for its empty state. */
export async function openEmptyApp(page: Page, appUrl: string, timeoutMs: number): Promise<void> {
  await page.goto(appUrl, { timeout: timeoutMs });
  await page.locator(`${STATE}[data-app-state="empty"]`).waitFor({ timeout: timeoutMs });
}

/** Picks the file, confirms the mapping step as proposed, and waits for the Overview KPIs. */
export async function dropToReady(page: Page, data: DataSet, sampler: HeapSampler, phase: string, timeoutMs: number): Promise<ImportResult> {
  sampler.setPhase(`${phase}:baseline`);
  await page.waitForTimeout(BASELINE_MS);
  sampler.setPhase(phase);
  await page.getByTestId('import-file').setInputFiles(data.path, { timeout: timeoutMs });
  await waitForMark(page, 'mappingShown', timeoutMs);
  await page.getByTestId('import-confirm').click({ timeout: timeoutMs });
  await waitForMark(page, 'kpisShown', timeoutMs);
  sampler.setPhase(null);
  const marks = await importMarks(page);
  const { change, mappingShown, confirmClick, kpisShown } = marks as Required<typeof marks>;
  const read = async (key: string) => Number(await page.locator(`[data-metric="${key}"]`).getAttribute('data-value'));
  const dataRows = (await read('rows.accepted')) + (await read('rows.excluded')) + (await read('rows.rejected'));
  const storage = await page.evaluate(() => navigator.storage.estimate());
  return {
    changeToMappingMs: mappingShown - change,
    confirmToKpisMs: kpisShown - confirmClick,
    dropToReadyMs: mappingShown - change + (kpisShown - confirmClick),
    longestTaskMs: longestTask(await longTasks(page), change, kpisShown),
    heap: sampler.peak(phase),
    baselineHeap: sampler.peak(`${phase}:baseline`),
    dataRows,
    customersTotal: await read('customersTotal'),
    storage: { usage: storage.usage ?? 0, quota: storage.quota ?? 0 },
  };
}

/** Waits for an import mark, failing at once when the app shows its error state instead. */
async function waitForMark(page: Page, mark: string, timeoutMs: number): Promise<void> {
  // A function, not a string: the app's CSP forbids evaluating strings.
  await page.waitForFunction(
    (name) =>
      (window as unknown as { __benchProbes?: { marks: Record<string, number> } }).__benchProbes?.marks[name] !== undefined ||
      document.querySelector('[data-app-state="error"]') !== null,
    mark,
    { timeout: timeoutMs, polling: 250 },
  );
  const failed = await page.locator(`${STATE}[data-app-state="error"]`).count();
  if (failed > 0) throw new Error(`The app shows an import error: ${(await page.locator('main').innerText()).slice(0, 400)}`);
}

type ViewProbe = (typeof VIEW_PROBES)[number];

/** Goes to the view, unfiltered, and times it until its probe metric is shown. */
function openView(page: Page, probe: ViewProbe, timeoutMs: number) {
  return measure(page, 'hash', { hash: `#/${probe.view}` }, 'changed', { ...probe, old: null }, timeoutMs);
}

/** Sets `filter` (a URL query) on the view shown and times it until its probe metric moves off the value shown. */
async function filterView(page: Page, { view, metric }: ViewProbe, filter: string, timeoutMs: number) {
  const old = await page.locator(`[data-testid="${view}-view"] [data-metric="${metric}"]`).getAttribute('data-value');
  return measure(page, 'hash', { hash: `#/${view}?${filter}` }, 'changed', { view, metric, old }, timeoutMs);
}

/** On each view: open it unfiltered, then set `filter` (a URL query) and time until its probe metric changes. */
export async function filterChanges(page: Page, filter: string, sampler: HeapSampler, phase: string, timeoutMs: number): Promise<FilterResult> {
  sampler.setPhase(phase);
  const results: ViewResult[] = [];
  for (const probe of VIEW_PROBES) {
    const opened = await openView(page, probe, timeoutMs);
    const filtered = await filterView(page, probe, filter, timeoutMs);
    const tasks = await longTasks(page);
    results.push({
      view: probe.view,
      openMs: opened.painted - opened.start,
      filterMs: filtered.painted - filtered.start,
      openLongestTaskMs: longestTask(tasks, opened.start, opened.painted),
      filterLongestTaskMs: longestTask(tasks, filtered.start, filtered.painted),
    });
  }
  sampler.setPhase(null);
  return { views: results, heap: sampler.peak(phase) };
}

/**
 * On the Overview, sets each of `filters` (URL queries, each one the app has not been asked) in turn and
 * times it. Tiers is shown first: it waits for the columns, which a reload's stored Overview does not.
 */
export async function filtersInARow(page: Page, filters: readonly string[], timeoutMs: number): Promise<FilterRunResult> {
  await openView(page, VIEW_PROBES.find((probe) => probe.view === 'tiers') as ViewProbe, timeoutMs);
  const overview = VIEW_PROBES[0];
  await openView(page, overview, timeoutMs);
  const ms: number[] = [];
  let longestTaskMs = 0;
  for (const filter of filters) {
    const filtered = await filterView(page, overview, filter, timeoutMs);
    ms.push(filtered.painted - filtered.start);
    longestTaskMs = Math.max(longestTaskMs, longestTask(await longTasks(page), filtered.start, filtered.painted));
  }
  return { ms, longestTaskMs };
}

/** Reloads the app on the unfiltered Overview and times navigation start → KPIs shown. */
export async function reopen(page: Page, sampler: HeapSampler, phase: string, timeoutMs: number): Promise<ReopenResult> {
  await page.evaluate(() => (location.hash = '#/overview'));
  sampler.setPhase(phase);
  await page.reload({ timeout: timeoutMs, waitUntil: 'commit' });
  await waitForMark(page, 'kpisShown', timeoutMs);
  sampler.setPhase(null);
  const { kpisShown } = await importMarks(page);
  return { ms: kpisShown as number, longestTaskMs: longestTask(await longTasks(page), 0, kpisShown as number), heap: sampler.peak(phase) };
}
