import type { Migration } from './migration.ts';

/** Record shapes as of v5, spelled out here so this file never changes with later types. */
interface DatasetV4 {
  id: string;
  version: number;
  [field: string]: unknown;
}
interface StringListV4 {
  datasetId: string;
  name: string;
  values: readonly string[];
}
interface StringChunkV5 {
  datasetId: string;
  column: string;
  index: number;
  values: string[];
}

/** The text lists that move, and the entries per chunk (CHUNK_ROWS as of v5). */
const MOVED = ['customerIds', 'customerNames', 'orderIds'] as const;
const ENTRIES_PER_CHUNK = 65_536;

/**
 * v5: customer ids, customer names and order ids leave the dictionaries table for the chunks
 * table, as text columns in chunks of 65,536 entries (one record of millions of strings is slow
 * to clone and a memory spike; and analysis can now leave the order ids unread). Each data set
 * record gets `orderCount` (the number of order ids) and record version 2. Dimension values and
 * codes stay dictionaries. Staging sets are moved too (cleanupInterrupted still finds them).
 */
export const stringChunksMigration: Migration = {
  version: 5,
  stores: {},
  async upgrade(tx) {
    const datasets = tx.table<DatasetV4, string>('datasets');
    const dictionaries = tx.table<StringListV4, [string, string]>('dictionaries');
    const chunks = tx.table<StringChunkV5, [string, string, number]>('chunks');
    // One data set at a time, so the upgrade holds the texts of one set only.
    for (const id of await datasets.toCollection().primaryKeys()) {
      const keys = MOVED.map((name): [string, string] => [id, name]);
      const lists = await dictionaries.bulkGet(keys);
      const moved: StringChunkV5[] = [];
      lists.forEach((list, i) => {
        const values = list?.values ?? [];
        for (let index = 0; index * ENTRIES_PER_CHUNK < values.length; index++) {
          const part = values.slice(index * ENTRIES_PER_CHUNK, (index + 1) * ENTRIES_PER_CHUNK);
          moved.push({ datasetId: id, column: MOVED[i], index, values: part });
        }
      });
      await chunks.bulkPut(moved);
      await dictionaries.bulkDelete(keys);
      const orderCount = lists[MOVED.indexOf('orderIds')]?.values.length ?? 0;
      await datasets.update(id, { version: 2, orderCount });
    }
  },
};
