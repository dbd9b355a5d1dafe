import { afterEach, describe, expect, test, vi } from 'vitest';
// The helpers install fake-indexeddb: imported before anything that loads Dexie.
import { csvFile, openedSummary, startWorkers, value } from './helpers/workers.ts';
import { DatasetRepository } from '../../../src/db/index.ts';
import { CommittedColumns } from '../../../src/worker/handoff.ts';
import type { Dataset } from '../../../src/core/index.ts';

const SALES = 'Order ID,Customer ID,Order Date,Sales\nO1,A,2024-06-30,100\nO2,B,2020-01-01,300\nO2,B,2020-01-01,5\n';

afterEach(() => vi.restoreAllMocks());

describe('CommittedColumns', () => {
  const dataset = (): Dataset & { orderIds: string[] } => ({
    transactions: { length: 0, customer: new Int32Array(0), day: new Int32Array(0), amount: new Float64Array(0), order: new Int32Array(0) },
    customers: { length: 0, ids: [], names: [], dims: {} as Dataset['customers']['dims'] },
    orderCount: 0,
    orderIds: [],
  });

  test('the columns of the last commit are taken once, without order-id texts', () => {
    const committed = new CommittedColumns();
    committed.keep('d1', dataset());
    const taken = committed.take('d1');
    expect(taken).not.toBeNull();
    expect(taken).not.toHaveProperty('orderIds');
    expect(committed.take('d1')).toBeNull();
  });

  test('asking for another data set gives nothing and lets go of the columns', () => {
    const committed = new CommittedColumns();
    committed.keep('d1', dataset());
    expect(committed.take('d2')).toBeNull();
    expect(committed.take('d1')).toBeNull();
  });
});

describe('import worker → analysis worker', () => {
  test('opening the data set just imported takes its columns from the import worker, not from the store', async () => {
    const workers = startWorkers();
    const { port1, port2 } = new MessageChannel();
    workers.importer.connectAnalysis(port1);
    workers.analysis.connectImport(port2);
    const pending = value(await workers.importer.inspect([csvFile(SALES)]));
    const { datasetId } = value(await workers.importer.run(pending.map((p) => p.proposed), { mode: 'new', name: 'Sales' }, null));
    const load = vi.spyOn(DatasetRepository.prototype, 'loadDataset');

    value(await workers.analysis.open(datasetId));
    expect(load).not.toHaveBeenCalled();
    // By hand: A 100 in the TTM window of T = 2024-06-30; all: 100 + 300 + 5, in two orders.
    expect(value(await openedSummary(workers.analysis, { period: 'ttm' })).summary.revenue).toBe(100);
    expect(value(await openedSummary(workers.analysis, { period: 'all' })).summary.revenue).toBe(405);

    // Taken once: opening it again reads the store, and gives the same numbers.
    value(await workers.analysis.open(datasetId));
    expect(load).toHaveBeenCalledTimes(1);
    expect(value(await openedSummary(workers.analysis, { period: 'all' })).summary.revenue).toBe(405);
    port1.close();
    port2.close();
  });
});
