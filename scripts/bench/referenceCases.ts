import type { BrowserContext } from '@playwright/test';
import type { DuckdbResult, FloorResult, MemoryResult, PapaparseResult, TierscopeParseResult } from '../../test/bench/referenceResults.ts';
import type { DataSet } from './dataSets.ts';
import { withTimeout } from './withTimeout.ts';

/** A reference's result, or why it has none (a failure is reported, it does not stop the bench). */
export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

export interface ReferenceResults {
  readonly floor: Outcome<FloorResult>;
  readonly memory: Outcome<MemoryResult>;
  readonly papaparse: Outcome<PapaparseResult>;
  readonly duckdb: Outcome<DuckdbResult>;
  readonly tierscope: Outcome<TierscopeParseResult>;
}

/**
 * The comparison paths over the same file in the same browser, on the bench page (its own
 * origin, so it shares nothing with the app): floor, new memory, PapaParse, DuckDB-WASM, the product's
 * import stage, one after the other. Each result is checked against the file's row count.
 */
export async function runReferences(
  context: BrowserContext,
  url: string,
  data: DataSet,
  timeoutMs: number,
  log: (line: string) => void,
): Promise<ReferenceResults> {
  const page = await context.newPage();
  try {
    await page.goto(url, { timeout: timeoutMs });
    await page.locator('html[data-ready="true"]').waitFor({ timeout: timeoutMs });
    await page.locator('#file').setInputFiles(data.path, { timeout: timeoutMs });
    const run = <T>(name: string, check: (value: T) => string | null) => {
      log(`  reference: ${name}`);
      return outcome<T>(withTimeout(page.evaluate(`window.referenceBench.${name}()`), timeoutMs, `the ${name} reference`), check);
    };
    const floor = await run<FloorResult>('floor', (r) => (r.bytes === data.bytes ? null : `read ${r.bytes} bytes of ${data.bytes}`));
    const memory = await run<MemoryResult>('memory', (r) => (r.newMsPerMb > 0 && r.reusedMsPerMb > 0 ? null : 'no time measured'));
    const papaparse = await run<PapaparseResult>('papaparse', (r) =>
      r.rows === data.rows + 1 && r.errors === 0 ? null : `${r.rows} rows (${r.errors} errors), expected ${data.rows} + header`,
    );
    const duckdb = await run<DuckdbResult>('duckdb', (r) =>
      r.cold.rows === data.rows && r.warm.rows === data.rows && r.warm.groups > 0 && Number.isFinite(r.warm.amountTotal)
        ? null
        : `loaded ${r.cold.rows} / ${r.warm.rows} rows into ${r.warm.groups} groups, expected ${data.rows} rows`,
    );
    const tierscope = await run<TierscopeParseResult>('tierscope', (r) => (r.dataRows === data.rows ? null : `${r.dataRows} data rows, expected ${data.rows}`));
    return { floor, memory, papaparse, duckdb, tierscope };
  } finally {
    await page.close().catch(() => undefined);
  }
}

async function outcome<T>(promise: Promise<unknown>, check: (value: T) => string | null): Promise<Outcome<T>> {
  try {
    const value = (await promise) as T;
    const wrong = check(value);
    return wrong === null ? { ok: true, value } : { ok: false, error: `implausible result: ${wrong}` };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}
