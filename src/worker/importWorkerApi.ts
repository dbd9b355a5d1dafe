import type { TailReader } from '../import/index.ts';
import type { ImportWorkerApi } from './contracts.ts';
import { compose } from './compose.ts';
import { createImportHandlers } from './importHandlers.ts';
import { ImportSession } from './importSession.ts';
import { createInspectHandlers } from './inspectHandlers.ts';
import type { Broadcaster, Store } from './store.ts';
import type { StorageEstimate } from './storeDataset.ts';
import type { Fetch } from './urlSource.ts';


export interface ImportWorkerDeps {
  readonly store: Store;
  readonly broadcast: Broadcaster;
  readonly fetchFile: Fetch;
  readonly origin: string;
  /** Bytes of column memory an import may use (see memoryBudget). */
  readonly memoryBudget: number;
  readonly estimateStorage: () => Promise<StorageEstimate>;
  readonly tailReader?: (file: Blob) => TailReader;
  /** How long after a commit hashing the files starts by itself (default HASH_DELAY_MS). */
  readonly hashDelayMs?: number;
}

/** The import worker's surface: the mapping step's handlers and the import's, composed flat for Comlink. */
export function createImportWorkerApi(deps: ImportWorkerDeps): ImportWorkerApi {
  const session = new ImportSession();
  return compose(createInspectHandlers(session, deps.store), createImportHandlers({ ...deps, session }));
}
