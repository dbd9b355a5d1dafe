import { afterEach, describe, expect, test, vi } from 'vitest';
import { createWorkerApi } from '../../../src/worker/api.ts';
import type { Fetch } from '../../../src/worker/urlSource.ts';

// Four data rows: A 100 and B 300 paid, B's cancelled 50 excluded, C's "n/a" amount rejected.
const SALES = 'Customer ID,Order Date,Sales,Status\nA,2024-06-30,100,Paid\nB,2024-06-01,300,Paid\nB,2024-06-02,50,Cancelled\nC,2024-05-01,n/a,Paid\n';
const NO_AMOUNT = 'Customer ID,Order Date\nA,2024-06-30\n';
const ORIGIN = 'http://app.test';

const file = (text: string, name = 'sales.csv') => new File([text], name, { type: 'text/csv' });

function api(files: Record<string, string> = {}) {
  const fetchFile: Fetch = async (url) => {
    const path = new URL(url).pathname;
    return path in files ? new Response(files[path]) : new Response(null, { status: 404 });
  };
  return createWorkerApi({ fetchFile, origin: ORIGIN });
}

describe('import handlers', () => {
  afterEach(() => vi.restoreAllMocks());

  test('importFiles answers the row counts and loads the data set for summary', async () => {
    const worker = api();
    expect(await worker.importFiles([file(SALES)])).toEqual({
      ok: true,
      value: { total: 4, accepted: 2, excluded: 1, rejected: 1, skipped: 0 },
    });
    const reply = await worker.summary();
    if (!reply.ok) throw new Error(`summary failed: ${JSON.stringify(reply)}`);
    // Revenue 100 + 300; customers A and B have rows (C's only row was rejected).
    expect(reply.value.summary.revenue).toBe(400);
    expect(reply.value.summary.customersWithRevenue).toBe(2);
    expect(reply.value.rows.accepted).toBe(2);
    expect(reply.value.reports.map((r) => r.file)).toEqual(['sales.csv']);
  });

  test('progress reaches the listener', async () => {
    const seen: string[] = [];
    await api().importFiles([file(SALES)], (p) => seen.push(p.file));
    expect(seen.length).toBeGreaterThan(0);
    expect(new Set(seen)).toEqual(new Set(['sales.csv']));
  });

  test('a refused file answers its issue and keeps the data set loaded before', async () => {
    const worker = api();
    await worker.importFiles([file(SALES)]);
    const reply = await worker.importFiles([file(NO_AMOUNT, 'contacts.csv')]);
    expect(reply.ok).toBe(false);
    if (reply.ok || reply.code !== 'issue') throw new Error(`expected an issue, got ${JSON.stringify(reply)}`);
    expect(reply.issue.file).toBe('contacts.csv');
    const summary = await worker.summary();
    expect(summary.ok && summary.value.summary.revenue).toBe(400);
  });

  test('cancel answers cancelled and keeps what was loaded', async () => {
    const worker = api();
    await worker.importFiles([file(SALES)]);
    const running = worker.importFiles([file(SALES.replace('100', '999'))]);
    worker.cancel();
    expect(await running).toEqual({ ok: false, code: 'cancelled' });
    const summary = await worker.summary();
    expect(summary.ok && summary.value.summary.revenue).toBe(400);
  });

  test('openDemo fetches demo/tierscope-demo.csv next to the app', async () => {
    const worker = api({ '/tierscope/demo/tierscope-demo.csv': SALES });
    const reply = await worker.openDemo(`${ORIGIN}/tierscope/index.html`);
    expect(reply).toEqual({ ok: true, value: { total: 4, accepted: 2, excluded: 1, rejected: 1, skipped: 0 } });
    const summary = await worker.summary();
    expect(summary.ok && summary.value.reports.map((r) => r.file)).toEqual(['tierscope-demo.csv']);
  });

  test('cancel during the demo download is a cancel, not an error', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    // A download that only ends when aborted, as fetch does.
    const fetchFile: Fetch = (_url, { signal }) =>
      new Promise((_, reject) => signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))));
    const worker = createWorkerApi({ fetchFile, origin: ORIGIN });
    const running = worker.openDemo(`${ORIGIN}/`);
    worker.cancel();
    expect(await running).toEqual({ ok: false, code: 'cancelled' });
    expect(log).not.toHaveBeenCalled();
  });

  test('openDemo refuses another origin, and a missing demo is an internal error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const worker = api();
    expect(await worker.openDemo('https://elsewhere.example/')).toMatchObject({ ok: false, code: 'internal' });
    expect(await worker.openDemo(`${ORIGIN}/`)).toEqual({ ok: false, code: 'internal', message: `GET ${ORIGIN}/demo/tierscope-demo.csv: HTTP 404` });
  });
});
