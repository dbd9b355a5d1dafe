import { afterEach, describe, expect, test, vi } from 'vitest';
import { summarize } from '../../../src/core/index.ts';
import { importFiles } from '../../../src/import/index.ts';
import type { ImportProgress } from '../../../src/import/index.ts';
import { Sha256 } from '../../../src/worker/sha256.ts';
import { fixture, memorySource } from '../import/memorySource.ts';
import { csvFile, openedSummary, ORIGIN, startWorkers, tableCounts, value } from './helpers/workers.ts';

// Four data rows: A 100 and B 300 paid, B's cancelled 50 excluded, C's "n/a" amount rejected.
const SALES = 'Customer ID,Order Date,Sales,Status\nA,2024-06-30,100,Paid\nB,2024-06-01,300,Paid\nB,2024-06-02,50,Cancelled\nC,2024-05-01,n/a,Paid\n';

/** Holds every later read of `file` (after the import, the hashing's) until the returned function is called. */
function holdReadsOf(file: File): () => void {
  const read = file.stream.bind(file);
  let release = () => {};
  const gate = new Promise<void>((resolve) => (release = resolve));
  vi.spyOn(file, 'stream').mockImplementation(() => read().pipeThrough(new TransformStream<Uint8Array<ArrayBuffer>, Uint8Array<ArrayBuffer>>({ start: () => gate })));
  return release;
}

/** Inspects the files and imports them with the proposed settings as a new data set. */
async function importNew(workers: ReturnType<typeof startWorkers>, files: File[], name = 'Sales') {
  const pending = value(await workers.importer.inspect(files));
  return workers.importer.run(pending.map((p) => p.proposed), { mode: 'new', name }, pending[0].currency);
}

afterEach(() => vi.restoreAllMocks());

describe('import worker: inspect', () => {
  test('inspect proposes the inspection’s settings and guesses the currency from the amounts', async () => {
    const { importer } = startWorkers();
    const [pending] = value(await importer.inspect([csvFile('客户编号,下单日期,订单金额\nA,2024-06-30,¥100\n', 'cn.csv')]));
    expect(pending.index).toBe(0);
    expect(pending.remembered).toBe(false);
    expect(pending.proposed.mapping).toEqual({ customer_id: 0, date: 1, amount: 2 });
    expect(pending.currency).toBe('CNY');
  });

  test('a mapping confirmed once is proposed again for the same headers, not for others', async () => {
    const workers = startWorkers();
    const { importer } = workers;
    // The user maps "Net" (not a known amount header) by hand as the amount.
    const text = 'Customer ID,Order Date,Net,Gross\nA,2024-06-30,90,100\n';
    const [first] = value(await importer.inspect([csvFile(text)]));
    const confirmed = { ...first.proposed, mapping: { customer_id: 0, date: 1, amount: 2 }, dateOrder: 'mdy' as const };
    value(await importer.run([confirmed], { mode: 'new', name: 'Net' }, 'EUR'));

    // Same headers in another order and case: remembered, columns as confirmed.
    const [again] = value(await importer.inspect([csvFile('customer id,order date,net,gross\nB,2024-07-01,5,6\n', 'b.csv')]));
    expect(again.remembered).toBe(true);
    expect(again.proposed.mapping).toEqual({ customer_id: 0, date: 1, amount: 2 });
    expect(again.proposed.dateOrder).toBe('mdy');

    const [other] = value(await importer.inspect([csvFile('Customer ID,Order Date,Net\nB,2024-07-01,5\n', 'c.csv')]));
    expect(other.remembered).toBe(false);
  });

  test('reinspect reads the head again in the forced encoding', async () => {
    const { importer } = startWorkers();
    // "客户" in UTF-8 read as UTF-16LE is not the same text.
    value(await importer.inspect([csvFile('Customer ID,Order Date,Sales\n客户,2024-06-30,1\n')]));
    const forced = value(await importer.reinspect(0, 'utf-16le'));
    expect(forced.inspection.encoding).toBe('utf-16le');
    expect(forced.inspection.headers.join()).not.toContain('Customer ID');
  });

  test('samples reads each mapped field’s preview values by its type', async () => {
    const { importer } = startWorkers();
    const [pending] = value(await importer.inspect([csvFile('Customer ID,Order Date,Sales\nA,3/5/2024,"1,234.50"\nB,x,n/a\n')]));
    const samples = value(await importer.samples(0, { ...pending.proposed, dateOrder: 'dmy' }));
    expect(samples).toEqual([
      { field: 'customer_id', column: 'Customer ID', values: [{ raw: 'A', parsed: 'A' }, { raw: 'B', parsed: 'B' }] },
      // Day first: 3/5/2024 = 3 May 2024.
      { field: 'date', column: 'Order Date', values: [{ raw: '3/5/2024', parsed: '2024-05-03' }, { raw: 'x', parsed: null }] },
      { field: 'amount', column: 'Sales', values: [{ raw: '1,234.50', parsed: '1234.5' }, { raw: 'n/a', parsed: null }] },
    ]);
  });
});

describe('import worker: run', () => {
  test('inspect → run → list → open → summary gives the numbers of importFiles on the same file', async () => {
    const workers = startWorkers();
    const { importer, analysis, messages } = workers;
    const outcome = value(await importNew(workers, [csvFile(SALES)]));
    expect(outcome.rows).toEqual({ total: 4, accepted: 2, excluded: 1, rejected: 1, skipped: 0 });
    expect(outcome.duplicatesSkipped).toBe(0);
    expect(messages).toEqual([{ type: 'datasets-changed' }]);

    const [info] = value(await analysis.listDatasets());
    expect(info).toMatchObject({ id: outcome.datasetId, name: 'Sales', rowCount: 2, customerCount: 2, currency: null });
    expect(info.rows).toEqual(outcome.rows);
    expect(info.files).toEqual([{ name: 'sales.csv', size: SALES.length, encoding: 'utf-8', kind: 'transactions' }]);
    expect(value(await analysis.lastDatasetId())).toBe(outcome.datasetId);

    value(await analysis.open(outcome.datasetId));
    const analysed = value(await openedSummary(analysis));
    const direct = await importFiles([memorySource('sales.csv', SALES)]);
    expect(analysed.summary).toEqual(summarize(direct.dataset));
    // Revenue 100 + 300 by hand; the cancelled row is excluded, C's row rejected.
    expect(analysed.summary.revenue).toBe(400);
    expect(analysed.reports).toEqual(direct.reports);
    expect(analysed.rows).toEqual(outcome.rows);
    expect(await importer.rejectedCsv()).toMatchObject({ ok: true });
  });

  test('a file’s SHA-256 is stored with the data set once the import answered', async () => {
    const workers = startWorkers();
    const text = 'Customer ID,Order Date,Sales\nA,2024-06-30,1\n';
    const { datasetId } = value(await importNew(workers, [csvFile(text)]));
    // sha256 of the bytes, by Node's own crypto.
    const { createHash } = await import('node:crypto');
    const expected = createHash('sha256').update(text).digest('hex');
    await vi.waitFor(async () => expect((await workers.db.datasets.get(datasetId))?.files[0].sha256).toBe(expected));
  });

  test('hashing waits after the commit, so the first numbers have the CPU; the next import starts it at once', async () => {
    const workers = startWorkers({ hashDelayMs: 60_000 });
    const { importer, db } = workers;
    const first = 'Customer ID,Order Date,Sales\nA,2024-06-30,1\n';
    const second = 'Customer ID,Order Date,Sales\nB,2024-07-01,2\n';
    const digest = vi.spyOn(Sha256.prototype, 'digest');
    const { datasetId } = value(await importNew(workers, [csvFile(first, 'a.csv')]));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(digest).not.toHaveBeenCalled();
    expect((await db.datasets.get(datasetId))?.files[0].sha256).toBe('');
    const pending = value(await importer.inspect([csvFile(second, 'b.csv')]));
    const appended = value(await importer.run(pending.map((p) => p.proposed), { mode: 'append', datasetId }, null));
    const { createHash } = await import('node:crypto');
    // The append's own file waits its turn; the first one's hash came before the append read anything.
    expect((await db.datasets.get(appended.datasetId))?.files.map((f) => [f.name, f.sha256])).toEqual([
      ['a.csv', createHash('sha256').update(first).digest('hex')],
      ['b.csv', ''],
    ]);
  });

  test('an append started right after an import waits for its hashes: the merged set keeps them', async () => {
    const workers = startWorkers();
    const { importer, db } = workers;
    const first = 'Customer ID,Order Date,Sales\nA,2024-06-30,1\n';
    const second = 'Customer ID,Order Date,Sales\nB,2024-07-01,2\n';
    const fileA = csvFile(first, 'a.csv');
    const { datasetId } = value(await importNew(workers, [fileA]));
    // The first file's hash is held back until the append has been asked for.
    const release = holdReadsOf(fileA);
    const pending = value(await importer.inspect([csvFile(second, 'b.csv')]));
    expect((await db.datasets.get(datasetId))?.files[0].sha256).toBe('');
    const appending = importer.run(pending.map((p) => p.proposed), { mode: 'append', datasetId }, null);
    setTimeout(release, 20);
    const appended = value(await appending);
    const { createHash } = await import('node:crypto');
    const hash = (text: string) => createHash('sha256').update(text).digest('hex');
    await vi.waitFor(async () =>
      expect((await db.datasets.get(appended.datasetId))?.files.map((f) => [f.name, f.sha256])).toEqual([
        ['a.csv', hash(first)],
        ['b.csv', hash(second)],
      ]),
    );
  });

  test('a cancel does not wait for the last import’s hashing, which still stores its hash', async () => {
    const workers = startWorkers({ hashDelayMs: 60_000 });
    const { importer, db } = workers;
    const first = 'Customer ID,Order Date,Sales\nA,2024-06-30,1\n';
    const fileA = csvFile(first, 'a.csv');
    const { datasetId } = value(await importNew(workers, [fileA]));
    const release = holdReadsOf(fileA);
    const pending = value(await importer.inspect([csvFile(SALES, 'b.csv')]));
    // The next import starts the first one's hashing, held at the gate; the cancel comes meanwhile.
    const running = importer.run(pending.map((p) => p.proposed), { mode: 'new', name: 'b' }, null);
    setTimeout(() => importer.cancel(), 20);
    expect(await running).toEqual({ ok: false, code: 'cancelled' });
    expect((await db.datasets.get(datasetId))?.files[0].sha256).toBe('');
    release();
    const { createHash } = await import('node:crypto');
    await vi.waitFor(async () => expect((await db.datasets.get(datasetId))?.files[0].sha256).toBe(createHash('sha256').update(first).digest('hex')));
  });

  test('a customer master joined to transactions: customers only in the master count as inactive', async () => {
    const workers = startWorkers();
    const master = new TextDecoder().decode(fixture('customers-master.csv'));
    const orders = new TextDecoder().decode(fixture('orders-with-dims.csv'));
    // Transactions first in the list: the master is still imported first.
    const outcome = value(await importNew(workers, [csvFile(orders, 'orders.csv'), csvFile(master, 'master.csv')]));
    expect(outcome.reports.map((r) => r.kind)).toEqual(['transactions', 'customers']);
    value(await workers.analysis.open(outcome.datasetId));
    const { summary } = value(await openedSummary(workers.analysis, { period: 'all' }));
    // C1 200 (A1+A2), C2 110 (A3+A4); C9 only in the master: 3 customers, 2 with revenue, C9 inactive.
    expect(summary.customersTotal).toBe(3);
    expect(summary.customersWithRevenue).toBe(2);
    expect(summary.revenue).toBe(310);
    expect(summary.tiers.inactive).toBe(1);
  });

  test('progress adds up bytes and rows and is throttled', async () => {
    const workers = startWorkers();
    const seen: number[] = [];
    const pending = value(await workers.importer.inspect([csvFile(SALES)]));
    value(await workers.importer.run(pending.map((p) => p.proposed), { mode: 'new', name: 'x' }, null, (p) => seen.push(p.rows)));
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.at(-1)).toBe(4);
  });

  test('once the file is read the last report says the data is being saved, with every byte read', async () => {
    const workers = startWorkers();
    const seen: ImportProgress[] = [];
    const pending = value(await workers.importer.inspect([csvFile(SALES, 'sales.csv')]));
    value(await workers.importer.run(pending.map((p) => p.proposed), { mode: 'new', name: 'x' }, null, (p) => seen.push(p)));
    // SALES is ASCII: its length is its bytes; four data rows read.
    expect(seen.at(-1)).toEqual({ file: 'sales.csv', bytesRead: SALES.length, bytesTotal: SALES.length, rows: 4, saving: true });
    expect(seen.slice(0, -1).every((p) => p.saving === undefined)).toBe(true);
  });

  test('cancel mid-run leaves every table exactly as before', async () => {
    const workers = startWorkers();
    const { importer, analysis, db } = workers;
    const kept = value(await importNew(workers, [csvFile(SALES)], 'Kept'));
    const before = await tableCounts(db);
    const listBefore = value(await analysis.listDatasets());

    const lines = ['Order ID,Customer ID,Order Date,Sales'];
    for (let i = 0; i < 200_000; i++) lines.push(`O${i},C${i % 997},2024-0${1 + (i % 9)}-1${i % 10},${(i % 500) + 0.25}`);
    const big = csvFile(`${lines.join('\n')}\n`, 'big.csv');
    const pending = value(await importer.inspect([big]));
    let progressCalls = 0;
    const reply = await importer.run(pending.map((p) => p.proposed), { mode: 'new', name: 'Big' }, null, () => {
      progressCalls++;
      importer.cancel();
    });
    expect(reply).toEqual({ ok: false, code: 'cancelled' });
    expect(progressCalls).toBe(1);
    expect(await tableCounts(db)).toEqual(before);
    expect(value(await analysis.listDatasets())).toEqual(listBefore);
    expect(value(await analysis.lastDatasetId())).toBe(kept.datasetId);
  });

  test('a hash that cannot be computed is logged and left empty; the data set is stored all the same', async () => {
    const workers = startWorkers();
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(Sha256.prototype, 'digest').mockImplementation(() => {
      throw new Error('digest failed');
    });
    const { datasetId } = value(await importNew(workers, [csvFile(SALES)], 'Stored'));
    await vi.waitFor(() => expect(error).toHaveBeenCalledWith(expect.objectContaining({ message: 'digest failed' })));
    expect((await workers.db.datasets.get(datasetId))?.files.map((f) => f.sha256)).toEqual(['']);
    expect(value(await workers.analysis.listDatasets()).map((d) => d.name)).toEqual(['Stored']);
  });

  test('a full disk answers storageQuota and leaves prior data intact', async () => {
    const workers = startWorkers();
    const { importer, analysis, db } = workers;
    value(await importNew(workers, [csvFile(SALES)], 'Kept'));
    const before = await tableCounts(db);
    vi.spyOn(db.columnChunks, 'bulkPut').mockRejectedValue(new DOMException('disk full', 'QuotaExceededError'));
    const pending = value(await importer.inspect([csvFile(SALES, 'again.csv')]));
    const reply = await importer.run(pending.map((p) => p.proposed), { mode: 'new', name: 'Too much' }, null);
    // 2 accepted rows: 4 + 4 + 8 + 4 = 20 bytes each of customer, day, amount, order.
    expect(reply).toEqual({ ok: false, code: 'issue', issue: { code: 'storageQuota', params: { needed: 40, usage: 1_000, quota: 2_000 } } });
    expect(await tableCounts(db)).toEqual(before);
    expect(value(await analysis.listDatasets()).map((d) => d.name)).toEqual(['Kept']);
  });

  test('files estimated beyond the memory budget are refused before any row is read', async () => {
    // 128 bytes per row: a budget of 128 × 10 allows 10 rows; 20 rows of ~20 bytes are too many.
    const workers = startWorkers({ memoryBudget: 128 * 10 });
    const lines = ['Customer ID,Order Date,Sales'];
    for (let i = 0; i < 20; i++) lines.push(`C${i},2024-06-30,${i}`);
    const text = `${lines.join('\n')}\n`;
    const reply = await importNew(workers, [csvFile(text, 'big.csv')]);
    expect(reply).toMatchObject({ ok: false, code: 'issue', issue: { code: 'fileTooLarge', file: 'big.csv', params: { size: text.length, limitRows: 10 } } });
    expect(await tableCounts(workers.db)).toMatchObject({ datasets: 0, columnChunks: 0 });
  });

  test('a file without its required columns mapped is refused', async () => {
    const workers = startWorkers();
    const [pending] = value(await workers.importer.inspect([csvFile(SALES)]));
    const reply = await workers.importer.run([{ ...pending.proposed, mapping: { customer_id: 0, date: 1 } }], { mode: 'new', name: 'x' }, null);
    expect(reply).toMatchObject({ ok: false, code: 'issue', issue: { code: 'missingRequiredColumns', file: 'sales.csv', params: { missing: 'amount' } } });
  });
});

describe('import worker: append', () => {
  const FIRST = 'Order ID,Customer ID,Order Date,Sales\nO1,A,2024-06-01,100\nO2,B,2024-06-02,200\nO3,A,2024-06-03,50\n';
  // O2 and O3 again (same customer, day and amount), O4 new, and a row without order id.
  const SECOND = 'Order ID,Customer ID,Order Date,Sales\nO2,B,2024-06-02,200\nO3,A,2024-06-03,50\nO4,C,2024-06-04,70\n,A,2024-06-05,5\n';

  test('append leaves out the rows the data set already has and replaces it in one commit', async () => {
    const workers = startWorkers();
    const { importer, analysis } = workers;
    const first = value(await importNew(workers, [csvFile(FIRST, 'june.csv')], 'Shop'));
    const pending = value(await importer.inspect([csvFile(SECOND, 'june-again.csv')]));
    const outcome = value(
      await importer.run(pending.map((p) => p.proposed), { mode: 'append', datasetId: first.datasetId }, 'USD'),
    );
    expect(outcome.duplicatesSkipped).toBe(2);
    expect(outcome.rows.accepted).toBe(4);

    const list = value(await analysis.listDatasets());
    expect(list).toHaveLength(1);
    const [info] = list;
    // The merged set has a new id and becomes the last opened; name kept; 3 + 2 rows; customers A, B, C.
    expect(info.id).toBe(outcome.datasetId);
    expect(info.id).not.toBe(first.datasetId);
    expect(value(await analysis.lastDatasetId())).toBe(outcome.datasetId);
    expect(info).toMatchObject({ name: 'Shop', rowCount: 5, customerCount: 3, currency: 'USD' });
    expect(info.files.map((f) => f.name)).toEqual(['june.csv', 'june-again.csv']);
    // Revenue by hand: 100 + 200 + 50 (first file) + 70 + 5 (new rows) = 425.
    value(await analysis.open(info.id));
    const analysed = value(await openedSummary(analysis));
    expect(analysed.summary.revenue).toBe(425);
    expect(analysed.reports.map((r) => r.file)).toEqual(['june.csv', 'june-again.csv']);
    expect(analysed.rows.accepted).toBe(3 + 4);
  });

  test('the same file appended again: every row with an order id is a duplicate', async () => {
    const workers = startWorkers();
    const first = value(await importNew(workers, [csvFile(FIRST, 'june.csv')], 'Shop'));
    const pending = value(await workers.importer.inspect([csvFile(FIRST, 'june.csv')]));
    const outcome = value(await workers.importer.run(pending.map((p) => p.proposed), { mode: 'append', datasetId: first.datasetId }, null));
    expect(outcome.duplicatesSkipped).toBe(3);
    const [info] = value(await workers.analysis.listDatasets());
    expect(info.rowCount).toBe(3);
  });

  test('appending to a data set removed meanwhile answers datasetNotFound', async () => {
    const workers = startWorkers();
    const pending = value(await workers.importer.inspect([csvFile(FIRST)]));
    const reply = await workers.importer.run(pending.map((p) => p.proposed), { mode: 'append', datasetId: 'gone' }, null);
    expect(reply).toEqual({ ok: false, code: 'issue', issue: { code: 'datasetNotFound' } });
  });
});

describe('import worker: rejected rows', () => {
  test('rejectedCsv lists every rejected row with formula cells escaped', async () => {
    const workers = startWorkers();
    const lines = ['Customer ID,Order Date,Sales'];
    // 1,500 bad amounts (more than a report's first 1,000), then formula-like values in rejected cells
    // (`+1` and `-12.5` as dates are unreadable; `-12.5` as an amount is accepted).
    for (let i = 0; i < 1_500; i++) lines.push(`C${i},2024-06-30,bad${i}`);
    lines.push('X,2024-06-30,"=HYPERLINK(""http://evil"",""x"")"', 'Y,+1,5', 'Z,2024-06-30,@x', 'N,2024-06-30,-12.5', 'M,-12.5,3');
    const outcome = value(await importNew(workers, [csvFile(`${lines.join('\n')}\n`, 'bad.csv')]));
    expect(outcome.rows.rejected).toBe(1_500 + 4);
    expect(outcome.reports[0].rejections).toHaveLength(1_000);

    const csv = value(await workers.importer.rejectedCsv());
    const rows = csv.replace(/^\ufeff/, '').split('\r\n');
    expect(rows[0]).toBe('file,row,column,value,reason');
    // Header + 1,504 rejected rows + the empty string after the last CRLF. Row numbers count the header as 1.
    expect(rows).toHaveLength(1 + 1_504 + 1);
    expect(rows[1]).toBe('bad.csv,2,Sales,bad0,badAmount');
    expect(rows[1_500]).toBe('bad.csv,1501,Sales,bad1499,badAmount');
    expect(rows[1_501]).toBe(`bad.csv,1502,Sales,"'=HYPERLINK(""http://evil"",""x"")",badAmount`);
    expect(rows[1_502]).toBe("bad.csv,1503,Order Date,'+1,badDate");
    expect(rows[1_503]).toBe("bad.csv,1504,Sales,'@x,badAmount");
    expect(rows[1_504]).toBe('bad.csv,1506,Order Date,-12.5,badDate');
    expect(rows[1_505]).toBe('');
  });
});

describe('import worker: demo', () => {
  test('openDemo imports demo/tierscope-demo.csv next to the app as a new data set', async () => {
    const workers = startWorkers({ served: { '/tierscope/demo/tierscope-demo.csv': SALES } });
    const outcome = value(await workers.importer.openDemo(`${ORIGIN}/tierscope/index.html`));
    expect(outcome.rows).toEqual({ total: 4, accepted: 2, excluded: 1, rejected: 1, skipped: 0 });
    const [info] = value(await workers.analysis.listDatasets());
    expect(info).toMatchObject({ name: 'Demo data', currency: null });
    expect(info.files.map((f) => f.name)).toEqual(['tierscope-demo.csv']);
    // The demo's mapping was never confirmed by the user: nothing remembered.
    expect(await workers.db.mappings.count()).toBe(0);
  });

  test('openDemo refuses another origin, and a missing demo is an internal error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { importer } = startWorkers();
    expect(await importer.openDemo('https://elsewhere.example/')).toMatchObject({ ok: false, code: 'internal' });
    expect(await importer.openDemo(`${ORIGIN}/`)).toEqual({ ok: false, code: 'internal', message: `GET ${ORIGIN}/demo/tierscope-demo.csv: HTTP 404` });
  });
});
