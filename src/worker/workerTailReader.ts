import { proxy, wrap } from 'comlink';
import type { TailReader } from '../import/index.ts';
import type { TailWorkerApi } from './tailWorker.ts';

/**
 * A TailReader for `file` that reads each tail in a worker of its own (made by `spawn`) and
 * ends it when done or cancelled: a cancelled tail answers null at once.
 */
export function workerTailReader(file: Blob, spawn: () => Worker): TailReader {
  return async (job, signal, onProgress) => {
    if (signal.aborted) return null;
    const worker = spawn();
    let stop = (): void => {};
    try {
      const cancelled = new Promise<null>((resolve) => {
        stop = () => resolve(null);
        signal.addEventListener('abort', stop, { once: true });
      });
      const tail = wrap<TailWorkerApi>(worker);
    return await Promise.race([tail.read(file.slice(job.from), job, proxy(onProgress)), cancelled]);
    } finally {
      signal.removeEventListener('abort', stop);
      worker.terminate();
    }
  };
}
