import { describe, expect, test } from 'vitest';
import type { AnalysisOptions, Summary } from '../../../../src/core/index.ts';
import { AppState } from '../../../../src/ui/state/appState.svelte.ts';
import type { WorkerClient } from '../../../../src/ui/worker-client.ts';
import type { Analysis, ImportProgress, Reply, RowCounts } from '../../../../src/worker/index.ts';

const ROWS: RowCounts = { total: 3, accepted: 3, excluded: 0, rejected: 0, skipped: 0 };

function analysis(revenue: number): Analysis {
  const summary = { asOf: '2024-06-30', period: 'ttm', revenue } as Summary;
  return { summary, rows: ROWS, reports: [] };
}

/** A worker double whose calls wait until the test settles them. */
function fakeWorker() {
  const imports: { resolve: (reply: Reply<RowCounts>) => void; onProgress: (p: ImportProgress) => void }[] = [];
  const summaries: { options?: Partial<AnalysisOptions>; resolve: (reply: Reply<Analysis>) => void }[] = [];
  let cancels = 0;
  const load = (onProgress: (p: ImportProgress) => void) =>
    new Promise<Reply<RowCounts>>((resolve) => imports.push({ resolve, onProgress }));
  const client = {
    openDemo: (_url: string, onProgress: (p: ImportProgress) => void) => load(onProgress),
    importFiles: (_files: File[], onProgress: (p: ImportProgress) => void) => load(onProgress),
    cancel: async () => void cancels++,
    summary: (options?: Partial<AnalysisOptions>) => new Promise<Reply<Analysis>>((resolve) => summaries.push({ options, resolve })),
  };
  return { client: client as unknown as WorkerClient, imports, summaries, cancels: () => cancels };
}

/** Lets the promise chain inside AppState advance. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('AppState', () => {
  test('empty → importing (with progress) → ready with the summary of the current period', async () => {
    const worker = fakeWorker();
    const app = new AppState(() => worker.client);
    expect(app.status).toBe('empty');
    const done = app.openDemo('http://app.test/');
    expect(app.status).toBe('importing');
    worker.imports[0].onProgress({ file: 'demo.csv', bytesRead: 10, bytesTotal: 100, rows: 1 });
    expect(app.progress?.bytesRead).toBe(10);
    worker.imports[0].resolve({ ok: true, value: ROWS });
    await settle();
    expect(worker.summaries[0].options).toEqual({ period: 'ttm' });
    worker.summaries[0].resolve({ ok: true, value: analysis(400) });
    expect(await done).toBe(true);
    expect(app.status).toBe('ready');
    expect(app.progress).toBeNull();
    expect(app.analysis?.summary.revenue).toBe(400);
  });

  test('a refused file shows the error; Back returns to what was shown before', async () => {
    const worker = fakeWorker();
    const app = new AppState(() => worker.client);
    const done = app.importFiles([new File(['x'], 'x.csv')]);
    const issue = { code: 'missingColumns', file: 'x.csv' };
    worker.imports[0].resolve({ ok: false, code: 'issue', issue });
    expect(await done).toBe(false);
    expect(app.status).toBe('error');
    expect(app.failure).toEqual({ ok: false, code: 'issue', issue });
    app.dismissError();
    expect(app.status).toBe('empty');
    expect(app.failure).toBeNull();
  });

  test('cancel asks the worker and a cancelled import goes back to the data shown before', async () => {
    const worker = fakeWorker();
    const app = new AppState(() => worker.client);
    const first = app.importFiles([new File(['x'], 'a.csv')]);
    worker.imports[0].resolve({ ok: true, value: ROWS });
    await settle();
    worker.summaries[0].resolve({ ok: true, value: analysis(400) });
    await first;

    const second = app.importFiles([new File(['x'], 'b.csv')]);
    app.cancel();
    expect(worker.cancels()).toBe(1);
    worker.imports[1].resolve({ ok: false, code: 'cancelled' });
    expect(await second).toBe(false);
    expect(app.status).toBe('ready');
    expect(app.analysis?.summary.revenue).toBe(400);
  });

  test('no files, no import; a second import while one runs is ignored', async () => {
    const worker = fakeWorker();
    const app = new AppState(() => worker.client);
    expect(await app.importFiles([])).toBe(false);
    void app.openDemo('http://app.test/');
    expect(await app.openDemo('http://app.test/')).toBe(false);
    expect(worker.imports).toHaveLength(1);
  });

  test('switching period recomputes, and an answer overtaken by a newer one is dropped', async () => {
    const worker = fakeWorker();
    const app = new AppState(() => worker.client);
    const done = app.openDemo('http://app.test/');
    worker.imports[0].resolve({ ok: true, value: ROWS });
    await settle();
    worker.summaries[0].resolve({ ok: true, value: analysis(100) });
    await done;

    const toAll = app.setPeriod('all');
    const backToTtm = app.setPeriod('ttm');
    expect(worker.summaries.map((s) => s.options?.period)).toEqual(['ttm', 'all', 'ttm']);
    worker.summaries[2].resolve({ ok: true, value: analysis(100) });
    worker.summaries[1].resolve({ ok: true, value: analysis(999) });
    await Promise.all([toAll, backToTtm]);
    expect(app.period).toBe('ttm');
    expect(app.analysis?.summary.revenue).toBe(100);
  });

  test('a crashed worker is an internal error', () => {
    const worker = fakeWorker();
    let crash: (message: string) => void = () => {};
    const app = new AppState((onCrash) => ((crash = onCrash), worker.client));
    crash('worker script failed to load');
    expect(app.status).toBe('error');
    expect(app.failure).toEqual({ ok: false, code: 'internal', message: 'worker script failed to load' });
  });
});
