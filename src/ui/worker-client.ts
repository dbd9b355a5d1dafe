import { proxy, transfer, wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { AnalysisWorkerApi, ImportWorkerApi, ProgressCallback } from '../worker/index.ts';

/** The two workers as the UI calls them: every method answers a promise of a Reply. */
export interface WorkerClients {
  readonly importer: Remote<ImportWorkerApi>;
  readonly analysis: Remote<AnalysisWorkerApi>;
}

/**
 * Starts the import and analysis workers and wraps them with Comlink. `onCrash` hears of a
 * worker that failed to load or threw outside a handler: its pending calls will never answer.
 */
export function createWorkerClients(onCrash: (message: string) => void): WorkerClients {
  const importer = new Worker(new URL('../worker/importWorker.ts', import.meta.url), { type: 'module', name: 'tierscope-import' });
  const analysis = new Worker(new URL('../worker/analysisWorker.ts', import.meta.url), { type: 'module', name: 'tierscope-analysis' });
  for (const [worker, label] of [
    [importer, 'import'],
    [analysis, 'analysis'],
  ] as const) {
    worker.addEventListener('error', (event) => onCrash(event.message || `the ${label} worker stopped`));
    worker.addEventListener('messageerror', () => onCrash(`a message from the ${label} worker could not be read`));
  }
  const clients = { importer: wrap<ImportWorkerApi>(importer), analysis: wrap<AnalysisWorkerApi>(analysis) };
  // A direct line between the workers: a new data set's columns go from one to the other, not through the page.
  const { port1, port2 } = new MessageChannel();
  void clients.importer.connectAnalysis(transfer(port1, [port1]));
  void clients.analysis.connectImport(transfer(port2, [port2]));
  return clients;
}

/**
 * Wraps a progress listener so the worker calls it across the thread boundary (functions
 * cannot be cloned). Comlink releases the proxy when the worker drops its reference.
 */
export function progressProxy(listener: ProgressCallback): ProgressCallback {
  return proxy(listener);
}
