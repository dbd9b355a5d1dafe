import type { Dataset } from '../core/index.ts';
import type { FileReport } from '../import/index.ts';

/** What the worker has loaded. */
export interface Loaded {
  readonly dataset: Dataset;
  readonly reports: readonly FileReport[];
}

/**
 * The worker's state: the data set stays here and only results cross to the UI. One import
 * runs at a time; starting another or calling `cancel` aborts the running one, and a
 * failed or cancelled import keeps what was loaded before.
 */
export class Session {
  loaded: Loaded | null = null;
  #running: AbortController | null = null;

  /** Aborts any running import and returns the signal of a new one. */
  begin(): AbortSignal {
    this.#running?.abort();
    this.#running = new AbortController();
    return this.#running.signal;
  }

  /** Ends the import that owns `signal`, keeping its result unless it was superseded. */
  end(signal: AbortSignal, loaded: Loaded | null): void {
    if (this.#running?.signal !== signal) return;
    this.#running = null;
    if (loaded !== null) this.loaded = loaded;
  }

  cancel(): void {
    this.#running?.abort();
  }
}
