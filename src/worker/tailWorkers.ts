import { proxy, wrap } from 'comlink';
import type { TailReader } from '../import/index.ts';
import type { TailWorkerApi } from './tailWorker.ts';

/**
 * The workers that read the second half of large files: one is kept started ahead, since a
 * worker spawned from a busy import worker takes seconds to load its script. Each tail has a
 * worker of its own, ended when done or cancelled (its memory goes with it), and the next one
 * is started then.
 */
export class TailWorkers {
  readonly #spawn: () => Worker;
  #spare: Worker | null = null;

  constructor(spawn: () => Worker) {
    this.#spawn = spawn;
  }

  /** Starts the next tail's worker now, if none is waiting. */
  warm(): void {
    this.#spare ??= this.#spawn();
  }

  /** A TailReader for `file`; a cancelled tail, or one whose worker fails to load or run, answers null at once. */
  reader(file: Blob): TailReader {
    return async (job, signal, onProgress) => {
      if (signal.aborted) return null;
      const worker = this.#spare ?? this.#spawn();
      this.#spare = null;
      let stop = (): void => {};
      try {
        const stopped = new Promise<null>((resolve) => {
          stop = () => resolve(null);
          signal.addEventListener('abort', stop, { once: true });
          worker.addEventListener('error', stop, { once: true });
        });
        const tail = wrap<TailWorkerApi>(worker);
        return await Promise.race([tail.read(file.slice(job.from), job, proxy(onProgress)), stopped]);
      } finally {
        signal.removeEventListener('abort', stop);
        worker.removeEventListener('error', stop);
        worker.terminate();
        this.warm();
      }
    };
  }
}
