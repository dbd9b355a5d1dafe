import { Dexie } from 'dexie';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DatasetRepository, isQuotaError, packTexts, STAGING_GRACE_MS, unpackTexts } from '../../src/db/index.ts';
import type { DatasetRepositoryOptions, ImportMeta, SourceFileRecord, TierscopeDb } from '../../src/db/index.ts';
import { expectSameDataset } from './helpers/expectSameDataset.ts';
import { makeDataset } from './helpers/makeDataset.ts';
import { manualClock, openTestDb, uniqueName } from './helpers/testDb.ts';

const file: SourceFileRecord = {
  name: 'orders.csv',
  size: 1234,
  sha256: 'ab'.repeat(32),
  encoding: 'utf-8',
  delimiter: ',',
  kind: 'transactions',
  mapping: {
    headerRow: 1,
    headers: ['Customer ID', 'Order Date', 'Sales'],
    columns: { customer_id: 0, date: 1, amount: 2 },
    dateOrder: 'mdy',
    revenueStatuses: ['paid'],
  },
};
const meta = (name: string): ImportMeta => ({ name, files: [file] });
const rows = (accepted: number) => [{ file: file.name, total: accepted + 2, accepted, excluded: 1, rejected: 1, skipped: 0 }];

const opened: TierscopeDb[] = [];
function setup(options: DatasetRepositoryOptions = {}, name?: string) {
  const db = openTestDb(name);
  opened.push(db);
  let n = 0;
  const repo = new DatasetRepository(db, { newId: () => `ds-${++n}`, ...options });
  return { db, repo };
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

/** Records in chunks/dictionaries of one data set, counted through the raw tables. */
async function storedCounts(db: TierscopeDb, id: string) {
  const chunks = await db.columnChunks.filter((c) => c.datasetId === id).count();
  const dictionaries = await db.dictionaries.filter((d) => d.datasetId === id).count();
  const row = await db.datasets.get(id);
  return { row: row?.state ?? null, chunks, dictionaries };
}

describe('DatasetRepository', () => {
  it('saveDataset then loadDataset returns the same 200,000-row data set, written in several batches', async () => {
    const { repo, db } = setup({ writeBatchBytes: 1_000_000 });
    const put = vi.spyOn(db.columnChunks, 'bulkPut');
    const dataset = makeDataset(200_000);
    const id = await repo.saveDataset(dataset, { ...meta('Orders'), rows: rows(200_000) });
    // 4 chunks per column (see chunkCodec.test): 3 full ones and one of 3,392 rows. Written in the order
    // customer, day, order (Int32: 262,144 B full, 13,568 B last), amount (Float64: 524,288 B full, 27,136 B last);
    // a batch is flushed once it reaches 1,000,000 B:
    //   c0 c1 c2 c3 d0 = 262,144·4 + 13,568 = 1,062,144     → call 1
    //   d1 d2 d3 o0 o1 = 1,062,144                          → call 2
    //   o2 o3 a0 a1    = 262,144 + 13,568 + 524,288·2 = 1,324,288 → call 3
    // Then the text columns, counted at 2 bytes a character: 28,572 customer ids (one chunk): the 4 tricky
    // ones (9 + 11 + 8 + 6 characters), C4–C9, C10–C99, …, C10000–C28571: 34 + 12 + 270 + 3,600 + 45,000
    // + 111,432 = 160,348 characters = 320,696 B; with a2 a3: 872,120 B, below the limit.
    //   a2 a3 ids names = 872,120 + the names (19,048 of them non-empty, 9+ characters each: > 342,000 B) → call 4
    // 100,000 order ids: chunk 0 (__proto__, O1–O65535) = 2·(9 + 18 + 270 + 3,600 + 45,000 + 333,216) = 764,226 B,
    // chunk 1 (O65536–O99999, 6 characters) = 413,568 B:
    //   orders0 orders1 = 1,177,794                          → call 5
    expect(put).toHaveBeenCalledTimes(5);
    // 16 number chunks + 1 of customer ids + 1 of names + 2 of order ids; 2 dictionaries per dimension.
    expect(await storedCounts(db, id)).toEqual({ row: 'ready', chunks: 20, dictionaries: 10 });
    const loaded = await repo.loadDataset(id);
    expect(loaded).not.toBeNull();
    expectSameDataset(loaded!, dataset);
  });

  it('carries survey answers: written as their own chunks, counted on the record, loaded back', async () => {
    const { repo, db } = setup();
    const base = makeDataset(20, 4);
    // 3 answers: customer codes 0, 3, 0 with fractional and boundary scores.
    const surveys = {
      length: 3,
      customer: Int32Array.from([0, 3, 0]),
      day: Int32Array.from([19_000, 19_010, 19_020]),
      score: Float64Array.from([0, 9.5, 10]),
    };
    const id = await repo.saveDataset({ ...base, surveys }, { ...meta('With survey'), rows: rows(20) });
    expect((await repo.getDataset(id))?.surveyCount).toBe(3);
    // 4 transaction columns + 3 survey columns + 3 text columns, one chunk each.
    expect((await storedCounts(db, id)).chunks).toBe(10);
    const loaded = await repo.loadDataset(id);
    expectSameDataset(loaded!, base);
    expect(loaded!.surveys?.length).toBe(3);
    expect(Array.from(loaded!.surveys!.customer)).toEqual([0, 3, 0]);
    expect(Array.from(loaded!.surveys!.day)).toEqual([19_000, 19_010, 19_020]);
    expect(loaded!.surveys!.score).toBeInstanceOf(Float64Array);
    expect(Array.from(loaded!.surveys!.score)).toEqual([0, 9.5, 10]);
    // Without surveys: no count on the record, no surveys on the data set.
    const plain = await repo.saveDataset(base, { ...meta('plain'), rows: rows(20) });
    expect((await repo.getDataset(plain))?.surveyCount).toBeUndefined();
    expect((await repo.loadDataset(plain))!.surveys).toBeUndefined();
  });

  it('getDataset returns the committed record with its meta', async () => {
    const clock = manualClock(1_000);
    const { repo } = setup({ now: clock.now });
    const id = await repo.beginImport(meta('Orders'));
    clock.set(2_000);
    await repo.writeDataset(id, makeDataset(10, 3));
    clock.set(3_000);
    await repo.commitImport(id, { rows: rows(10), rowCount: 10, customerCount: 3, orderCount: 5 });
    expect(await repo.getDataset(id)).toEqual({
      id,
      version: 2,
      name: 'Orders',
      state: 'ready',
      created: 1_000,
      updated: 3_000,
      files: [file],
      rows: rows(10),
      rowCount: 10,
      customerCount: 3,
      orderCount: 5,
    });
  });

  it('keeps a staging set out of listDatasets, getDataset and loadDataset until commit', async () => {
    const { repo } = setup();
    const dataset = makeDataset(1_000);
    const id = await repo.beginImport(meta('Pending'));
    await repo.writeDataset(id, dataset);
    expect(await repo.listDatasets()).toEqual([]);
    expect(await repo.getDataset(id)).toBeUndefined();
    expect(await repo.loadDataset(id)).toBeNull();

    await repo.commitImport(id, { rows: rows(1_000), rowCount: 1_000, customerCount: dataset.customers.length, orderCount: 500 });
    expect((await repo.listDatasets()).map((d) => d.id)).toEqual([id]);
    expectSameDataset((await repo.loadDataset(id))!, dataset);
  });

  it('listDatasets lists ready sets only, most recently updated first', async () => {
    const clock = manualClock(100);
    const { repo } = setup({ now: clock.now });
    const first = await repo.saveDataset(makeDataset(5, 2), { ...meta('first'), rows: rows(5) });
    clock.set(200);
    const second = await repo.saveDataset(makeDataset(5, 2), { ...meta('second'), rows: rows(5) });
    clock.set(300);
    await repo.beginImport(meta('staging'));
    expect((await repo.listDatasets()).map((d) => d.name)).toEqual(['second', 'first']);
    clock.set(400);
    expect(await repo.rename(first, 'renamed')).toBe(true);
    expect((await repo.listDatasets()).map((d) => [d.id, d.name])).toEqual([
      [first, 'renamed'],
      [second, 'second'],
    ]);
  });

  it('rename returns false for an unknown or staging id', async () => {
    const { repo } = setup();
    const staging = await repo.beginImport(meta('s'));
    expect(await repo.rename('nope', 'x')).toBe(false);
    expect(await repo.rename(staging, 'x')).toBe(false);
  });

  it('commitImport can replace the file list (hashes known only at the end)', async () => {
    const { repo } = setup();
    const id = await repo.beginImport({ name: 'n', files: [{ ...file, sha256: '' }] });
    await repo.writeDataset(id, makeDataset(3, 1));
    await repo.commitImport(id, { rows: rows(3), rowCount: 3, customerCount: 1, orderCount: 2, files: [file] });
    expect((await repo.getDataset(id))?.files).toEqual([file]);
  });

  it('setFileHashes fills in the hashes of unhashed files by position and name, keeping the list order', async () => {
    const clock = manualClock(100);
    const { repo } = setup({ now: clock.now });
    const other = { ...file, name: 'other.csv', sha256: '' };
    const id = await repo.beginImport({ name: 'n', files: [file, { ...file, sha256: '' }, other] });
    await repo.writeDataset(id, makeDataset(3, 1));
    await repo.commitImport(id, { rows: rows(3), rowCount: 3, customerCount: 1, orderCount: 2 });
    expect(await repo.setFileHashes(id, [])).toBe(true);
    clock.set(200);
    const hashes = [
      { index: 0, name: file.name, sha256: 'c'.repeat(64) }, // already hashed: kept
      { index: 1, name: file.name, sha256: 'd'.repeat(64) },
      { index: 2, name: 'renamed.csv', sha256: 'e'.repeat(64) }, // another file at that place: left out
    ];
    expect(await repo.setFileHashes(id, hashes)).toBe(true);
    const record = await repo.getDataset(id);
    expect(record?.files.map((f) => f.sha256)).toEqual(['ab'.repeat(32), 'd'.repeat(64), '']);
    expect(record?.updated).toBe(100);
    expect(await repo.setFileHashes('gone', hashes)).toBe(false);
    const staging = await repo.beginImport({ name: 's', files: [{ ...file, sha256: '' }] });
    expect(await repo.setFileHashes(staging, hashes)).toBe(false);
  });

  it('abortImport removes the staging row, its chunks and its dictionaries', async () => {
    const { repo, db } = setup();
    const keep = await repo.saveDataset(makeDataset(300, 20), { ...meta('keep'), rows: rows(300) });
    const id = await repo.beginImport(meta('abort me'));
    await repo.writeDataset(id, makeDataset(300, 20));
    // 4 number columns and 3 text columns of one chunk each.
    expect(await storedCounts(db, id)).toEqual({ row: 'staging', chunks: 7, dictionaries: 10 });
    await repo.abortImport(id);
    expect(await storedCounts(db, id)).toEqual({ row: null, chunks: 0, dictionaries: 0 });
    expect(await storedCounts(db, keep)).toEqual({ row: 'ready', chunks: 7, dictionaries: 10 });
  });

  it('abortImport refuses a committed set and leaves it whole', async () => {
    const { repo, db } = setup();
    const id = await repo.saveDataset(makeDataset(10, 3), { ...meta('ready'), rows: rows(10) });
    await expect(repo.abortImport(id)).rejects.toMatchObject({ name: 'DbError', code: 'not-staging' });
    expect(await storedCounts(db, id)).toEqual({ row: 'ready', chunks: 7, dictionaries: 10 });
  });

  it('writing to a committed or unknown set throws not-staging and touches nothing', async () => {
    const { repo, db } = setup();
    const dataset = makeDataset(10, 3);
    const id = await repo.saveDataset(dataset, { ...meta('ready'), rows: rows(10) });
    await expect(repo.writeDataset(id, makeDataset(20, 3))).rejects.toMatchObject({ code: 'not-staging' });
    await expect(repo.writeDataset('ghost', makeDataset(20, 3))).rejects.toMatchObject({ code: 'not-staging' });
    await expect(repo.commitImport('ghost', { rows: [], rowCount: 0, customerCount: 0, orderCount: 0 })).rejects.toMatchObject({
      code: 'not-staging',
    });
    expect(await storedCounts(db, 'ghost')).toEqual({ row: null, chunks: 0, dictionaries: 0 });
    expectSameDataset((await repo.loadDataset(id))!, dataset);
  });

  it('remove deletes the data set with its chunks and dictionaries, and nothing else', async () => {
    const { repo, db } = setup();
    const a = await repo.saveDataset(makeDataset(70_000), { ...meta('a'), rows: rows(70_000) });
    const bData = makeDataset(50, 9);
    const b = await repo.saveDataset(bData, { ...meta('b'), rows: rows(50) });
    await repo.remove(a);
    expect(await storedCounts(db, a)).toEqual({ row: null, chunks: 0, dictionaries: 0 });
    // Only b's 7 chunks and 10 dictionaries remain in the tables.
    expect(await db.columnChunks.count()).toBe(7);
    expect(await db.dictionaries.count()).toBe(10);
    expectSameDataset((await repo.loadDataset(b))!, bData);
    expect(await repo.loadDataset(a)).toBeNull();
  });

  describe('cleanupInterrupted', () => {
    it('removes what a crashed import left (staging row and chunks, no commit) and keeps ready sets', async () => {
      const name = uniqueName();
      const clock = manualClock(10_000);
      const before = setup({ now: clock.now }, name);
      const readyData = makeDataset(70_000);
      const ready = await before.repo.saveDataset(readyData, { ...meta('ready'), rows: rows(70_000) });
      const crashed = await before.repo.beginImport(meta('crashed'));
      await before.repo.writeDataset(crashed, makeDataset(70_000));
      before.db.close(); // the tab dies here: no commit, no abort

      const after = setup({ now: clock.now }, name);
      // 2 chunks per number column; 10,000 customers and 35,000 order ids: 1 chunk per text column.
      expect(await storedCounts(after.db, crashed)).toEqual({ row: 'staging', chunks: 11, dictionaries: 10 });
      // Within the grace period another tab may still be writing it.
      clock.set(10_000 + STAGING_GRACE_MS - 1);
      expect(await after.repo.cleanupInterrupted()).toEqual([]);
      expect(await storedCounts(after.db, crashed)).toEqual({ row: 'staging', chunks: 11, dictionaries: 10 });

      clock.set(10_000 + STAGING_GRACE_MS);
      expect(await after.repo.cleanupInterrupted()).toEqual([crashed]);
      expect(await storedCounts(after.db, crashed)).toEqual({ row: null, chunks: 0, dictionaries: 0 });
      expect((await after.repo.listDatasets()).map((d) => d.id)).toEqual([ready]);
      expectSameDataset((await after.repo.loadDataset(ready))!, readyData);
    });

    it('measures the grace period from the last write, not from the start', async () => {
      const clock = manualClock(0);
      const { repo, db } = setup({ now: clock.now, stagingGraceMs: 100 });
      const id = await repo.beginImport(meta('slow'));
      clock.set(90);
      await repo.writeDataset(id, makeDataset(10, 2));
      clock.set(150); // 150 after begin, 60 after the last write
      expect(await repo.cleanupInterrupted()).toEqual([]);
      clock.set(190);
      expect(await repo.cleanupInterrupted()).toEqual([id]);
      expect(await storedCounts(db, id)).toEqual({ row: null, chunks: 0, dictionaries: 0 });
    });
  });

  describe('when storage runs out', () => {
    const quotaAbort = () =>
      new Dexie.AbortError('Transaction aborted', new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

    it('a failed chunk write removes the staging set, keeps earlier sets, and is recognised by isQuotaError', async () => {
      const { repo, db } = setup();
      const earlierData = makeDataset(70_000);
      const earlier = await repo.saveDataset(earlierData, { ...meta('earlier'), rows: rows(70_000) });
      vi.spyOn(db.columnChunks, 'bulkPut').mockRejectedValue(quotaAbort());

      const failed = repo.saveDataset(makeDataset(70_000), { ...meta('too big'), rows: rows(70_000) });
      const error: unknown = await failed.then(
        () => null,
        (e: unknown) => e,
      );
      expect(error).toMatchObject({ name: 'AbortError' });
      expect(isQuotaError(error)).toBe(true);

      // ds-2 was the staging id of the failed import.
      expect(await storedCounts(db, 'ds-2')).toEqual({ row: null, chunks: 0, dictionaries: 0 });
      expect((await db.datasets.toArray()).map((d) => [d.id, d.state])).toEqual([[earlier, 'ready']]);
      expectSameDataset((await repo.loadDataset(earlier))!, earlierData);
    });

    it('a failure after some batches were written removes those batches too', async () => {
      const { repo, db } = setup({ writeBatchBytes: 1 }); // one chunk record per transaction
      const put = db.columnChunks.bulkPut.bind(db.columnChunks);
      let calls = 0;
      vi.spyOn(db.columnChunks, 'bulkPut').mockImplementation((...args: Parameters<typeof put>) => {
        calls += 1;
        return calls === 3 ? Dexie.Promise.reject(quotaAbort()) : put(...args);
      });
      const id = await repo.beginImport(meta('partial'));
      const error: unknown = await repo.writeDataset(id, makeDataset(200_000)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(isQuotaError(error)).toBe(true);
      expect(calls).toBe(3);
      expect(await storedCounts(db, id)).toEqual({ row: null, chunks: 0, dictionaries: 0 });
      expect(await db.columnChunks.count()).toBe(0);
    });
  });

  it('commits in a strict-durability transaction', async () => {
    const { repo, db } = setup();
    const id = await repo.beginImport(meta('strict'));
    await repo.writeDataset(id, makeDataset(4, 2));
    const put = db.datasets.put.bind(db.datasets);
    const seen: string[] = [];
    vi.spyOn(db.datasets, 'put').mockImplementation((...args: Parameters<typeof put>) => {
      seen.push(Dexie.currentTransaction.idbtrans.durability);
      return put(...args);
    });
    await repo.commitImport(id, { rows: rows(4), rowCount: 4, customerCount: 2, orderCount: 2 });
    expect(seen).toEqual(['strict']);
  });

  it('round-trips texts of every kind through IndexedDB, order ids only when asked for', async () => {
    const { repo } = setup();
    // Control characters and separator candidates, empty texts, surrogate pairs and a lone surrogate,
    // combining marks, CJK, object-key traps; over 65,536 order ids so they span two chunks.
    const tricky = ['', '\u0000', 'a\u0000b', '\u0001', '\u001f|\t,;\n\r"', '\uFFFF\uFEFF', '😀👩‍👩‍👧', '\uD800', 'x\uDC00', 'é', 'e\u0301', '客户', '__proto__', 'constructor'];
    const base = makeDataset(140_000, tricky.length);
    // Order ids are stored as UTF-8: they come from decoded text, which never holds a lone surrogate.
    const wellFormed = tricky.filter((text) => new TextDecoder().decode(new TextEncoder().encode(text)) === text);
    const orderIds = unpackTexts(base.orderIds).map((id, i) => (i < wellFormed.length ? wellFormed[i] : id));
    const names = tricky.map((text) => `${text}${text}`);
    const dataset = { ...base, orderIds: packTexts(orderIds), customers: { ...base.customers, ids: tricky, names } };
    const id = await repo.saveDataset(dataset, { ...meta('texts'), rows: rows(140_000) });
    const loaded = (await repo.loadDataset(id))!;
    expect(loaded.customers.ids).toEqual(tricky);
    expect(loaded.customers.names).toEqual(names);
    expect(loaded.orderCount).toBe(70_000);
    expect('orderIds' in loaded).toBe(false);
    const withOrderIds = (await repo.loadDatasetWithOrderIds(id))!;
    expect(unpackTexts(withOrderIds.orderIds)).toEqual(orderIds);
    expectSameDataset(withOrderIds, dataset);
    expect(await repo.loadDatasetWithOrderIds('nope')).toBeNull();
  });

  it('round-trips a customer id __proto__ and a dimension value constructor through IndexedDB', async () => {
    const { repo } = setup();
    const dataset = makeDataset(30, 6);
    const id = await repo.saveDataset(dataset, { ...meta('__proto__'), rows: rows(30) });
    const loaded = (await repo.loadDataset(id))!;
    expect(loaded.customers.ids.slice(0, 2)).toEqual(['__proto__', 'constructor']);
    expect(loaded.customers.dims.industry.values.slice(0, 2)).toEqual(['constructor', '__proto__']);
    expect((await repo.getDataset(id))?.name).toBe('__proto__');
    expectSameDataset(loaded, dataset);
  });
});
