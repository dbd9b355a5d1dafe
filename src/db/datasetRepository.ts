/**
 * Data sets in the store. An import is atomic: `beginImport` adds a hidden 'staging'
 * row, the chunk and dictionary writes go under its id, and `commitImport` flips it to
 * 'ready' in one small strict-durability transaction. Until then nothing lists or loads
 * it; if the tab dies first, `cleanupInterrupted` removes the leftovers at the next start.
 *
 * Inside every Dexie transaction below only IndexedDB operations are awaited: awaiting
 * anything else (a worker call, fetch, a timer) lets IndexedDB auto-commit the transaction.
 */
import { Dexie } from 'dexie';
import type { Collection, IndexableTypeArrayReadonly } from 'dexie';
import type { Dataset } from '../core/model/index.ts';
import {
  chunkRecords,
  decodeDataset,
  decodeOrderIds,
  dictionaryRecords,
  stringChunkRecords,
  surveyChunkRecords,
} from './chunkCodec.ts';
import type { DatasetWithOrderIds, StoredParts } from './chunkCodec.ts';
import { DbError } from './dbError.ts';
import { CHUNK_COLUMNS, DATASET_RECORD_VERSION, SURVEY_CHUNK_COLUMNS } from './records.ts';
import type {
  ChunkColumn,
  ChunkKey,
  ChunkRecord,
  DatasetRecord,
  DictionaryKey,
  DictionaryRecord,
  FileRowCountsRecord,
  SourceFileRecord,
} from './records.ts';
import type { TierscopeDb } from './schema.ts';

/** What is known when an import starts. */
export interface ImportMeta {
  readonly name: string;
  readonly files: readonly SourceFileRecord[];
  /** ISO 4217 code of the amounts, null for plain numbers (left out of the record when undefined). */
  readonly currency?: string | null;
}

/** What the import knows when it ends; `files` replaces the list given at the start when set. */
export interface CommitMeta {
  readonly rows: readonly FileRowCountsRecord[];
  readonly rowCount: number;
  readonly customerCount: number;
  readonly orderCount: number;
  /** Survey answers written (the `surveys` of the data set); 0 when absent. */
  readonly surveyCount?: number;
  readonly files?: readonly SourceFileRecord[];
  /** The import report payload, stored in `reports` in the commit transaction. */
  readonly report?: unknown;
  /**
   * A ready data set this one replaces (an append writes the merged set as a new one): it is
   * removed in the commit transaction and the new set keeps its `created`. DbError 'missing'
   * when it is gone by then, and the staging set is removed.
   */
  readonly replaces?: string;
}

/** The SHA-256 of the source file at `index` of a data set's `files`, named `name`. */
export interface FileHash {
  readonly index: number;
  readonly name: string;
  readonly sha256: string;
}

export interface DatasetRepositoryOptions {
  readonly now?: () => number;
  readonly newId?: () => string;
  /**
   * A staging set is left alone until it has seen no write for this long: another tab
   * may be importing it right now.
   */
  readonly stagingGraceMs?: number;
  /** Bytes of chunks per write transaction: bounds the memory a transaction holds. */
  readonly writeBatchBytes?: number;
}

export const STAGING_GRACE_MS = 30 * 60_000;
const WRITE_BATCH_BYTES = 16 * 2 ** 20;

export class DatasetRepository {
  readonly #db: TierscopeDb;
  readonly #now: () => number;
  readonly #newId: () => string;
  readonly #graceMs: number;
  readonly #batchBytes: number;

  constructor(db: TierscopeDb, options: DatasetRepositoryOptions = {}) {
    const {
      now = () => Date.now(),
      newId = () => crypto.randomUUID(),
      stagingGraceMs = STAGING_GRACE_MS,
      writeBatchBytes = WRITE_BATCH_BYTES,
    } = options;
    this.#db = db;
    this.#now = now;
    this.#newId = newId;
    this.#graceMs = stagingGraceMs;
    this.#batchBytes = writeBatchBytes;
  }

  /** Adds a staging row and returns its id, which stays the data set's id after commit. */
  async beginImport({ name, files, currency }: ImportMeta): Promise<string> {
    const id = this.#newId();
    const now = this.#now();
    await this.#db.datasets.add({
      id,
      version: DATASET_RECORD_VERSION,
      name,
      state: 'staging',
      created: now,
      updated: now,
      files,
      rows: [],
      rowCount: 0,
      customerCount: 0,
      orderCount: 0,
      ...(currency === undefined ? {} : { currency }),
    });
    return id;
  }

  /**
   * Chunk and dictionary records of a staging set (all made under its id) in one transaction. On
   * failure the whole staging set is removed and the error rethrown.
   */
  async #writeBatch(stagingId: string, chunkRecords: readonly ChunkRecord[], dictionaryRecords: readonly DictionaryRecord[]): Promise<void> {
    const { datasets, columnChunks, dictionaries } = this.#db;
    await this.#abortOnFailure(stagingId, () =>
      this.#db.transaction('rw', [datasets, columnChunks, dictionaries], async () => {
        await this.#touchStaging(stagingId);
        await dictionaries.bulkPut(dictionaryRecords);
        // Dexie types these keys as scalars; arrays are IndexedDB keys all the same.
        await columnChunks.bulkPut(chunkRecords, chunkRecords.map(chunkKey) as unknown as IndexableTypeArrayReadonly);
      }),
    );
  }

  /** Encodes `dataset` and writes it under a staging id, in transactions of about writeBatchBytes. */
  async writeDataset(stagingId: string, dataset: DatasetWithOrderIds, signal?: AbortSignal): Promise<void> {
    // Slicing happens between transactions: each batch opens its own, which awaits nothing but
    // its IndexedDB requests. The dictionaries go with the first (a transaction less).
    let dictionaries = dictionaryRecords(stagingId, dataset);
    let batch: ChunkRecord[] = [];
    let bytes = 0;
    const records = function* (): Generator<ChunkRecord> {
      yield* chunkRecords(stagingId, dataset.transactions);
      if (dataset.surveys !== undefined) yield* surveyChunkRecords(stagingId, dataset.surveys);
      yield* stringChunkRecords(stagingId, dataset);
    };
    for (const record of records()) {
      batch.push(record);
      bytes += recordBytes(record);
      if (bytes >= this.#batchBytes) {
        // A cancelled import stops between transactions; the caller then aborts the staging set.
        signal?.throwIfAborted();
        await this.#writeBatch(stagingId, batch, dictionaries);
        dictionaries = [];
        batch = [];
        bytes = 0;
      }
    }
    if (batch.length > 0 || dictionaries.length > 0) await this.#writeBatch(stagingId, batch, dictionaries);
  }

  /** Makes a staging set 'ready' (visible) in one strict-durability transaction. */
  async commitImport(stagingId: string, final: CommitMeta): Promise<void> {
    const { rows, rowCount, customerCount, orderCount, surveyCount = 0, files, report, replaces } = final;
    const { datasets, columnChunks, dictionaries, reports } = this.#db;
    await this.#abortOnFailure(stagingId, () =>
      this.#db.transaction('rw', [datasets, columnChunks, dictionaries, reports], async () => {
        const record = await this.#stagingRecord(stagingId);
        let { created } = record;
        if (replaces !== undefined) {
          const old = await datasets.get(replaces);
          if (old?.state !== 'ready') throw new DbError('missing', `data set ${replaces} to replace is gone`);
          created = old.created;
          await this.#deleteAll(replaces);
        }
        if (report !== undefined) await reports.put({ datasetId: stagingId, value: report });
        await datasets.put({
          ...record,
          created,
          files: files ?? record.files,
          rows,
          rowCount,
          customerCount,
          orderCount,
          // Left out when 0, so a set without surveys reads as one stored before v4.
          ...(surveyCount === 0 ? {} : { surveyCount }),
          state: 'ready',
          updated: this.#now(),
        });
      }),
    );
  }

  /** Removes a staging set and everything written under it. Throws DbError 'not-staging' for a ready set. */
  async abortImport(stagingId: string): Promise<void> {
    const { datasets, columnChunks, dictionaries, reports } = this.#db;
    await this.#db.transaction('rw', [datasets, columnChunks, dictionaries, reports], async () => {
      const record = await datasets.get(stagingId);
      if (record?.state === 'ready') throw new DbError('not-staging', `data set ${stagingId} is committed`);
      await this.#deleteAll(stagingId);
    });
  }

  /**
   * Removes every staging set whose last write is older than the grace period (an import
   * cut short by a crash or a closed tab). Call at startup. Returns the removed ids.
   */
  async cleanupInterrupted(): Promise<string[]> {
    const cutoff = this.#now() - this.#graceMs;
    const { datasets, columnChunks, dictionaries, reports } = this.#db;
    return this.#db.transaction('rw', [datasets, columnChunks, dictionaries, reports], async () => {
      const stale = await datasets
        .where('state')
        .equals('staging')
        .filter((record) => record.updated <= cutoff)
        .primaryKeys();
      for (const id of stale) await this.#deleteAll(id);
      return stale;
    });
  }

  /** Ready data sets, most recently updated first. */
  async listDatasets(): Promise<DatasetRecord[]> {
    return this.#db.datasets
      .where('[state+updated]')
      .between(['ready', Dexie.minKey], ['ready', Dexie.maxKey])
      .reverse()
      .toArray();
  }

  /** The record of a ready data set, or undefined. */
  async getDataset(id: string): Promise<DatasetRecord | undefined> {
    const record = await this.#db.datasets.get(id);
    return record?.state === 'ready' ? record : undefined;
  }

  /**
   * The data set as the metrics read it (without the texts of its order ids), or null when no
   * ready set has this id (removed in another tab, say). Throws DbError 'corrupt' when its
   * records do not add up.
   */
  async loadDataset(id: string): Promise<Dataset | null> {
    const parts = await this.#loadParts(id, false);
    return parts === null ? null : decodeDataset(parts);
  }

  /** loadDataset with the order ids' texts, which an append compares new rows with. */
  async loadDatasetWithOrderIds(id: string): Promise<DatasetWithOrderIds | null> {
    const parts = await this.#loadParts(id, true);
    return parts === null ? null : { ...decodeDataset(parts), orderIds: decodeOrderIds(parts.chunks, parts.orderCount) };
  }

  async #loadParts(id: string, withOrderIds: boolean): Promise<StoredParts | null> {
    const { datasets, columnChunks, dictionaries } = this.#db;
    // One read transaction, so a removal in another tab cannot leave us half a data set.
    return this.#db.transaction('r', [datasets, columnChunks, dictionaries], async () => {
      const record = await datasets.get(id);
      if (record?.state !== 'ready') return null;
      const columns: ChunkColumn[] = [...CHUNK_COLUMNS, 'customerIds', 'customerNames'];
      if ((record.surveyCount ?? 0) > 0) columns.push(...SURVEY_CHUNK_COLUMNS);
      if (withOrderIds) columns.push('orderIds');
      // Column by column: each is one key range, read with one getAll; the order ids stay unread unless asked for.
      const [byColumn, dictionaryList] = await Promise.all([
        Promise.all(columns.map((column) => this.#columnChunks(id, column).toArray())),
        this.#dictionariesOf(id).toArray(),
      ]);
      return {
        rowCount: record.rowCount,
        surveyCount: record.surveyCount ?? 0,
        customerCount: record.customerCount,
        orderCount: record.orderCount,
        chunks: byColumn.flat(),
        dictionaries: dictionaryList,
      };
    });
  }

  /** The report payload stored with a ready data set at commit, or undefined (none, or stored before schema v3). */
  async getReport(id: string): Promise<unknown> {
    const record = await this.#db.reports.get(id);
    return record?.value;
  }

  /**
   * Stores the hashes of source files, computed after the commit: each goes to the file at
   * `index` if that file still has this name and no hash. The list order (`updated`) stays.
   * False when no ready set has this id (removed or replaced by an append meanwhile).
   */
  async setFileHashes(id: string, hashes: readonly FileHash[]): Promise<boolean> {
    const { datasets } = this.#db;
    return this.#db.transaction('rw', datasets, async () => {
      const record = await datasets.get(id);
      if (record?.state !== 'ready') return false;
      const files = record.files.map((file, index) => {
        const hash = hashes.find((h) => h.index === index && h.name === file.name && file.sha256 === '');
        return hash === undefined ? file : { ...file, sha256: hash.sha256 };
      });
      await datasets.put({ ...record, files });
      return true;
    });
  }

  /** Renames a ready data set; false when there is none with this id. */
  async rename(id: string, name: string): Promise<boolean> {
    const { datasets } = this.#db;
    return this.#db.transaction('rw', datasets, async () => {
      const record = await datasets.get(id);
      if (record?.state !== 'ready') return false;
      await datasets.put({ ...record, name, updated: this.#now() });
      return true;
    });
  }

  /** Removes a data set with its chunks and dictionaries, all or nothing. */
  async remove(id: string): Promise<void> {
    const { datasets, columnChunks, dictionaries, reports } = this.#db;
    await this.#db.transaction('rw', [datasets, columnChunks, dictionaries, reports], () => this.#deleteAll(id));
  }

  /** begin + write + commit; returns the new id. On failure nothing of it stays in the store. */
  async saveDataset(dataset: DatasetWithOrderIds, meta: ImportMeta & Pick<CommitMeta, 'rows'>): Promise<string> {
    const { name, files, rows } = meta;
    const id = await this.beginImport({ name, files });
    await this.writeDataset(id, dataset);
    await this.commitImport(id, {
      rows,
      rowCount: dataset.transactions.length,
      customerCount: dataset.customers.length,
      orderCount: dataset.orderCount,
      surveyCount: dataset.surveys?.length ?? 0,
    });
    return id;
  }

  async #abortOnFailure(stagingId: string, write: () => Promise<void>): Promise<void> {
    try {
      await write();
    } catch (error) {
      // Keep the original error (e.g. QuotaExceededError); if removal fails too,
      // cleanupInterrupted gets the leftovers at a later start.
      await this.abortImport(stagingId).catch(() => undefined);
      throw error;
    }
  }

  /** Must run inside a transaction that includes `datasets`. */
  async #stagingRecord(stagingId: string): Promise<DatasetRecord> {
    const record = await this.#db.datasets.get(stagingId);
    if (record?.state !== 'staging') throw new DbError('not-staging', `data set ${stagingId} is not being imported`);
    return record;
  }

  /** Checks the set is still staging and records the write time for the grace period. */
  async #touchStaging(stagingId: string): Promise<void> {
    await this.#stagingRecord(stagingId);
    await this.#db.datasets.update(stagingId, { updated: this.#now() });
  }

  /** Must run inside a rw transaction over datasets, chunks, dictionaries and reports. */
  async #deleteAll(id: string): Promise<void> {
    await Promise.all([
      this.#db.datasets.delete(id),
      this.#chunksOf(id).delete(),
      this.#dictionariesOf(id).delete(),
      this.#db.reports.delete(id),
    ]);
  }

  // A data set's chunks and dictionaries are one key range of the compound primary key (':id'
  // for the chunks, whose keys are given apart from the records). The bounds hold Dexie.maxKey
  // once: where it is the array [[]], the same array twice in one key is invalid per the
  // IndexedDB key conversion ("seen" list) and fails with a DataError.
  // [id] sorts before every [id, column, index]; [id, maxKey] after each.
  #chunksOf(id: string): Collection<ChunkRecord, ChunkKey> {
    return this.#db.columnChunks.where(':id').between([id], [id, Dexie.maxKey]);
  }

  #columnChunks(id: string, column: ChunkColumn): Collection<ChunkRecord, ChunkKey> {
    return this.#db.columnChunks.where(':id').between([id, column, 0], [id, column, Infinity], true, true);
  }

  #dictionariesOf(id: string): Collection<DictionaryRecord, DictionaryKey> {
    return this.#db.dictionaries.where('[datasetId+name]').between([id, Dexie.minKey], [id, Dexie.maxKey]);
  }
}

function chunkKey({ datasetId, column, index }: ChunkRecord): ChunkKey {
  return [datasetId, column, index];
}

/** About what a chunk adds to a write transaction: its bytes, or two per character of its texts. */
function recordBytes({ values }: ChunkRecord): number {
  if (values instanceof Int32Array || values instanceof Float64Array) return values.byteLength;
  if ('ends' in values) return values.bytes.byteLength + values.ends.byteLength;
  let chars = 0;
  for (const value of values) chars += value.length;
  return 2 * chars;
}
