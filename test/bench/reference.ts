/**
 * The bench-only reference page (never part of the app build): the File chosen in its file
 * input is measured by `window.referenceBench` — read + decode floor, PapaParse and the
 * product's import stage each in a fresh worker (and the cost of new memory in one), DuckDB-WASM in its own worker.
 */
import { duckdbLoadAggregate } from './duckdbLoadAggregate.ts';
import type { DuckdbResult, FloorResult, MemoryResult, PapaparseResult, ReferenceKind, TierscopeParseResult, WorkerReply } from './referenceResults.ts';

export interface ReferenceBench {
  floor(): Promise<FloorResult>;
  memory(): Promise<MemoryResult>;
  papaparse(): Promise<PapaparseResult>;
  tierscope(): Promise<TierscopeParseResult>;
  duckdb(): Promise<DuckdbResult>;
}

declare global {
  interface Window {
    referenceBench: ReferenceBench;
  }
}

function chosenFile(): File {
  const input = document.querySelector<HTMLInputElement>('#file');
  const file = input?.files?.[0];
  if (file === undefined) throw new Error('No file chosen in #file.');
  return file;
}

function inWorker<T>(kind: ReferenceKind): Promise<T> {
  const worker = new Worker(new URL('./referenceWorker.ts', import.meta.url), { type: 'module' });
  return new Promise<T>((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<WorkerReply>) => {
      if (event.data.ok) resolve(event.data.result as T);
      else reject(new Error(event.data.message));
    });
    worker.addEventListener('error', (event) => reject(new Error(event.message || `${kind} worker failed to start`)));
    worker.postMessage({ kind, file: chosenFile() });
  }).finally(() => worker.terminate());
}

window.referenceBench = {
  floor: () => inWorker<FloorResult>('floor'),
  memory: () => inWorker<MemoryResult>('memory'),
  papaparse: () => inWorker<PapaparseResult>('papaparse'),
  tierscope: () => inWorker<TierscopeParseResult>('tierscope'),
  duckdb: () => duckdbLoadAggregate(chosenFile()),
};
document.documentElement.dataset.ready = 'true';
