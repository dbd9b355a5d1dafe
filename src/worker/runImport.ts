import { headerSignature } from '../import/index.ts';
import type { ByteSource, FileInspection, FileReport, ImportedDataset, ImportSettings, TailReader } from '../import/index.ts';
import type { DatasetRecord, DatasetWithOrderIds, FileRowCountsRecord, SourceFileRecord } from '../db/index.ts';
import type { Dataset } from '../core/index.ts';
import { buildDataset } from './buildDataset.ts';
import { hashFiles } from './hashFiles.ts';
import type { ImportOutcome, ImportTarget, ProgressCallback } from './contracts.ts';
import { storedReports } from './importReport.ts';
import { assertFitsMemory } from './memoryCheck.ts';
import type { RejectedRows } from './rejectedRowsCsv.ts';
import { rememberSettings } from './rememberedSettings.ts';
import { LAST_DATASET_KEY } from './store.ts';
import type { Broadcaster, Store } from './store.ts';
import { storeDataset } from './storeDataset.ts';
import type { StorageEstimate } from './storeDataset.ts';
import { sumRowCounts } from './sumRowCounts.ts';
import { WorkerIssue } from './workerIssue.ts';

export interface RunRequest {
  readonly sources: readonly ByteSource[];
  /** The inspection of each source (headers, encoding guess, head for the size estimate). */
  readonly inspections: readonly FileInspection[];
  /** The confirmed settings of each source. */
  readonly settings: readonly ImportSettings[];
  readonly target: ImportTarget;
  readonly currency: string | null;
  readonly signal: AbortSignal;
  readonly onProgress?: ProgressCallback;
  /** Remember each file's settings for its header signature (not for the demo, which the user never confirmed). */
  readonly remember: boolean;
  /** Per source, a reader for the second half of a large file (none: read in one piece). */
  readonly readTails?: readonly (TailReader | undefined)[];
  /** Hears of the data set once built, before it is stored. */
  readonly onBuilt?: (dataset: ImportedDataset) => void;
}

export interface RunDeps {
  readonly store: Store;
  readonly broadcast: Broadcaster;
  /** Bytes of column memory an import may use. */
  readonly memoryBudget: number;
  readonly estimateStorage: () => Promise<StorageEstimate>;
}

export interface RunResult {
  readonly outcome: ImportOutcome;
  /** The columns committed as `outcome.datasetId`. */
  readonly dataset: Dataset;
  readonly rejected: RejectedRows;
  /** Hashes the files and stores the hashes (never rejects); the caller chooses when (see hashFiles). */
  readonly hash: () => Promise<void>;
}

interface AppendBase {
  readonly record: DatasetRecord;
  readonly dataset: DatasetWithOrderIds;
  readonly reports: readonly FileReport[];
}

/**
 * One import from files to a committed data set: refuse what will not fit in memory, stream
 * every file into one builder (on append, after the stored rows, leaving out duplicates),
 * write the result as a staged data set and commit it (on append, replacing the old one in
 * the same transaction: the merged set gets a new id). Then remember the mappings and the
 * data set as the last one opened, tell every tab, and start hashing the files.
 */
export async function runImport(request: RunRequest, deps: RunDeps): Promise<RunResult> {
  const { sources, inspections, settings, target, currency, signal, onProgress, remember, readTails, onBuilt } = request;
  const { store, broadcast, memoryBudget, estimateStorage } = deps;
  if (settings.length !== sources.length || inspections.length !== sources.length) {
    throw new RangeError(`${settings.length} settings and ${inspections.length} inspections for ${sources.length} files`);
  }
  const base = target.mode === 'append' ? await appendBase(store, target.datasetId) : null;
  assertFitsMemory(inspections, base?.dataset.transactions.length ?? 0, memoryBudget);

  const built = await buildDataset(
    sources.map((source, i) => ({
      source,
      settings: settings[i],
      certainEncoding: inspections[i].encodingCertain || settings[i].encoding !== inspections[i].encoding,
      readTail: readTails?.[i],
    })),
    { existing: base?.dataset ?? null, signal, onProgress },
  );
  const { reports } = built;
  onBuilt?.(built.dataset);

  const storedFiles = base?.record.files ?? [];
  // Hashing reads every file a second time: it runs after the commit (see hashFiles), '' until then.
  const files = sources.map((source, i) => sourceFileRecord(source, inspections[i], settings[i], reports[i]));
  const rows = reports.map(({ file, rows }): FileRowCountsRecord => ({ file, ...rows }));
  const datasetId = await storeDataset(store, {
    dataset: built.dataset,
    name: base?.record.name ?? (target.mode === 'new' ? target.name : ''),
    files: [...storedFiles, ...files],
    rows: [...(base?.record.rows ?? []), ...rows],
    reports: [...(base?.reports ?? []), ...reports],
    // An append keeps the data set's currency unless it had none.
    currency: base?.record.currency ?? currency,
    replaces: base?.record.id,
    signal,
    estimate: estimateStorage,
  });

  await afterCommit(store, datasetId, remember ? inspections.map((inspection, i) => [inspection, settings[i]] as const) : []);
  broadcast.postMessage({ type: 'datasets-changed' });
  let rejectedTotal = 0;
  for (const report of reports) rejectedTotal += report.rows.rejected;
  return {
    outcome: { datasetId, rows: sumRowCounts(reports.map((report) => report.rows)), reports, duplicatesSkipped: built.duplicatesSkipped },
    dataset: built.dataset,
    rejected: { issues: built.rejections.issues, total: rejectedTotal },
    hash: () => hashFiles(store, datasetId, sources.map((source, i) => ({ index: storedFiles.length + i, source }))),
  };
}

async function appendBase(store: Store, datasetId: string): Promise<AppendBase> {
  const record = await store.datasets.getDataset(datasetId);
  const dataset = record === undefined ? null : await store.datasets.loadDatasetWithOrderIds(datasetId);
  if (record === undefined || dataset === null) throw new WorkerIssue({ code: 'datasetNotFound' });
  return { record, dataset, reports: storedReports(await store.datasets.getReport(datasetId)) };
}

function sourceFileRecord(
  source: ByteSource,
  inspection: FileInspection,
  settings: ImportSettings,
  report: FileReport,
): SourceFileRecord {
  return {
    name: source.name,
    size: source.size,
    sha256: '',
    // The encoding the file was read with (a guessed UTF-8 may have fallen back to GB18030).
    encoding: report.encoding,
    delimiter: settings.delimiter,
    kind: settings.kind,
    mapping: {
      headerRow: settings.headerRow,
      headers: inspection.headers,
      columns: { ...settings.mapping },
      dateOrder: report.dateOrder,
      revenueStatuses: settings.revenueStatuses,
    },
  };
}

/**
 * The data set is committed: what follows is convenience (the next mapping step, the next
 * start), so a failure here is logged, not answered as a failed import.
 */
async function afterCommit(
  store: Store,
  datasetId: string,
  confirmed: readonly (readonly [FileInspection, ImportSettings])[],
): Promise<void> {
  try {
    for (const [inspection, settings] of confirmed) {
      await store.mappings.remember(headerSignature(inspection.headers), rememberSettings(settings));
    }
    await store.settings.set(LAST_DATASET_KEY, datasetId);
  } catch (error) {
    console.error(error);
  }
}
