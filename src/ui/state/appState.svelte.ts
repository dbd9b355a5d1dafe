import type { PeriodKind } from '../../core/index.ts';
import type { Analysis, Failure, ImportProgress, Reply, RowCounts } from '../../worker/index.ts';
import { progressProxy } from '../worker-client.ts';
import type { WorkerClient } from '../worker-client.ts';

/** The `data-app-state` hook of SPEC §4 (`mapping` joins with the mapping step). */
export type AppStatus = 'empty' | 'importing' | 'ready' | 'error';

/** A failure the user sees: cancelling is not one. */
export type AppFailure = Exclude<Failure, { readonly code: 'cancelled' }>;

export type Connect = (onCrash: (message: string) => void) => WorkerClient;

/**
 * What the app shows and the only UI code that talks to the worker: it starts imports,
 * follows their progress and asks for results. The data set itself stays in the worker.
 */
export class AppState {
  status: AppStatus = $state('empty');
  progress: ImportProgress | null = $state(null);
  analysis: Analysis | null = $state.raw(null);
  failure: AppFailure | null = $state.raw(null);
  period: PeriodKind = $state('ttm');
  readonly #client: WorkerClient;
  /** Numbers summary requests, so an answer overtaken by a newer request is dropped. */
  #request = 0;

  constructor(connect: Connect) {
    this.#client = connect((message) => this.#fail({ ok: false, code: 'internal', message }));
  }

  /** Imports the demo export that ships with the app at `appUrl`. True when new data is shown. */
  openDemo(appUrl: string): Promise<boolean> {
    return this.#import((onProgress) => this.#client.openDemo(appUrl, onProgress));
  }

  /** Imports the files the user picked or dropped. True when new data is shown. */
  importFiles(files: readonly File[]): Promise<boolean> {
    if (files.length === 0) return Promise.resolve(false);
    return this.#import((onProgress) => this.#client.importFiles(files, onProgress));
  }

  /** Stops the running import; what was shown before stays. */
  cancel(): void {
    void this.#client.cancel();
  }

  /** Recomputes the results for another period. */
  async setPeriod(period: PeriodKind): Promise<void> {
    this.period = period;
    if (this.analysis !== null) await this.#refresh();
  }

  /** Leaves the error screen for what was shown before it. */
  dismissError(): void {
    this.failure = null;
    this.status = this.analysis === null ? 'empty' : 'ready';
  }

  async #import(run: (onProgress: (p: ImportProgress) => void) => Promise<Reply<RowCounts>>): Promise<boolean> {
    if (this.status === 'importing') return false;
    this.status = 'importing';
    this.progress = null;
    this.failure = null;
    const reply = await run(progressProxy((progress) => (this.progress = progress)));
    this.progress = null;
    if (!reply.ok) {
      this.#fail(reply);
      return false;
    }
    return this.#refresh();
  }

  async #refresh(): Promise<boolean> {
    const request = ++this.#request;
    const reply = await this.#client.summary({ period: this.period });
    if (request !== this.#request) return false;
    if (!reply.ok) {
      this.#fail(reply);
      return false;
    }
    this.analysis = reply.value;
    this.status = 'ready';
    return true;
  }

  #fail(failure: Failure): void {
    if (failure.code === 'cancelled') {
      this.status = this.analysis === null ? 'empty' : 'ready';
      return;
    }
    this.failure = failure;
    this.status = 'error';
  }
}
