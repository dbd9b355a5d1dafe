import 'fake-indexeddb/auto';
import type { AnalysisOptions } from '../../../../src/core/index.ts';
import { TierscopeDb } from '../../../../src/db/index.ts';
import type { BroadcastMessage } from '../../../../src/worker/contracts.ts';
import { createAnalysisWorkerApi } from '../../../../src/worker/analysisWorkerApi.ts';
import { createImportWorkerApi } from '../../../../src/worker/importWorkerApi.ts';
import { DEFAULT_MEMORY_BUDGET } from '../../../../src/worker/memoryCheck.ts';
import { Store } from '../../../../src/worker/store.ts';
import type { Reply } from '../../../../src/worker/reply.ts';
import type { Fetch } from '../../../../src/worker/urlSource.ts';

export const ORIGIN = 'http://app.test';

let counter = 0;

export interface Workers {
  readonly db: TierscopeDb;
  readonly importer: ReturnType<typeof createImportWorkerApi>;
  readonly analysis: ReturnType<typeof createAnalysisWorkerApi>;
  /** Every message the workers posted on the channel. */
  readonly messages: BroadcastMessage[];
}

export interface WorkerOptions {
  /** Path → body served to openDemo. */
  readonly served?: Readonly<Record<string, string>>;
  readonly memoryBudget?: number;
  /** How long after a commit hashing starts by itself; 0 (at once) unless a test is about the wait. */
  readonly hashDelayMs?: number;
}

/** Both workers over one fresh database of fake-indexeddb, each with its own connection as in the app. */
export function startWorkers(options: WorkerOptions = {}): Workers {
  const { served = {}, memoryBudget = DEFAULT_MEMORY_BUDGET, hashDelayMs = 0 } = options;
  counter += 1;
  const name = `tierscope-worker-test-${counter}`;
  const messages: BroadcastMessage[] = [];
  const broadcast = { postMessage: (message: BroadcastMessage) => messages.push(message) };
  const fetchFile: Fetch = async (url) => {
    const path = new URL(url).pathname;
    return Object.hasOwn(served, path) ? new Response(served[path]) : new Response(null, { status: 404 });
  };
  const db = new TierscopeDb(name);
  const importer = createImportWorkerApi({
    store: new Store(db, broadcast),
    broadcast,
    fetchFile,
    origin: ORIGIN,
    memoryBudget,
    hashDelayMs,
    estimateStorage: async () => ({ usage: 1_000, quota: 2_000 }),
  });
  const analysis = createAnalysisWorkerApi(new Store(new TierscopeDb(name), broadcast));
  return { db, importer, analysis, messages };
}

export const csvFile = (text: string, name = 'sales.csv'): File => new File([text], name, { type: 'text/csv' });

/**
 * The open data set as the page sees it: `opened` (id, row counts, reports) and the Overview's
 * summary for `options`, unfiltered. A failed call answers its reply.
 */
export async function openedSummary(analysis: Workers['analysis'], options: Partial<AnalysisOptions> = {}) {
  const opened = await analysis.opened();
  if (!opened.ok) return opened;
  const overview = await analysis.overview({ options, filters: {} });
  if (!overview.ok) return overview;
  return { ok: true as const, value: { ...opened.value, summary: overview.value.summary } };
}

/** The value of a successful reply; a failure fails the test with the reply. */
export function value<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`expected ok, got ${JSON.stringify(reply)}`);
  return reply.value;
}

/** Records per table of the database, to compare the whole store before and after. */
export async function tableCounts(db: TierscopeDb): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of db.tables) counts[table.name] = await table.count();
  return counts;
}
