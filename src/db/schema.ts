import { Dexie } from 'dexie';
import type { DexieOptions, Table } from 'dexie';
import { applyMigrations, MIGRATIONS } from './migrations/index.ts';
import type {
  ChunkKey,
  ChunkRecord,
  DatasetRecord,
  DictionaryKey,
  DictionaryRecord,
  MappingRecord,
  ReportRecord,
  SettingRecord,
} from './records.ts';

/** What another connection wants: a newer schema (another tab runs newer code) or deleting the database. */
export interface VersionChange {
  readonly kind: 'upgrade' | 'delete';
}

/** Where IndexedDB comes from; tests pass fake-indexeddb here, the app passes nothing. */
export type IndexedDbDeps = Pick<DexieOptions, 'indexedDB' | 'IDBKeyRange'>;

/**
 * The Tierscope database, at the latest version of migrations/.
 *
 * Every transaction asks for `strict` durability: an import is committed by one small
 * write that must reach the disk before the UI says "saved" (Dexie only takes the IDB
 * durability hint per database, not per transaction; the few dozen chunk transactions of
 * an import pay for it too, which costs little).
 */
export class TierscopeDb extends Dexie {
  declare readonly datasets: Table<DatasetRecord, string>;
  /** Keys given apart from the records (see migrations/0006). */
  declare readonly columnChunks: Table<ChunkRecord, ChunkKey>;
  declare readonly dictionaries: Table<DictionaryRecord, DictionaryKey>;
  declare readonly settings: Table<SettingRecord, string>;
  declare readonly mappings: Table<MappingRecord, string>;
  declare readonly reports: Table<ReportRecord, string>;

  constructor(name: string, deps: IndexedDbDeps = {}) {
    super(name, {
      ...deps,
      chromeTransactionDurability: 'strict',
      // The worker never uses liveQuery; without the cache Dexie keeps no copies of multi-MB chunks.
      cache: 'disabled',
    });
    applyMigrations(this, MIGRATIONS);
  }

  /**
   * Calls `callback` when another connection needs this one gone (a newer version of the
   * app opened in another tab, or the database is being deleted), so the UI can ask the
   * user to reload. Dexie's own listener still closes this connection, which unblocks
   * the other one; but Dexie reopens it on the next call, with this tab's older code
   * against the newer store, so the reload is what makes it safe. Returns a function
   * that removes the callback.
   */
  onVersionChange(callback: (change: VersionChange) => void): () => void {
    const listener = (event: IDBVersionChangeEvent): void => {
      // Never return false: that would stop Dexie's default listener from closing the db.
      callback({ kind: event.newVersion === null ? 'delete' : 'upgrade' });
    };
    this.on.versionchange.subscribe(listener);
    return () => this.on.versionchange.unsubscribe(listener);
  }
}
