/**
 * The two workers' surfaces as the UI sees them (through Comlink). The import worker
 * reads files and writes data sets to IndexedDB; the analysis worker loads a stored data
 * set and computes results. Only these shapes cross the thread boundary: no rows, no
 * typed arrays of the data set.
 */
import type {
  Encoding,
  Field,
  FileInspection,
  FileReport,
  ImportProgress,
  ImportSettings,
  RowCounts,
} from '../import/index.ts';
import type { ViewRequest } from '../core/index.ts';
import type { Reply } from './reply.ts';
import type { AllocationApi } from './views/allocationHandlers.ts';
import type { ConcentrationApi } from './views/concentrationHandlers.ts';
import type { CustomersApi } from './views/customersHandlers.ts';
import type { LifecycleApi } from './views/lifecycleHandlers.ts';
import type { RiskApi } from './views/riskHandlers.ts';
import type { SatisfactionApi } from './views/satisfactionHandlers.ts';
import type { TiersApi } from './views/tiersHandlers.ts';

/** A file waiting in the mapping step. */
export interface PendingFile {
  /** Position in the list of files given to `inspect`. */
  readonly index: number;
  readonly inspection: FileInspection;
  /** Settings proposed for the import: the inspection's, or the ones remembered for this header signature. */
  readonly proposed: ImportSettings;
  /** True when `proposed` comes from a mapping the user confirmed before for the same headers. */
  readonly remembered: boolean;
  /** ISO 4217 code guessed from a currency column or the amount cells (`¥` → CNY), or null. */
  readonly currency: string | null;
}

/** How one preview value reads under the chosen settings. */
export interface SampleValue {
  readonly raw: string;
  /** Canonical text (`2024-03-05`, `-1234.5`) or null when the value cannot be read. */
  readonly parsed: string | null;
}

/** The preview values of one mapped field, as understood (dates and amounts parsed). */
export interface FieldSample {
  readonly field: Field;
  readonly column: string | null;
  readonly values: readonly SampleValue[];
}

export type ImportTarget =
  | { readonly mode: 'new'; readonly name: string }
  | { readonly mode: 'append'; readonly datasetId: string };

export interface ImportOutcome {
  readonly datasetId: string;
  readonly rows: RowCounts;
  readonly reports: readonly FileReport[];
  /** Rows left out when appending because the data set already had them (order_id+customer_id+date+amount). */
  readonly duplicatesSkipped: number;
}

/** A stored data set as the data set list shows it. */
export interface DatasetInfo {
  readonly id: string;
  readonly name: string;
  /** Epoch milliseconds. */
  readonly created: number;
  readonly updated: number;
  readonly files: readonly { readonly name: string; readonly size: number; readonly encoding: string; readonly kind: string }[];
  readonly rows: RowCounts;
  readonly rowCount: number;
  readonly customerCount: number;
  /** ISO 4217 code chosen in the mapping step, or null for plain numbers. */
  readonly currency: string | null;
}

/** The Overview's numbers for the open data set. */
/** The open data set as the page keeps it: its id, and the row counts and reports of its import. */
export interface OpenedDataset {
  readonly datasetId: string;
  readonly rows: RowCounts;
  readonly reports: readonly FileReport[];
}


export type ProgressCallback = (progress: ImportProgress) => void;

export interface ImportWorkerApi {
  /** Reads the head of each file and proposes settings; starts a new pending import. */
  inspect(files: readonly File[]): Promise<Reply<readonly PendingFile[]>>;
  /** Reads one pending file's head again with a forced encoding (the preview changes). */
  reinspect(index: number, encoding: Encoding): Promise<Reply<PendingFile>>;
  /** The pending file's preview values of every mapped field, read with these settings. */
  samples(index: number, settings: ImportSettings): Promise<Reply<readonly FieldSample[]>>;
  /** Imports the pending files with the confirmed settings (one per file, same order) into a staged data set, then commits it. */
  run(
    settings: readonly ImportSettings[],
    target: ImportTarget,
    currency: string | null,
    onProgress?: ProgressCallback,
  ): Promise<Reply<ImportOutcome>>;
  /** Imports the demo export shipped under `appUrl` with the proposed settings, as a new data set. */
  openDemo(appUrl: string, onProgress?: ProgressCallback): Promise<Reply<ImportOutcome>>;
  /** Serves the columns of each commit to the analysis worker's `connectImport` port. */
  connectAnalysis(port: MessagePort): void;
  /** Stops the running import within a second; nothing stored changes. */
  cancel(): void;
  /** Every rejected row of the last import as CSV text, cells escaped against formula injection. */
  rejectedCsv(): Promise<Reply<string>>;
}

export interface AnalysisWorkerApi
  extends ConcentrationApi,
    TiersApi,
    LifecycleApi,
    RiskApi,
    SatisfactionApi,
    AllocationApi,
    CustomersApi {
  listDatasets(): Promise<Reply<readonly DatasetInfo[]>>;
  /** The data set opened last (remembered across reloads), or null. */
  lastDatasetId(): Promise<Reply<string | null>>;
  /** Loads a stored data set's column chunks into memory and remembers it as the last one. */
  open(datasetId: string): Promise<Reply<DatasetInfo>>;
  /** Takes a just-imported data set's columns from the import worker on `port` instead of reading them back. */
  connectImport(port: MessagePort): void;
  /** The Overview request the page will send once the import starting now is done: computed while its columns are stored. */
  expectOverview(request: ViewRequest | null): void;
  /** The open data set's id, row counts and reports, without computing anything. */
  opened(): Promise<Reply<OpenedDataset>>;
  rename(datasetId: string, name: string): Promise<Reply<DatasetInfo>>;
  /** Deletes a data set; when it was the open one, nothing is open afterwards. */
  remove(datasetId: string): Promise<Reply<null>>;
}

/** Messages on the `tierscope` BroadcastChannel, between tabs and between a tab's workers and UI. */
export type BroadcastMessage =
  | { readonly type: 'datasets-changed' }
  /** Another tab upgraded the database: this tab's connections closed; the UI asks to reload. */
  | { readonly type: 'version-change' };

export const BROADCAST_CHANNEL = 'tierscope';
