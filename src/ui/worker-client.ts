import { proxy, wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { ProgressCallback, WorkerApi } from '../worker/index.ts';

export type WorkerClient = Remote<WorkerApi>;

/**
 * Starts the analysis worker and wraps it with Comlink. `onCrash` hears of a worker that
 * failed to load or threw outside a handler: its pending calls will never answer.
 */
export function createWorkerClient(onCrash: (message: string) => void): WorkerClient {
  const worker = new Worker(new URL('../worker/index.ts', import.meta.url), { type: 'module', name: 'tierscope-analysis' });
  worker.addEventListener('error', (event) => onCrash(event.message || 'the analysis worker stopped'));
  worker.addEventListener('messageerror', () => onCrash('a message from the analysis worker could not be read'));
  return wrap<WorkerApi>(worker);
}

/**
 * Wraps a progress listener so the worker calls it across the thread boundary (functions
 * cannot be cloned). Comlink releases the proxy when the worker drops its reference.
 */
export function progressProxy(listener: ProgressCallback): ProgressCallback {
  return proxy(listener);
}
