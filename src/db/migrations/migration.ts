import type { Transaction } from 'dexie';

/**
 * One schema version. Files under migrations/ are append-only: once shipped, a migration
 * is never edited; a change is a new file with the next version.
 */
export interface Migration {
  readonly version: number;
  /** Dexie store specs this version adds or changes (null drops a table); unlisted tables stay as they were. */
  readonly stores: Readonly<Record<string, string | null>>;
  /** Moves existing data to the new shape; runs inside the versionchange transaction. */
  readonly upgrade?: (tx: Transaction) => Promise<void>;
}
