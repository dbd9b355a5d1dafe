import { afterEach, describe, expect, it } from 'vitest';
import { DatasetRepository, DbError } from '../../src/db/index.ts';
import type { SourceFileRecord, TierscopeDb } from '../../src/db/index.ts';
import { makeDataset } from './helpers/makeDataset.ts';
import { manualClock, openTestDb } from './helpers/testDb.ts';

const file: SourceFileRecord = {
  name: 'orders.csv', size: 10, sha256: '', encoding: 'utf-8', delimiter: ',', kind: 'transactions',
  mapping: { headerRow: 1, headers: ['Customer ID'], columns: { customer_id: 0 }, dateOrder: 'mdy', revenueStatuses: [] },
};
const rows = (accepted: number) => [{ file: file.name, total: accepted, accepted, excluded: 0, rejected: 0, skipped: 0 }];

const opened: TierscopeDb[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

function setup(now: () => number = () => 0) {
  const db = openTestDb();
  opened.push(db);
  let n = 0;
  return { db, repo: new DatasetRepository(db, { newId: () => `ds-${++n}`, now }) };
}

async function save(repo: DatasetRepository, name: string, options: { report?: unknown; replaces?: string; currency?: string | null } = {}) {
  const { report, replaces, currency } = options;
  const dataset = makeDataset(10, 3);
  const id = await repo.beginImport({ name, files: [file], currency });
  await repo.writeDataset(id, dataset);
  await repo.commitImport(id, { rows: rows(10), rowCount: 10, customerCount: dataset.customers.length, orderCount: dataset.orderCount, report, replaces });
  return id;
}

describe('DatasetRepository: reports, currency, replacing commit (schema v3)', () => {
  it('stores the report payload and the currency with the commit; remove deletes the report', async () => {
    const { db, repo } = setup();
    const id = await save(repo, 'Shop', { report: { version: 1, reports: ['r'] }, currency: 'CNY' });
    expect(await repo.getReport(id)).toEqual({ version: 1, reports: ['r'] });
    expect((await repo.getDataset(id))?.currency).toBe('CNY');
    await repo.remove(id);
    expect(await repo.getReport(id)).toBeUndefined();
    expect(await db.reports.count()).toBe(0);
  });

  it('a commit that replaces a data set removes it in the same transaction and keeps its created time', async () => {
    const clock = manualClock(100);
    const { db, repo } = setup(clock.now);
    const old = await save(repo, 'Shop', { report: { version: 1 } });
    clock.set(200);
    const merged = await save(repo, 'Shop', { report: { version: 1 }, replaces: old });
    expect((await repo.listDatasets()).map((d) => [d.id, d.created, d.updated])).toEqual([[merged, 100, 200]]);
    expect(await db.columnChunks.filter((c) => c.datasetId === old).count()).toBe(0);
    expect(await db.dictionaries.filter((d) => d.datasetId === old).count()).toBe(0);
    expect(await repo.getReport(old)).toBeUndefined();
  });

  it('replacing a data set that is gone fails with DbError missing and stores nothing', async () => {
    const { db, repo } = setup();
    await expect(save(repo, 'Shop', { replaces: 'gone' })).rejects.toMatchObject({ code: 'missing' });
    await expect(save(repo, 'Shop', { replaces: 'gone' })).rejects.toBeInstanceOf(DbError);
    expect(await db.datasets.count()).toBe(0);
    expect(await db.columnChunks.count()).toBe(0);
  });

  it('writeDataset stops between write transactions once the signal aborted', async () => {
    const { repo } = setup();
    const controller = new AbortController();
    controller.abort();
    const id = await repo.beginImport({ name: 'x', files: [] });
    // A batch of one byte: the signal is checked before the first chunk transaction.
    const small = new DatasetRepository(opened[0], { writeBatchBytes: 1 });
    await expect(small.writeDataset(id, makeDataset(10, 3), controller.signal)).rejects.toMatchObject({ name: 'AbortError' });
    await repo.abortImport(id);
  });
});
