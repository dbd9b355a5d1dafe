import type { Remote } from 'comlink';
import type {
  DateOrder,
  Encoding,
  Failure,
  Field,
  FieldSample,
  ImportSettings,
  ImportWorkerApi,
  PendingFile,
} from '../../worker/index.ts';
import { mappingKind } from './mappingKind.ts';
import type { MappingKind } from './mappingKind.ts';
import { withColumn } from './withColumn.ts';
import { withStatus } from './withStatus.ts';

/**
 * One file of the mapping step: what the worker found in its head, the settings the user is
 * shaping from the proposed ones, and the preview values as those settings read them
 * (asked again from the worker after every change).
 */
export class DraftFile {
  pending: PendingFile = $state.raw() as PendingFile;
  settings: ImportSettings = $state.raw() as ImportSettings;
  samples: readonly FieldSample[] = $state.raw([]);
  /** True while the worker re-reads the head in another encoding. */
  busy = $state(false);
  /** The file's kind and the required fields it lacks under the current mapping. */
  readonly shape: MappingKind = $derived(mappingKind(this.settings.mapping));
  readonly #importer: Remote<ImportWorkerApi>;
  readonly #fail: (failure: Failure) => void;
  /** Numbers sample requests, so an answer overtaken by a newer request is dropped. */
  #request = 0;

  constructor(pending: PendingFile, importer: Remote<ImportWorkerApi>, fail: (failure: Failure) => void) {
    this.pending = pending;
    this.settings = pending.proposed;
    this.#importer = importer;
    this.#fail = fail;
  }

  /** True when the file can be imported as mapped: it has columns and no required field is missing. */
  get complete(): boolean {
    return this.pending.inspection.headers.length > 0 && this.shape.missing.length === 0;
  }

  /** Reads the head again in another encoding; the preview and the proposed mapping start over from it. */
  async setEncoding(encoding: Encoding): Promise<void> {
    this.busy = true;
    const reply = await this.#importer.reinspect(this.pending.index, encoding);
    this.busy = false;
    if (!reply.ok) return this.#fail(reply);
    this.pending = reply.value;
    await this.#update(reply.value.proposed);
  }

  setColumn(field: Field, column: number | null): Promise<void> {
    const mapping = withColumn(this.settings.mapping, field, column);
    return this.#update({ ...this.settings, mapping, kind: mappingKind(mapping).kind });
  }

  setDateOrder(dateOrder: DateOrder): Promise<void> {
    return this.#update({ ...this.settings, dateOrder });
  }

  setStatus(status: string, counted: boolean): Promise<void> {
    return this.#update({ ...this.settings, revenueStatuses: withStatus(this.settings.revenueStatuses, status, counted) });
  }

  /** Asks for the preview values as the current settings read them. */
  async loadSamples(): Promise<void> {
    const request = ++this.#request;
    const reply = await this.#importer.samples(this.pending.index, $state.snapshot(this.settings) as ImportSettings);
    if (request !== this.#request) return;
    if (!reply.ok) return this.#fail(reply);
    this.samples = reply.value;
  }

  #update(settings: ImportSettings): Promise<void> {
    this.settings = settings;
    return this.loadSamples();
  }
}
