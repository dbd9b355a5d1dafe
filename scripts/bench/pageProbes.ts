import type { Page } from '@playwright/test';
import { resolve } from 'node:path';
import { withTimeout } from './withTimeout.ts';

/** The init script (plain JS, injected as text) that records marks and long tasks in the app's page. */
export const PAGE_PROBES_SCRIPT = resolve(import.meta.dirname, 'pageProbes.js');

export interface LongTask {
  readonly start: number;
  readonly duration: number;
}

/** Times of one `measure` in the page's clock: the action, the DOM showing it, the next frame. */
export interface Measured {
  readonly start: number;
  readonly dom: number;
  readonly painted: number;
}

export type ImportMark = 'change' | 'mappingShown' | 'confirmClick' | 'kpisShown';

/** Runs one named action of pageProbes.js and times until its named check holds. */
export function measure(page: Page, action: string, actionArgs: object, check: string, checkArgs: object, timeoutMs: number): Promise<Measured> {
  return withTimeout(
    page.evaluate(
      ([a, aArgs, c, cArgs, ms]) =>
        (window as unknown as { __benchProbes: { measure(...args: unknown[]): Promise<Measured> } }).__benchProbes.measure(a, aArgs, c, cArgs, ms),
      [action, actionArgs, check, checkArgs, timeoutMs] as const,
    ),
    timeoutMs + 10_000,
    `${action} → ${check} ${JSON.stringify(checkArgs)}`,
  );
}

export function importMarks(page: Page): Promise<Partial<Record<ImportMark, number>>> {
  return page.evaluate('window.__benchProbes.marks');
}

export function longTasks(page: Page): Promise<LongTask[]> {
  return page.evaluate('window.__benchProbes.longTasks');
}

/** The longest task overlapping [from, to] (page clock), 0 when none was over 50 ms. */
export function longestTask(tasks: readonly LongTask[], from: number, to: number): number {
  let longest = 0;
  for (const task of tasks) if (task.start <= to && task.start + task.duration >= from) longest = Math.max(longest, task.duration);
  return longest;
}
