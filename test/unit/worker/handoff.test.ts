import { afterEach, describe, expect, test, vi } from 'vitest';
// The helpers install fake-indexeddb: imported before anything that loads Dexie.
import { csvFile, openedSummary, startWorkers, value } from './helpers/workers.ts';
import { DatasetRepository } from '../../../src/db/index.ts';
import { DatasetBuilder } from '../../../src/import/datasetBuilder.ts';
import type { ImportedDataset } from '../../../src/import/index.ts';
import { ColumnsSentAhead } from '../../../src/worker/columnsSentAhead.ts';
import { CommittedColumns } from '../../../src/worker/committedColumns.ts';
import type { Dataset } from '../../../src/core/index.ts';
import type { BuiltColumns } from '../../../src/worker/handoff.ts';
import * as core from '../../../src/core/index.ts';

const SALES = 'Order ID,Customer ID,Order Date,Sales\nO1,A,2024-06-30,100\nO2,B,2020-01-01,300\nO2,B,2020-01-01,5\n';

afterEach(() => vi.restoreAllMocks());

/** Dimension texts in DIMENSIONS order: region, industry, segment, channel, owner. */
const dims = (region = '', owner = ''): string[] => [region, '', '', '', owner];

/** A built data set of three customers, with CJK and four-byte texts. */
function built(): ImportedDataset {
  const builder = new DatasetBuilder();
  builder.addTransaction('C1', 10, 100, 'O1', '华东商贸', dims('华东', '张伟'));
  builder.addTransaction('客户2', 11, 50.5, 'O2', '', dims('华南'));
  builder.addTransaction('C🙂3', 12, 7, '', 'Ünïcode', dims('', '张伟'));
  builder.addTransaction('C1', 13, -20, 'O3', '华东商贸', dims('华东', '张伟'));
  return builder.build();
}

/** A port that keeps what is posted to it, with the buffers moved along. */
function fakePort() {
  const posted: { message: BuiltColumns; transfer: readonly Transferable[] }[] = [];
  const port = { postMessage: (message: BuiltColumns, transfer: readonly Transferable[] = []) => posted.push({ message, transfer }) };
  return { port: port as unknown as MessagePort, posted };
}

describe('CommittedColumns', () => {
  test('without a port, the columns of the last commit are taken once, without order-id texts', () => {
    const committed = new CommittedColumns();
    const dataset = built();
    committed.built(dataset);
    committed.keep('d1', dataset);
    const taken = committed.take('d1');
    expect(taken).not.toBeNull();
    expect(taken !== null && 'dataset' in taken && taken.dataset.transactions).toBe(dataset.transactions);
    expect(taken !== null && 'dataset' in taken && taken.dataset).not.toHaveProperty('orderIds');
    expect(committed.take('d1')).toBeNull();
  });

  test('asking for another data set gives nothing and lets go of the columns', () => {
    const committed = new CommittedColumns();
    committed.keep('d1', built());
    expect(committed.take('d2')).toBeNull();
    expect(committed.take('d1')).toBeNull();
  });

  test('with a port, a copy of the built columns is sent ahead of the commit, its buffers moved; the commit then names it', () => {
    const committed = new CommittedColumns();
    const { port, posted } = fakePort();
    committed.sendBuiltTo(port);
    const dataset = built();
    committed.built(dataset);
    expect(posted).toHaveLength(1);
    const { message, transfer } = posted[0];
    const columns = message.columns;
    if (columns === null) throw new Error('columns expected');
    // A copy: the import worker still stores its own.
    expect(columns.transactions.amount).not.toBe(dataset.transactions.amount);
    expect(Array.from(columns.transactions.amount)).toEqual([100, 50.5, 7, -20]);
    expect(Array.from(columns.transactions.customer)).toEqual([0, 1, 2, 0]);
    expect(transfer).toContain(columns.transactions.amount.buffer);
    expect(transfer).toContain(columns.customers.texts.ids.bytes.buffer);
    expect(new Set(transfer).size).toBe(transfer.length);

    committed.keep('d1', dataset);
    expect(committed.take('d1')).toEqual({ sent: message.token });
  });

  test('columns sent ahead and never committed are withdrawn; a commit taken already withdraws nothing', () => {
    const committed = new CommittedColumns();
    const { port, posted } = fakePort();
    committed.sendBuiltTo(port);
    committed.built(built());
    committed.drop();
    expect(posted.map((p) => p.message)).toEqual([expect.objectContaining({ token: 1 }), { token: 1, columns: null }]);

    committed.built(built());
    committed.keep('d2', built());
    committed.drop();
    expect(posted.map((p) => p.message.token)).toEqual([1, 1, 2]);
  });

  test('a data set without packed customer texts (an append) is not sent ahead: its commit hands the columns', () => {
    const committed = new CommittedColumns();
    const { port, posted } = fakePort();
    committed.sendBuiltTo(port);
    const { packedCustomers: _, ...appended } = built();
    committed.built(appended);
    committed.keep('d1', appended);
    expect(posted).toEqual([]);
    expect(committed.take('d1')).toHaveProperty('dataset');
  });
});

describe('ColumnsSentAhead', () => {
  /** What the import worker sends for `dataset` as token `token`. */
  function sent(dataset: ImportedDataset, token: number): BuiltColumns {
    const committed = new CommittedColumns();
    const { port, posted } = fakePort();
    committed.sendBuiltTo(port);
    for (let t = 0; t < token; t++) committed.built(dataset);
    return posted[posted.length - 1].message;
  }

  test('columns that arrive become the same Dataset as the builder built, and are prepared at once', () => {
    const prepared: Dataset[] = [];
    const ahead = new ColumnsSentAhead((dataset) => prepared.push(dataset));
    const dataset = built();
    ahead.receive(sent(dataset, 1));
    expect(prepared).toHaveLength(1);
    const [received] = prepared;
    expect(received.customers.ids).toEqual(['C1', '客户2', 'C🙂3']);
    expect(received.customers.names).toEqual(['华东商贸', '', 'Ünïcode']);
    expect(received.customers.names).toEqual(dataset.customers.names);
    expect(received.customers.dims.region.values).toEqual(dataset.customers.dims.region.values);
    expect(Array.from(received.customers.dims.owner.codes)).toEqual(Array.from(dataset.customers.dims.owner.codes));
    expect(received.transactions).toEqual(dataset.transactions);
    expect(received.orderCount).toBe(3);
  });

  test('the columns are taken once, by their token; newer ones replace older ones', async () => {
    const ahead = new ColumnsSentAhead(() => {});
    ahead.receive(sent(built(), 1));
    ahead.receive(sent(built(), 2));
    expect(await ahead.take(1)).toBeNull();
    expect((await ahead.take(2))?.customers.length).toBe(3);
    ahead.receive(sent(built(), 3));
    ahead.receive({ token: 3, columns: null });
    expect(await ahead.take(3)).toBeNull();
  });

  test('a preparation that fails leaves the columns to take', async () => {
    const ahead = new ColumnsSentAhead(() => {
      throw new RangeError('options the analysis refuses');
    });
    expect(() => ahead.receive(sent(built(), 1))).not.toThrow();
    expect((await ahead.take(1))?.customers.length).toBe(3);
  });

  test('columns named before they arrive are waited for; withdrawn ones answer null', async () => {
    const ahead = new ColumnsSentAhead(() => {});
    const first = ahead.take(1);
    const second = ahead.take(2);
    ahead.receive(sent(built(), 1));
    expect((await first)?.customers.ids).toEqual(['C1', '客户2', 'C🙂3']);
    ahead.receive({ token: 2, columns: null });
    expect(await second).toBeNull();
  });
});

/** Both workers with the channel between them, as the page connects them. */
function connectedWorkers() {
  const workers = startWorkers();
  const { port1, port2 } = new MessageChannel();
  workers.importer.connectAnalysis(port1);
  workers.analysis.connectImport(port2);
  return { workers, close: () => [port1, port2].forEach((port) => port.close()) };
}

/** Imports SALES as a new data set: the run's reply. */
async function runSales({ importer }: ReturnType<typeof startWorkers>) {
  const pending = value(await importer.inspect([csvFile(SALES)]));
  return importer.run(pending.map((p) => p.proposed), { mode: 'new', name: 'Sales' }, null);
}

describe('import worker → analysis worker', () => {
  test('opening the data set just imported uses the columns sent ahead of the commit, not the store', async () => {
    const { workers, close } = connectedWorkers();
    const received = vi.spyOn(ColumnsSentAhead.prototype, 'receive');
    const { datasetId } = value(await runSales(workers));
    const load = vi.spyOn(DatasetRepository.prototype, 'loadDataset');
    const taken = vi.spyOn(ColumnsSentAhead.prototype, 'take');

    value(await workers.analysis.open(datasetId));
    expect(load).not.toHaveBeenCalled();
    expect(received).toHaveBeenCalledTimes(1);
    expect(taken).toHaveBeenCalledTimes(1);
    // By hand: A 100 in the TTM window of T = 2024-06-30; all: 100 + 300 + 5, in two orders.
    expect(value(await openedSummary(workers.analysis, { period: 'ttm' })).summary.revenue).toBe(100);
    expect(value(await openedSummary(workers.analysis, { period: 'all' })).summary.revenue).toBe(405);

    // Taken once: opening it again reads the store, and gives the same numbers.
    value(await workers.analysis.open(datasetId));
    expect(load).toHaveBeenCalledTimes(1);
    expect(value(await openedSummary(workers.analysis, { period: 'all' })).summary.revenue).toBe(405);
    close();
  });

  test('the Overview the page expects is computed while the columns are stored: asking for it then computes nothing', async () => {
    const { workers, close } = connectedWorkers();
    const ttm = { options: { period: 'ttm' as const }, filters: {} };
    workers.analysis.expectOverview(ttm);
    const analyze = vi.spyOn(core, 'analyze');
    const { datasetId } = value(await runSales(workers));
    // The period and the one a year before (the Overview's changes).
    expect(analyze).toHaveBeenCalledTimes(2);

    value(await workers.analysis.open(datasetId));
    // By hand: A 100 in the TTM window of T = 2024-06-30; none a year before (B's 305 is 2020).
    const overview = value(await workers.analysis.overview(ttm));
    expect(overview.summary.revenue).toBe(100);
    expect(overview.previous?.revenue).toBe(0);
    expect(analyze).toHaveBeenCalledTimes(2);
    // Another request is computed as usual.
    expect(value(await workers.analysis.overview({ options: { period: 'all' }, filters: {} })).summary.revenue).toBe(405);
    expect(analyze).toHaveBeenCalledTimes(3);
    close();
  });

  test('an import that fails after its columns were sent ahead withdraws them', async () => {
    const { workers, close } = connectedWorkers();
    const received = vi.spyOn(ColumnsSentAhead.prototype, 'receive');
    vi.spyOn(DatasetRepository.prototype, 'writeDataset').mockRejectedValue(new Error('disk full'));
    const reply = await runSales(workers);
    expect(reply.ok).toBe(false);
    await vi.waitFor(() => expect(received).toHaveBeenCalledTimes(2));
    const [[first], [second]] = received.mock.calls;
    expect(first.columns).not.toBeNull();
    expect(second).toEqual({ token: first.token, columns: null });
    close();
  });
});
