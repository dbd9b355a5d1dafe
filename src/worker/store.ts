import { DatasetRepository, MappingRepository, SettingsRepository } from '../db/index.ts';
import type { DatasetRepositoryOptions, TierscopeDb } from '../db/index.ts';
import type { BroadcastMessage } from './contracts.ts';
import { WorkerIssue } from './workerIssue.ts';

/** The database both workers open (SPEC: data never leaves the machine; one store per origin). */
export const DB_NAME = 'tierscope';

/** Setting that remembers the data set opened last, across reloads. */
export const LAST_DATASET_KEY = 'lastDatasetId';

/** Where a worker tells the tab's UI and other tabs what changed (a BroadcastChannel in the app). */
export interface Broadcaster {
  postMessage(message: BroadcastMessage): void;
}

/**
 * A worker's repositories over one database connection. When another tab upgrades the
 * schema, this connection closes for good (this tab's code is older than the store now):
 * the UI hears `version-change` and every later call answers the issue `reloadNeeded`.
 */
export class Store {
  readonly datasets: DatasetRepository;
  readonly settings: SettingsRepository;
  readonly mappings: MappingRepository;
  #closed = false;

  constructor(db: TierscopeDb, broadcast: Broadcaster, options: DatasetRepositoryOptions = {}) {
    this.datasets = new DatasetRepository(db, options);
    this.settings = new SettingsRepository(db);
    this.mappings = new MappingRepository(db, { now: options.now });
    db.onVersionChange(() => {
      this.#closed = true;
      db.close();
      broadcast.postMessage({ type: 'version-change' });
    });
  }

  /** Throws the issue `reloadNeeded` once the connection closed for a newer schema. */
  assertOpen(): void {
    if (this.#closed) throw new WorkerIssue({ code: 'reloadNeeded' });
  }
}
