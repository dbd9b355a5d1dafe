import type { ByteSource } from '../import/index.ts';
import { sha256Hex } from './sha256Hex.ts';
import type { Store } from './store.ts';

export interface FileToHash {
  /** Position of the file in the data set's `files`. */
  readonly index: number;
  readonly source: ByteSource;
}

/**
 * Hashes the files of a committed data set and stores the hashes in its record. This reads
 * every file a second time, so it runs a while after the import answered (HASH_DELAY_MS), off
 * the path to the first numbers; the stored data is complete without it. A failure is logged
 * and leaves ''.
 */
export async function hashFiles(store: Store, datasetId: string, files: readonly FileToHash[]): Promise<void> {
  try {
    const hashes = [];
    for (const { index, source } of files) hashes.push({ index, name: source.name, sha256: await sha256Hex(source) });
    await store.datasets.setFileHashes(datasetId, hashes);
  } catch (error) {
    console.error(error);
  }
}
