/**
 * `npm run bench`: how fast Tierscope gets from a CSV to answers, next to the floor and the
 * alternatives, all measured in the same run on the same files in headless Chromium.
 *
 *   npm run bench                         100k and 1M rows, 3 runs each, plus 200k customers
 *   npm run bench -- --rows 100k --runs 1 a quick look
 *   npm run bench -- --large              adds the 10M-row (~1.4 GB) data set
 *   npm run bench -- --help
 *
 * Steps: generate the seeded data sets once (cached in bench/data/ by rows and seed); build
 * the app (vite build) and the bench-only reference page (test/bench, with DuckDB-WASM and
 * its files served locally); serve both with vite preview on fixed ports; then per data set
 * and run, in a fresh Chromium profile: the references (read + decode floor, new memory,
 * PapaParse, DuckDB-WASM, the product's import stage in a worker), then the BUILT app: file →
 * ready, a filter change on every view, a reload to KPIs, new filters in a row on the Overview —
 * with the heap of page + workers and the main thread's long tasks. Prints one table of medians
 * and writes it, with every sample, to bench/results/latest.json. Every wait has a timeout; browsers and servers are closed
 * on the way out, Ctrl-C included.
 */
import { spawnSync } from 'node:child_process';
import { createReadStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { CATALOG } from '../demo/index.ts';
import { dropToReady, filterChanges, filtersInARow, openEmptyApp, reopen } from './appCases.ts';
import { USAGE, parseBenchArgs, waitTimeoutMs } from './benchArgs.ts';
import type { BenchArgs } from './benchArgs.ts';
import { NUMERIC_COLUMNS, TABLE_HEADER, TABLE_NOTES, dataSetRows, formatCount, interactRows } from './benchReport.ts';
import type { DataSetResult, InteractDataSetResult, InteractSample, RunSample } from './benchResults.ts';
import { ensureDataSet } from './dataSets.ts';
import type { DataSet } from './dataSets.ts';
import { formatMs, formatTable } from './formatTable.ts';
import { HeapSampler } from './heapSampler.ts';
import { interactivity } from './interactCases.ts';
import { chromiumPath, launchBrowser } from './launchBrowser.ts';
import type { BenchBrowser } from './launchBrowser.ts';
import { PAGE_PROBES_SCRIPT } from './pageProbes.ts';
import { runReferences } from './referenceCases.ts';
import type { Outcome } from './referenceCases.ts';
import { buildAndServe } from './servers.ts';
import type { Servers } from './servers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA_DIR = resolve(ROOT, 'bench/data');
const RESULTS = resolve(ROOT, 'bench/results/latest.json');
/** The filter every view is changed with: the largest region of the generated data. */
const FILTER = new URLSearchParams({ region: CATALOG.regions[0].label }).toString();
/** Filters set one after another on the Overview: every segment with each of the four largest regions, none asked before. */
const FILTER_RUN = CATALOG.segments.flatMap(({ label: segment }) =>
  CATALOG.regions.slice(0, 4).map(({ label: region }) => new URLSearchParams({ region, segment }).toString()),
);

const started = Date.now();
const log = (line: string) => console.log(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`);

/** What must be closed on the way out, newest first. */
const cleanups: (() => Promise<void>)[] = [];
async function cleanUp(): Promise<void> {
  while (cleanups.length > 0) await cleanups.pop()?.().catch(() => undefined);
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    log(`${signal}: closing the browser and the servers`);
    void cleanUp().finally(() => process.exit(130));
  });
}

async function attempt<T>(what: string, work: () => Promise<T>): Promise<Outcome<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    log(`  ${what} FAILED: ${message}`);
    return { ok: false, error: message };
  }
}

const skipped = <T>(why: string): Outcome<T> => ({ ok: false, error: `skipped: ${why}` });

/** A fresh browser profile for one run, with the heap sampler on the app's origin; closed after `work`. */
async function inFreshBrowser<T>(executable: string, servers: Servers, work: (browser: BenchBrowser, sampler: HeapSampler) => Promise<T>): Promise<T> {
  const browser = await launchBrowser(executable);
  const close = () => browser.close();
  cleanups.push(close);
  try {
    const sampler = await HeapSampler.start(browser.cdpUrl, servers.appUrl.replace(/\/$/, ''));
    try {
      return await work(browser, sampler);
    } finally {
      await sampler.stop();
    }
  } finally {
    cleanups.splice(cleanups.indexOf(close), 1);
    await close();
  }
}

async function appPage(browser: BenchBrowser, servers: Servers, timeoutMs: number) {
  const page = browser.context.pages()[0] ?? (await browser.context.newPage());
  page.on('crash', () => log('  the app tab CRASHED'));
  await page.addInitScript({ path: PAGE_PROBES_SCRIPT });
  await openEmptyApp(page, servers.appUrl, timeoutMs);
  return page;
}

/** Reads the file once so the first measured case does not pay for the disk. */
async function warmFileCache(path: string): Promise<void> {
  await pipeline(createReadStream(path, { highWaterMark: 1 << 22 }), new Writable({ write: (_chunk, _encoding, done) => done() }));
}

async function measureDataSet(data: DataSet, args: BenchArgs, executable: string, servers: Servers): Promise<DataSetResult> {
  const timeoutMs = waitTimeoutMs(data.rows);
  const samples: RunSample[] = [];
  for (let run = 1; run <= args.runs; run++) {
    log(`${formatCount(data.rows)} rows, run ${run}/${args.runs}`);
    samples.push(
      await inFreshBrowser(executable, servers, async (browser, sampler) => {
        const references = await runReferences(browser.context, servers.referenceUrl, data, timeoutMs, log);
        const { floor, papaparse, duckdb, tierscope } = references;
        log(
          `  floor ${floor.ok ? formatMs(floor.value.totalMs) : 'failed'}, PapaParse ${papaparse.ok ? formatMs(papaparse.value.parseMs) : 'failed'}, ` +
            `DuckDB load+aggregate ${duckdb.ok ? formatMs(duckdb.value.warm.loadMs + duckdb.value.warm.aggregateMs) : 'failed'}, ` +
            `parse stage ${tierscope.ok ? formatMs(tierscope.value.inspectMs + tierscope.value.importMs + tierscope.value.buildMs) : 'failed'}`,
        );
        for (const [name, o] of Object.entries(references)) if (!o.ok) log(`  ${name}: ${o.error}`);
        const page = await appPage(browser, servers, timeoutMs);
        log('  app: file → ready');
        const imported = await attempt('import', async () => {
          const result = await dropToReady(page, data, sampler, 'import', timeoutMs);
          if (result.dataRows !== data.rows) throw new Error(`the Overview counts ${result.dataRows} data rows, the file has ${data.rows}`);
          return result;
        });
        if (!imported.ok) {
          const why = 'import failed';
          return { run, references, import: imported, filters: skipped(why), reopen: skipped(why), filterRun: skipped(why) };
        }
        log(`  drop-to-ready ${formatMs(imported.value.dropToReadyMs)}; filter changes on every view`);
        const filters = await attempt('filter changes', () => filterChanges(page, FILTER, sampler, 'analysis', timeoutMs));
        log('  reopen');
        const reopened = await attempt('reopen', () => reopen(page, sampler, 'reopen', timeoutMs));
        // After the reopen, which shows a stored Overview of the last few filters: these would push the unfiltered one out.
        log('  filters in a row');
        const filterRun = await attempt('filters in a row', () => filtersInARow(page, FILTER_RUN, timeoutMs));
        return { run, references, import: imported, filters, reopen: reopened, filterRun };
      }),
    );
  }
  return { ...data, samples };
}

async function measureInteractivity(data: DataSet, args: BenchArgs, executable: string, servers: Servers): Promise<InteractDataSetResult> {
  const timeoutMs = waitTimeoutMs(data.rows);
  const samples: InteractSample[] = [];
  for (let run = 1; run <= args.runs; run++) {
    log(`interactivity on ${formatCount(data.rows)} rows, run ${run}/${args.runs}`);
    samples.push(
      await inFreshBrowser(executable, servers, async (browser, sampler) => {
        const page = await appPage(browser, servers, timeoutMs);
        const imported = await attempt('import', () => dropToReady(page, data, sampler, 'import', timeoutMs));
        if (!imported.ok) return { run, import: imported, interact: skipped('import failed') };
        return { run, import: imported, interact: await attempt('interactivity', () => interactivity(page, timeoutMs)) };
      }),
    );
  }
  return { ...data, samples };
}

function chromiumVersion(path: string): string {
  return spawnSync(path, ['--version'], { encoding: 'utf8', timeout: 30_000 }).stdout?.trim() || 'unknown';
}

async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(USAGE);
    return;
  }
  if (typeof args === 'string') {
    process.stderr.write(`${args} Run with --help for usage.\n`);
    process.exitCode = 2;
    return;
  }
  const executable = chromiumPath(ROOT);
  const dataSets: DataSet[] = [];
  for (const rows of args.rows) dataSets.push(await ensureDataSet(ROOT, DATA_DIR, rows, args.seed, log));
  const interactData = args.interactRows === null ? null : await ensureDataSet(ROOT, DATA_DIR, args.interactRows, args.seed, log);

  const servers = await buildAndServe(ROOT, log);
  cleanups.push(() => servers.close());
  log(`app on ${servers.appUrl}, references on ${servers.referenceUrl}`);
  const results: DataSetResult[] = [];
  for (const data of dataSets) {
    log(`data set ${data.path} (${(data.bytes / 1e6).toFixed(0)} MB)`);
    await warmFileCache(data.path);
    results.push(await measureDataSet(data, args, executable, servers));
  }
  let interact: InteractDataSetResult | null = null;
  if (interactData !== null) {
    await warmFileCache(interactData.path);
    interact = await measureInteractivity(interactData, args, executable, servers);
  }
  await cleanUp();

  const rows = [...results.flatMap(dataSetRows), ...(interact === null ? [] : interactRows(interact))];
  const table = formatTable(TABLE_HEADER, rows, NUMERIC_COLUMNS);
  console.log(`\n${table}\n\n${TABLE_NOTES.map((note) => `  ${note}`).join('\n')}\n`);
  await mkdir(resolve(RESULTS, '..'), { recursive: true });
  const report = {
    startedAt: new Date(started).toISOString(),
    finishedAt: new Date().toISOString(),
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version, chromium: chromiumVersion(executable) },
    args,
    filter: FILTER,
    notes: TABLE_NOTES,
    table: { header: TABLE_HEADER, rows },
    dataSets: results,
    interact,
  };
  await writeFile(RESULTS, `${JSON.stringify(report, null, 2)}\n`);
  log(`wrote ${RESULTS}`);
}

main().catch(async (error: unknown) => {
  await cleanUp();
  process.stderr.write(`The benchmark stopped: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
