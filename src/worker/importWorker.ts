/** Entry of the import worker: reads dropped files and writes data sets to the local store. */
import { expose } from 'comlink';
import { TierscopeDb } from '../db/index.ts';
import { BROADCAST_CHANNEL } from './contracts.ts';
import { createImportWorkerApi } from './importWorkerApi.ts';
import { memoryBudget } from './memoryCheck.ts';
import { DB_NAME, Store } from './store.ts';
import { TailWorkers } from './tailWorkers.ts';

/** Chromium's non-standard heap limit; absent elsewhere. */
const heapLimit = (performance as Performance & { memory?: { jsHeapSizeLimit?: number } }).memory?.jsHeapSizeLimit;

const channel = new BroadcastChannel(BROADCAST_CHANNEL);
const store = new Store(new TierscopeDb(DB_NAME), channel);
// Staging sets left by a tab that closed mid-import; the grace period spares one importing in another tab.
store.datasets.cleanupInterrupted().catch((error: unknown) => console.error(error));

const tails = new TailWorkers(() => new Worker(new URL('./tailWorker.ts', import.meta.url), { type: 'module', name: 'tierscope-import-tail' }));
tails.warm();

expose(
  createImportWorkerApi({
    store,
    broadcast: channel,
    fetchFile: (url, init) => fetch(url, init),
    origin: self.location.origin,
    memoryBudget: memoryBudget(heapLimit),
    estimateStorage: async () => (navigator.storage === undefined ? {} : navigator.storage.estimate()),
    tailReader: (file) => tails.reader(file),
  }),
);
