import { afterEach, describe, expect, test, vi } from 'vitest';
import { createWorkerApi } from '../../../src/worker/api.ts';

const file = (text: string) => new File([text], 'sales.csv', { type: 'text/csv' });
const api = () => createWorkerApi({ fetchFile: async () => new Response(null, { status: 404 }), origin: 'http://app.test' });

describe('analysis handlers', () => {
  afterEach(() => vi.restoreAllMocks());

  test('summary before any import is an internal error, not a throw', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await api().summary()).toMatchObject({ ok: false, code: 'internal' });
  });

  test('summary recomputes for the period asked', async () => {
    const worker = api();
    await worker.importFiles([file('Customer ID,Order Date,Sales\nA,2024-06-30,100\nB,2020-01-01,300\n')]);
    // TTM ends at T = 2024-06-30 and starts 2023-07-02: B's 2020 row counts only for "all".
    const ttm = await worker.summary({ period: 'ttm' });
    const all = await worker.summary({ period: 'all' });
    expect(ttm.ok && ttm.value.summary.revenue).toBe(100);
    expect(all.ok && all.value.summary.revenue).toBe(400);
  });
});
