import { Dexie } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { NO_CODE } from '../../src/core/model/index.ts';
import {
  applyMigrations,
  DatasetRepository,
  MappingRepository,
  MIGRATIONS,
  packTexts,
  SettingsRepository,
  TierscopeDb,
  unpackTexts,
} from '../../src/db/index.ts';
import { deps, uniqueName } from './helpers/testDb.ts';

const opened: Dexie[] = [];
function track<T extends Dexie>(db: T): T {
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** A Dexie that knows only the first `count` migrations: the app as an older release shipped it. */
function openAtVersion(name: string, count: number): Dexie {
  const db = track(new Dexie(name, deps));
  applyMigrations(db, MIGRATIONS.slice(0, count));
  return db;
}

const dimensionRecords = (id: string) =>
  ['region', 'industry', 'segment', 'channel', 'owner'].flatMap((dimension) => [
    { datasetId: id, name: `dim:${dimension}:values`, values: ['constructor'] },
    { datasetId: id, name: `dim:${dimension}:codes`, values: Int32Array.from([0, NO_CODE]) },
  ]);

/** Raw v1 records, written as the v1 app stored them: 3 rows, 2 customers. */
async function writeV1Fixture(db: Dexie): Promise<void> {
  const base = { version: 1, files: [], rows: [] };
  await db.table('datasets').bulkPut([
    { ...base, id: 'v1-ready', name: 'Shop 2023', state: 'ready', created: 10, updated: 20, rowCount: 3, customerCount: 2 },
    { ...base, id: 'v1-staging', name: 'cut short', state: 'staging', created: 30, updated: 30, rowCount: 0, customerCount: 0 },
  ]);
  await db.table('chunks').bulkPut([
    { datasetId: 'v1-ready', column: 'customer', index: 0, values: Int32Array.from([0, 1, 0]) },
    { datasetId: 'v1-ready', column: 'day', index: 0, values: Int32Array.from([19_000, 19_001, 19_002]) },
    { datasetId: 'v1-ready', column: 'amount', index: 0, values: Float64Array.from([10.5, -2.25, 0.1]) },
    { datasetId: 'v1-ready', column: 'order', index: 0, values: Int32Array.from([0, 1, NO_CODE]) },
  ]);
  await db.table('dictionaries').bulkPut([
    { datasetId: 'v1-ready', name: 'customerIds', values: ['__proto__', 'C2'] },
    { datasetId: 'v1-ready', name: 'customerNames', values: ['', 'Acme'] },
    { datasetId: 'v1-ready', name: 'orderIds', values: ['O1', 'O2'] },
    ...dimensionRecords('v1-ready'),
  ]);
  await db.table('settings').bulkPut([
    { key: 'mapping:customer id|order date|sales', value: { version: 1, columns: { customer_id: 0, date: 1, amount: 2 } } },
    { key: 'mapping:__proto__', value: { version: 1, columns: { customer_id: 0 } } },
    { key: 'lastDatasetId', value: 'v1-ready' },
    { key: 'ui.locale', value: 'zh-CN' },
  ]);
}

describe('migrations', () => {
  it('MIGRATIONS are numbered 1, 2, … in order', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
  });

  it('applyMigrations refuses versions that do not increase', () => {
    const [first] = MIGRATIONS;
    expect(() => applyMigrations(new Dexie(uniqueName(), deps), [first, first])).toThrow(/increasing/);
  });

  it('a fresh database opens at the latest version with every table', async () => {
    const db = track(new TierscopeDb(uniqueName(), deps));
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    expect(db.tables.map((t) => t.name).sort()).toEqual(['columnChunks', 'datasets', 'dictionaries', 'mappings', 'reports', 'settings']);
    expect(db.datasets.schema.indexes.map((i) => i.name)).toContain('[state+updated]');
    expect(db.mappings.schema.indexes.map((i) => i.name)).toEqual(['updated']);
  });

  it('v1 → v2 moves remembered mappings out of settings and keeps every data set readable', async () => {
    const name = uniqueName();
    const v1 = openAtVersion(name, 1);
    await v1.open();
    expect(v1.verno).toBe(1);
    await writeV1Fixture(v1);
    v1.close();

    const db = track(new TierscopeDb(name, deps));
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);

    // Mappings: moved with their payload, signature = key without 'mapping:', last use unknown (0).
    const shopMapping = { version: 1, columns: { customer_id: 0, date: 1, amount: 2 } };
    expect(await db.mappings.orderBy('signature').toArray()).toEqual([
      { signature: '__proto__', value: { version: 1, columns: { customer_id: 0 } }, updated: 0 },
      { signature: 'customer id|order date|sales', value: shopMapping, updated: 0 },
    ]);
    const mappings = new MappingRepository(db);
    expect(await mappings.recall('__proto__')).toEqual({ version: 1, columns: { customer_id: 0 } });
    // Other settings stay; the moved ones are gone from settings.
    expect((await db.settings.toArray()).map((s) => s.key).sort()).toEqual(['lastDatasetId', 'ui.locale']);
    expect(await new SettingsRepository(db).get('lastDatasetId')).toBe('v1-ready');

    // Data sets: listed through the new [state+updated] index, loaded from the v1 chunks.
    const repo = new DatasetRepository(db, { now: () => 30 + 24 * 3_600_000 });
    expect((await repo.listDatasets()).map((d) => d.id)).toEqual(['v1-ready']);
    const dataset = await repo.loadDataset('v1-ready');
    expect(Array.from(dataset!.transactions.amount)).toEqual([10.5, -2.25, 0.1]);
    expect(Array.from(dataset!.transactions.order)).toEqual([0, 1, NO_CODE]);
    expect(dataset!.customers.ids).toEqual(['__proto__', 'C2']);
    expect(Array.from(dataset!.customers.dims.owner.codes)).toEqual([0, NO_CODE]);
    // The v1 staging leftover is still found by the startup cleanup.
    expect(await repo.cleanupInterrupted()).toEqual(['v1-staging']);
  });

  it('v2 → v3 adds the reports table; data sets stored before load, list and delete without a report', async () => {
    const name = uniqueName();
    const v2 = openAtVersion(name, 2);
    await v2.open();
    expect(v2.verno).toBe(2);
    await writeV1Fixture(v2);
    await v2.table('mappings').put({ signature: 'sig', value: { version: 1 }, updated: 7 });
    v2.close();

    const db = track(new TierscopeDb(name, deps));
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    expect(await db.reports.count()).toBe(0);
    expect(await db.mappings.toArray()).toEqual([{ signature: 'sig', value: { version: 1 }, updated: 7 }]);

    const repo = new DatasetRepository(db, { now: () => 30 + 24 * 3_600_000 });
    const [record] = await repo.listDatasets();
    expect(record).toMatchObject({ id: 'v1-ready', name: 'Shop 2023' });
    expect(record.currency).toBeUndefined();
    expect(await repo.getReport('v1-ready')).toBeUndefined();
    expect(Array.from((await repo.loadDataset('v1-ready'))!.transactions.day)).toEqual([19_000, 19_001, 19_002]);
    await repo.remove('v1-ready');
    expect(await repo.listDatasets()).toEqual([]);
    expect(await db.columnChunks.count()).toBe(0);
  });

  it('v3 → v4 (survey chunks): a data set stored at v3 loads with no surveys; a new one keeps its surveys', async () => {
    const name = uniqueName();
    const v3 = openAtVersion(name, 3);
    await v3.open();
    expect(v3.verno).toBe(3);
    await writeV1Fixture(v3);
    v3.close();

    const db = track(new TierscopeDb(name, deps));
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    const repo = new DatasetRepository(db, { now: () => 30 + 24 * 3_600_000, newId: () => 'v4-new' });
    const [record] = await repo.listDatasets();
    expect(record.surveyCount).toBeUndefined();
    const old = await repo.loadDataset('v1-ready');
    expect(old!.surveys).toBeUndefined();
    expect(Array.from(old!.transactions.amount)).toEqual([10.5, -2.25, 0.1]);

    const surveys = { length: 1, customer: Int32Array.from([1]), day: Int32Array.from([19_003]), score: Float64Array.from([7]) };
    const id = await repo.saveDataset({ ...old!, orderIds: packTexts(['O1', 'O2']), surveys }, { name: 'with survey', files: [], rows: [] });
    const loaded = await repo.loadDataset(id);
    expect(Array.from(loaded!.surveys!.score)).toEqual([7]);
    expect(Array.from(loaded!.surveys!.customer)).toEqual([1]);
  });

  it('v4 → v5 moves customer ids, names and order ids into text chunks and counts the order ids', async () => {
    const name = uniqueName();
    const v4 = openAtVersion(name, 4);
    await v4.open();
    await writeV1Fixture(v4);
    // A second set with 70,000 order ids: 65,536 + 4,464 after the move.
    const many = Array.from({ length: 70_000 }, (_, i) => `X${i}`);
    await v4.table('datasets').put({
      version: 1, files: [], rows: [], id: 'v4-big', name: 'big', state: 'ready', created: 40, updated: 40, rowCount: 1, customerCount: 1,
    });
    await v4.table('chunks').bulkPut([
      { datasetId: 'v4-big', column: 'customer', index: 0, values: Int32Array.from([0]) },
      { datasetId: 'v4-big', column: 'day', index: 0, values: Int32Array.from([19_000]) },
      { datasetId: 'v4-big', column: 'amount', index: 0, values: Float64Array.from([1]) },
      { datasetId: 'v4-big', column: 'order', index: 0, values: Int32Array.from([69_999]) },
    ]);
    await v4.table('dictionaries').bulkPut([
      { datasetId: 'v4-big', name: 'customerIds', values: ['😀'] },
      { datasetId: 'v4-big', name: 'customerNames', values: [''] },
      { datasetId: 'v4-big', name: 'orderIds', values: many },
      ...dimensionRecords('v4-big').map((record) => ({ ...record, values: record.name.endsWith(':codes') ? Int32Array.from([0]) : record.values })),
    ]);
    v4.close();

    const db = track(new TierscopeDb(name, deps));
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    const textChunks = async (id: string) =>
      (await db.columnChunks.where(':id').between([id], [id, Dexie.maxKey]).toArray())
        .filter((c) => ['customerIds', 'customerNames', 'orderIds'].includes(c.column))
        .map(({ column, index, values }) => [column, index, 'ends' in values ? values.ends.length : values.length]);
    expect(await textChunks('v1-ready')).toEqual([['customerIds', 0, 2], ['customerNames', 0, 2], ['orderIds', 0, 2]]);
    expect(await textChunks('v4-big')).toEqual([['customerIds', 0, 1], ['customerNames', 0, 1], ['orderIds', 0, 65_536], ['orderIds', 1, 4_464]]);
    // Only the dimensions stay dictionaries (values and codes of 5 dimensions per set); the staging set had none.
    expect(await db.dictionaries.count()).toBe(20);
    expect((await db.datasets.get('v1-ready'))).toMatchObject({ version: 2, orderCount: 2 });
    expect((await db.datasets.get('v1-staging'))).toMatchObject({ version: 2, orderCount: 0 });

    const repo = new DatasetRepository(db, { now: () => 30 + 24 * 3_600_000 });
    const loaded = await repo.loadDataset('v1-ready');
    expect(loaded!.customers.ids).toEqual(['__proto__', 'C2']);
    expect(loaded!.customers.names).toEqual(['', 'Acme']);
    expect(loaded!.orderCount).toBe(2);
    // Sets stored before keep their order ids as lists of strings: read all the same.
    expect(unpackTexts((await repo.loadDatasetWithOrderIds('v1-ready'))!.orderIds)).toEqual(['O1', 'O2']);
    const big = await repo.loadDatasetWithOrderIds('v4-big');
    expect(big!.customers.ids).toEqual(['😀']);
    expect(unpackTexts(big!.orderIds)).toEqual(many);
    expect(await repo.cleanupInterrupted()).toEqual(['v1-staging']);
  });

  it('v5 → v6 moves every chunk to columnChunks under the same key, given apart from the record', async () => {
    const name = uniqueName();
    const v4 = openAtVersion(name, 4);
    await v4.open();
    await writeV1Fixture(v4);
    v4.close();
    const before = openAtVersion(name, 5);
    // More chunks than the upgrade moves at once: a staging set's 40 chunks of one column.
    await before.table('chunks').bulkPut(Array.from({ length: 40 }, (_, index) => ({ datasetId: 'v5-staging', column: 'day', index, values: Int32Array.from([index]) })));
    const stored = await before.table('chunks').toArray();
    const storedKeys = await before.table('chunks').toCollection().primaryKeys();
    before.close();
    // The v1 fixture after v5 (four row columns and three text columns of the ready set), and the 40.
    expect(stored).toHaveLength(47);

    const db = track(new TierscopeDb(name, deps));
    await db.open();
    expect(db.verno).toBe(MIGRATIONS.length);
    expect(db.tables.map((t) => t.name)).not.toContain('chunks');
    expect(db.columnChunks.schema.primKey.keyPath).toBeNull();
    expect(await db.columnChunks.toCollection().primaryKeys()).toEqual(storedKeys);
    expect(await db.columnChunks.toArray()).toEqual(stored);

    const repo = new DatasetRepository(db, { now: () => 30 + 24 * 3_600_000, newId: () => 'v6-new' });
    const old = await repo.loadDatasetWithOrderIds('v1-ready');
    expect(Array.from(old!.transactions.amount)).toEqual([10.5, -2.25, 0.1]);
    expect(old!.customers.ids).toEqual(['__proto__', 'C2']);
    expect(unpackTexts(old!.orderIds)).toEqual(['O1', 'O2']);
    // A set written after the upgrade sits beside it; removing the old one leaves the new one whole.
    const id = await repo.saveDataset(
      { ...old!, orderIds: packTexts(['O1', 'O2']) },
      { name: 'after', files: [], rows: [] },
    );
    await repo.remove('v1-ready');
    await repo.remove('v5-staging');
    expect(await repo.loadDataset('v1-ready')).toBeNull();
    expect(Array.from((await repo.loadDataset(id))!.transactions.amount)).toEqual([10.5, -2.25, 0.1]);
    expect(new Set((await db.columnChunks.toCollection().primaryKeys()).map((key) => (key as unknown[])[0]))).toEqual(new Set([id]));
  });

  it('reopening at the latest version runs no upgrade again', async () => {
    const name = uniqueName();
    const first = track(new TierscopeDb(name, deps));
    await new MappingRepository(first, { now: () => 5 }).remember('sig', { version: 1 });
    await new SettingsRepository(first).set('mapping:looks-like-v1', 'stays');
    first.close();
    const again = track(new TierscopeDb(name, deps));
    expect(await again.mappings.toArray()).toEqual([{ signature: 'sig', value: { version: 1 }, updated: 5 }]);
    expect(await new SettingsRepository(again).get('mapping:looks-like-v1')).toBe('stays');
  });
});
