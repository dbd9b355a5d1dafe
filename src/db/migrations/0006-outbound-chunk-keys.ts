import type { IndexableTypeArrayReadonly } from 'dexie';
import type { Migration } from './migration.ts';

/** A chunk as of v5, spelled out here so this file never changes with later types. */
interface ChunkV5 {
  datasetId: string;
  column: string;
  index: number;
  values: unknown;
}

const MOVED_AT_ONCE = 16;

/**
 * v6: chunks move to `columnChunks`, whose key [datasetId, column, index] is given with each
 * record instead of read from it. To read a key out of a record, the browser first makes a full
 * copy of it (the key path is evaluated on a clone), multi-MB columns included: 75 MB of chunks
 * took 0.74-0.79 s to write with the key inside, 0.54-0.64 s with it given. The records keep
 * their fields; IndexedDB cannot change a store's key, hence the new table. Moved MOVED_AT_ONCE
 * chunks at a time (a few MB in flight): a 10M-row set (1.45 GB file) moves in about 17 s, once,
 * where one chunk at a time took 25 s.
 */
export const outboundChunkKeysMigration: Migration = {
  version: 6,
  stores: { chunks: null, columnChunks: '' },
  async upgrade(tx) {
    const from = tx.table<ChunkV5, [string, string, number]>('chunks');
    const to = tx.table<ChunkV5, [string, string, number]>('columnChunks');
    const keys = await from.toCollection().primaryKeys();
    for (let at = 0; at < keys.length; at += MOVED_AT_ONCE) {
      const part = keys.slice(at, at + MOVED_AT_ONCE);
      const chunks = await from.bulkGet(part);
      // Every key was just listed in this transaction, so every chunk is there; Dexie types keys as scalars.
      await to.bulkPut(chunks as ChunkV5[], part as unknown as IndexableTypeArrayReadonly);
    }
  },
};
