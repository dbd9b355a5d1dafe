import type {
  BroadcastMessage,
  DatasetInfo,
  Failure,
  ImportOutcome,
  ImportProgress,
  OpenedDataset,
  Reply,
} from '../../worker/index.ts';
import type { ViewRequest } from '../../core/index.ts';
import { progressProxy } from '../worker-client.ts';
import type { WorkerClients } from '../worker-client.ts';
import { ImportDraft } from './importDraft.svelte.ts';
import type { ProgressBase } from './progressRate.ts';

/** The `data-app-state` hook of SPEC §4. */
export type AppStatus = 'empty' | 'mapping' | 'importing' | 'ready' | 'error';

/** A failure the user sees: cancelling is not one. */
export type AppFailure = Exclude<Failure, { readonly code: 'cancelled' }>;

/** A passing message about what just happened. */
export type AppNotice = 'cancelled';

export type Connect = (onCrash: (message: string) => void) => WorkerClients;

/** The `tierscope` BroadcastChannel as the app uses it (a stand-in in unit tests). */
export interface TabChannel {
  post(message: BroadcastMessage): void;
  listen(handler: (message: BroadcastMessage) => void): void;
}

export interface AppStateOptions {
  readonly connect: Connect;
  readonly channel?: TabChannel | null;
  /** Milliseconds of a monotonic clock, for the import's pace. */
  readonly now?: () => number;
}

/** The import that ran last in this tab, for its summary and its rejected rows. */
export interface LastImport {
  readonly outcome: ImportOutcome;
  readonly name: string;
}

/**
 * What the app shows, and the only UI code that talks to the workers: it restores the last
 * data set, runs the mapping step and imports, follows their progress, asks for results and
 * manages the stored data sets. The data itself stays in the workers.
 */
export class AppState {
  status: AppStatus = $state('empty');
  /** True until the last data set has been reopened (or there was none). */
  restoring = $state(true);
  /** True while the worker reads the heads of picked files. */
  inspecting = $state(false);
  progress: ImportProgress | null = $state.raw(null);
  /** Where the reading of the current file started, and when the latest report came. */
  progressBase: ProgressBase | null = $state.raw(null);
  progressAt = $state(0);
  analysis: OpenedDataset | null = $state.raw(null);
  /** The open data set. */
  dataset: DatasetInfo | null = $state.raw(null);
  datasets: readonly DatasetInfo[] = $state.raw([]);
  draft: ImportDraft | null = $state.raw(null);
  lastImport: LastImport | null = $state.raw(null);
  failure: AppFailure | null = $state.raw(null);
  notice: AppNotice | null = $state(null);
  /** Another tab upgraded the database: this tab must reload. */
  versionChanged = $state(false);
  readonly #workers: WorkerClients;
  readonly #channel: TabChannel | null;
  readonly #now: () => number;
  /** Numbers summary requests, so an answer overtaken by a newer request is dropped. */
  #request = 0;

  constructor({ connect, channel = null, now = () => performance.now() }: AppStateOptions) {
    this.#workers = connect((message) => this.#fail({ ok: false, code: 'internal', message }));
    this.#channel = channel;
    this.#now = now;
    channel?.listen((message) => {
      if (message.type === 'datasets-changed') void this.refreshDatasets();
      else if (message.type === 'version-change') this.versionChanged = true;
    });
  }

  /** The analysis worker, for the views' state classes to ask for their results. */
  get analysisClient(): WorkerClients['analysis'] {
    return this.#workers.analysis;
  }

  /** Reopens the data set opened last (across reloads), and lists the stored ones. */
  async restore(): Promise<boolean> {
    const [last] = await Promise.all([this.#workers.analysis.lastDatasetId(), this.refreshDatasets()]);
    const opened = last.ok && last.value !== null && this.status === 'empty' ? await this.#load(last.value, true) : false;
    this.restoring = false;
    return opened;
  }

  /** Reads the heads of the files picked or dropped and starts the mapping step. */
  async importFiles(files: readonly File[]): Promise<void> {
    if (files.length === 0 || this.status === 'importing' || this.inspecting) return;
    this.inspecting = true;
    this.notice = null;
    const reply = await this.#workers.importer.inspect(files);
    this.inspecting = false;
    if (!reply.ok) return this.#fail(reply);
    const draft = new ImportDraft(reply.value, this.#workers.importer, (failure) => this.#fail(failure));
    this.draft = draft;
    this.status = 'mapping';
    await draft.loadSamples();
  }

  /** Leaves the mapping step for what was shown before it. */
  discardDraft(): void {
    this.draft = null;
    this.status = this.#settled();
  }

  /**
   * Imports the files of the mapping step as confirmed. True when the new data is shown.
   * `overview`: the request the Overview will be asked with then, computed while the data is stored.
   */
  confirmImport(overview?: ViewRequest): Promise<boolean> {
    const draft = this.draft;
    if (draft === null || !draft.ready) return Promise.resolve(false);
    const settings = draft.settings();
    const target = draft.target();
    return this.#import((onProgress) => this.#workers.importer.run(settings, target, draft.currency, onProgress), overview);
  }

  /** Imports the demo export that ships with the app at `appUrl`. True when the new data is shown. */
  openDemo(appUrl: string, overview?: ViewRequest): Promise<boolean> {
    return this.#import((onProgress) => this.#workers.importer.openDemo(appUrl, onProgress), overview);
  }

  /** Stops the running import; what was shown before stays. */
  cancel(): void {
    void this.#workers.importer.cancel();
  }

  /** Leaves the error screen for what was shown before it. */
  dismissError(): void {
    this.failure = null;
    this.draft = null;
    this.status = this.#settled();
  }

  dismissNotice(): void {
    this.notice = null;
  }

  /** Switches to a stored data set. True when it is shown. */
  openDataset(datasetId: string): Promise<boolean> {
    if (this.status === 'importing') return Promise.resolve(false);
    return this.#load(datasetId, false);
  }

  async renameDataset(datasetId: string, name: string): Promise<boolean> {
    const reply = await this.#workers.analysis.rename(datasetId, name.trim());
    if (!reply.ok) {
      this.#fail(reply);
      return false;
    }
    if (this.dataset?.id === datasetId) this.dataset = reply.value;
    await this.#changed();
    return true;
  }

  /** Deletes a stored data set; when it was the open one nothing is shown afterwards. */
  async removeDataset(datasetId: string): Promise<boolean> {
    const reply = await this.#workers.analysis.remove(datasetId);
    if (!reply.ok) {
      this.#fail(reply);
      return false;
    }
    if (this.lastImport?.outcome.datasetId === datasetId) this.lastImport = null;
    if (this.dataset?.id === datasetId) {
      this.#request++;
      this.dataset = null;
      this.analysis = null;
      if (this.status === 'ready') this.status = 'empty';
    }
    await this.#changed();
    return true;
  }

  /** Lists the stored data sets again (another tab may have changed them). */
  async refreshDatasets(): Promise<void> {
    const reply = await this.#workers.analysis.listDatasets();
    // A background refresh that fails (e.g. after another tab upgraded the database) keeps the list shown.
    if (!reply.ok) return;
    this.datasets = reply.value;
    const open = reply.value.find((info) => info.id === this.dataset?.id);
    if (open !== undefined) this.dataset = open;
  }

  /** Every rejected row of the last import in this tab as CSV text, or null when it cannot be had. */
  async rejectedCsv(): Promise<string | null> {
    const reply = await this.#workers.importer.rejectedCsv();
    if (!reply.ok) {
      this.#fail(reply);
      return null;
    }
    return reply.value;
  }

  async #import(run: (onProgress: (p: ImportProgress) => void) => Promise<Reply<ImportOutcome>>, overview: ViewRequest | undefined): Promise<boolean> {
    if (this.status === 'importing') return false;
    void this.#workers.analysis.expectOverview(overview === undefined ? null : ($state.snapshot(overview) as ViewRequest));
    this.status = 'importing';
    this.notice = null;
    this.failure = null;
    this.progress = null;
    this.progressBase = { file: '', time: this.#now(), bytesRead: 0, rows: 0 };
    const reply = await run(progressProxy((progress) => this.#progressed(progress)));
    this.progress = null;
    this.progressBase = null;
    this.draft = null;
    if (!reply.ok) {
      this.#fail(reply);
      return false;
    }
    const shown = await this.#load(reply.value.datasetId, false);
    if (shown) this.lastImport = { outcome: reply.value, name: this.dataset?.name ?? '' };
    // Not awaited: the caller shows the Overview in the same turn the data set becomes ready, so
    // nothing (a click on Import, say) can come between and be undone by that navigation.
    void this.refreshDatasets();
    return shown;
  }

  #progressed(progress: ImportProgress): void {
    const now = this.#now();
    const base = this.progressBase;
    // A new file starts its own pace; the first report of the first file keeps the start time.
    if (base === null || (base.file !== '' && base.file !== progress.file)) {
      this.progressBase = { file: progress.file, time: now, bytesRead: progress.bytesRead, rows: progress.rows };
    } else if (base.file === '') {
      this.progressBase = { ...base, file: progress.file };
    }
    this.progress = progress;
    this.progressAt = now;
  }

  /** Opens a data set; the views then ask for their results (nothing is computed here, so nothing twice). */
  async #load(datasetId: string, quiet: boolean): Promise<boolean> {
    const request = ++this.#request;
    const opened = await this.#workers.analysis.open(datasetId);
    if (request !== this.#request) return false;
    const state = opened.ok ? await this.#workers.analysis.opened() : opened;
    if (request !== this.#request) return false;
    if (!state.ok || !opened.ok) {
      // Reopening at start quietly falls back to the empty state; a data set the user opened says why not.
      if (!quiet && !state.ok) this.#fail(state);
      return false;
    }
    this.dataset = opened.value;
    this.analysis = state.value;
    this.status = 'ready';
    return true;
  }

  /** Tells the other tabs, and lists the data sets again here. */
  async #changed(): Promise<void> {
    this.#channel?.post({ type: 'datasets-changed' });
    await this.refreshDatasets();
  }

  #settled(): AppStatus {
    return this.analysis === null ? 'empty' : 'ready';
  }

  #fail(failure: Failure): void {
    if (failure.code === 'cancelled') {
      this.draft = null;
      this.status = this.#settled();
      this.notice = 'cancelled';
      return;
    }
    this.failure = failure;
    this.status = 'error';
  }
}
