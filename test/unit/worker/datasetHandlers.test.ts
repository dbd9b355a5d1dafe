import { afterEach, describe, expect, test, vi } from 'vitest';
// The helpers install fake-indexeddb: imported before anything that loads Dexie.
import { csvFile, openedSummary, startWorkers, tableCounts, value } from './helpers/workers.ts';
import { DatasetRepository, SettingsRepository, TierscopeDb } from '../../../src/db/index.ts';
import { createAnalysisWorkerApi } from '../../../src/worker/analysisWorkerApi.ts';
import { Store } from '../../../src/worker/store.ts';

const SALES = 'Customer ID,Order Date,Sales\nA,2024-06-30,100\nB,2020-01-01,300\n';

async function imported(workers: ReturnType<typeof startWorkers>, name: string): Promise<string> {
  const pending = value(await workers.importer.inspect([csvFile(SALES)]));
  return value(await workers.importer.run(pending.map((p) => p.proposed), { mode: 'new', name }, 'EUR')).datasetId;
}

afterEach(() => vi.restoreAllMocks());

describe('analysis worker: data sets', () => {
  test('listDatasets is empty and lastDatasetId null in a new store', async () => {
    const { analysis } = startWorkers();
    expect(value(await analysis.listDatasets())).toEqual([]);
    expect(value(await analysis.lastDatasetId())).toBeNull();
  });

  test('rename changes the name and answers the info; an unknown id is datasetNotFound', async () => {
    const workers = startWorkers();
    const id = await imported(workers, 'Old');
    expect(value(await workers.analysis.rename(id, 'New'))).toMatchObject({ id, name: 'New', currency: 'EUR' });
    expect(value(await workers.analysis.listDatasets()).map((d) => d.name)).toEqual(['New']);
    expect(await workers.analysis.rename('nope', 'x')).toEqual({ ok: false, code: 'issue', issue: { code: 'datasetNotFound' } });
  });

  test('remove deletes every record of the data set, closes it and forgets it as the last one', async () => {
    const workers = startWorkers();
    const { analysis, db } = workers;
    const keep = await imported(workers, 'Keep');
    const empty = await tableCounts(db);
    const gone = await imported(workers, 'Gone');
    value(await analysis.open(gone));
    expect(value(await analysis.lastDatasetId())).toBe(gone);

    expect(value(await analysis.remove(gone))).toBeNull();
    expect(value(await analysis.listDatasets()).map((d) => d.id)).toEqual([keep]);
    expect(value(await analysis.lastDatasetId())).toBeNull();
    // Only the remembered mapping and the setting differ from before the second import.
    expect(await tableCounts(db)).toEqual({ ...empty, settings: 0 });
    vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await openedSummary(analysis)).toMatchObject({ ok: false, code: 'internal' });
  });

  test('open loads a data set; summary recomputes for the period asked', async () => {
    const workers = startWorkers();
    const id = await imported(workers, 'Sales');
    const info = value(await workers.analysis.open(id));
    expect(info).toMatchObject({ id, name: 'Sales', rowCount: 2, customerCount: 2 });
    // TTM ends at T = 2024-06-30 and starts 2023-07-02: B's 2020 row counts only for "all".
    expect(value(await openedSummary(workers.analysis, { period: 'ttm' })).summary.revenue).toBe(100);
    expect(value(await openedSummary(workers.analysis, { period: 'all' })).summary.revenue).toBe(400);
    expect(value(await openedSummary(workers.analysis)).datasetId).toBe(id);
    expect(await workers.analysis.open('nope')).toEqual({ ok: false, code: 'issue', issue: { code: 'datasetNotFound' } });
  });

  test('opened answers the open data set and its import row counts', async () => {
    const workers = startWorkers();
    const id = await imported(workers, 'Sales');
    value(await workers.analysis.open(id));
    const { datasetId, rows, reports } = value(await workers.analysis.opened());
    expect(datasetId).toBe(id);
    // SALES has two data rows, both accepted.
    expect(rows).toEqual({ total: 2, accepted: 2, excluded: 0, rejected: 0, skipped: 0 });
    expect(reports.map((report) => report.file)).toEqual(['sales.csv']);
  });

  test('open remembers the data set as the last one, and writes nothing when it already is', async () => {
    const workers = startWorkers();
    const first = await imported(workers, 'First');
    const second = await imported(workers, 'Second');
    const set = vi.spyOn(SettingsRepository.prototype, 'set');
    value(await workers.analysis.open(first));
    expect(set).toHaveBeenCalledTimes(1);
    expect(value(await workers.analysis.lastDatasetId())).toBe(first);
    value(await workers.analysis.open(first));
    expect(set).toHaveBeenCalledTimes(1);
    value(await workers.analysis.open(second));
    expect(set).toHaveBeenCalledTimes(2);
    expect(value(await workers.analysis.lastDatasetId())).toBe(second);
  });

  test('after a restart the last data set is loaded before it is asked for, and only once', async () => {
    const workers = startWorkers();
    const id = await imported(workers, 'Sales');
    const other = await imported(workers, 'Other');
    value(await workers.analysis.open(id));
    const load = vi.spyOn(DatasetRepository.prototype, 'loadDataset');
    // A new analysis worker on the same database, as after a reload.
    const restarted = createAnalysisWorkerApi(new Store(new TierscopeDb(workers.db.name), { postMessage: () => {} }));
    expect(value(await restarted.lastDatasetId())).toBe(id);
    expect(load).toHaveBeenCalledTimes(1);
    expect(value(await restarted.open(id))).toMatchObject({ id, name: 'Sales' });
    expect(load).toHaveBeenCalledTimes(1);
    // Revenue by hand: A 100 in the TTM window of T = 2024-06-30 (B's 2020 row is outside).
    expect(value(await openedSummary(restarted, { period: 'ttm' })).summary.revenue).toBe(100);
    value(await restarted.open(other));
    expect(load).toHaveBeenCalledTimes(2);
    value(await restarted.open(id));
    expect(load).toHaveBeenCalledTimes(3);
  });

  test('after a restart open answers from the preload: the record and report are read once, before the columns', async () => {
    const workers = startWorkers();
    const id = await imported(workers, 'Sales');
    value(await workers.analysis.open(id));
    const getDataset = vi.spyOn(DatasetRepository.prototype, 'getDataset');
    const getReport = vi.spyOn(DatasetRepository.prototype, 'getReport');
    const load = vi.spyOn(DatasetRepository.prototype, 'loadDataset');
    const restarted = createAnalysisWorkerApi(new Store(new TierscopeDb(workers.db.name), { postMessage: () => {} }));
    expect(value(await restarted.lastDatasetId())).toBe(id);
    expect(value(await restarted.open(id))).toMatchObject({ id, name: 'Sales', rowCount: 2 });
    expect(value(await restarted.opened()).reports.map((report) => report.file)).toEqual(['sales.csv']);
    expect([getDataset.mock.calls.length, getReport.mock.calls.length, load.mock.calls.length]).toEqual([1, 1, 1]);
    // IndexedDB serves reads in turn: the small ones queued behind the columns waited seconds at 10M rows.
    expect(getDataset.mock.invocationCallOrder[0]).toBeLessThan(load.mock.invocationCallOrder[0]!);
    expect(getReport.mock.invocationCallOrder[0]).toBeLessThan(load.mock.invocationCallOrder[0]!);
  });

  test('a preload for a data set removed since is not used: open answers datasetNotFound', async () => {
    const workers = startWorkers();
    const id = await imported(workers, 'Sales');
    value(await workers.analysis.open(id));
    const restarted = createAnalysisWorkerApi(new Store(new TierscopeDb(workers.db.name), { postMessage: () => {} }));
    value(await workers.analysis.remove(id));
    expect(await restarted.open(id)).toEqual({ ok: false, code: 'issue', issue: { code: 'datasetNotFound' } });
  });

  test('another tab upgrading the schema closes the store: version-change is posted, later calls answer reloadNeeded', async () => {
    const workers = startWorkers();
    const { analysis, importer, db, messages } = workers;
    await imported(workers, 'Sales');
    value(await analysis.listDatasets());
    const version = (await indexedDB.databases()).find((d) => d.name === db.name)?.version ?? 0;
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(db.name, version + 1);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error);
    });
    // Both workers' connections heard it (each posts once).
    expect(messages.filter((m) => m.type === 'version-change')).toHaveLength(2);
    const reload = { ok: false, code: 'issue', issue: { code: 'reloadNeeded' } };
    expect(await analysis.listDatasets()).toEqual(reload);
    expect(await importer.inspect([csvFile(SALES)])).toEqual(reload);
  });
});
