import type { Dataset } from '../core/index.ts';
import { isQuotaError } from '../db/index.ts';
import type { DatasetWithOrderIds, FileRowCountsRecord, SourceFileRecord } from '../db/index.ts';
import type { FileReport } from '../import/index.ts';
import { importReport } from './importReport.ts';
import type { Store } from './store.ts';
import { WorkerIssue } from './workerIssue.ts';

/** What IndexedDB can say about its room (navigator.storage.estimate()). */
export interface StorageEstimate {
  readonly usage?: number;
  readonly quota?: number;
}

export interface StoreRequest {
  readonly dataset: DatasetWithOrderIds;
  readonly name: string;
  readonly files: readonly SourceFileRecord[];
  /** Row counts per file, in the order of `files`. */
  readonly rows: readonly FileRowCountsRecord[];
  /** Reports per file, in the order of `files` (empty for files stored before schema v3). */
  readonly reports: readonly FileReport[];
  readonly currency: string | null;
  /** The data set the new one replaces in the commit (an append), if any. */
  readonly replaces?: string;
  readonly signal: AbortSignal;
  readonly estimate: () => Promise<StorageEstimate>;
}

/**
 * Writes a data set under a staging id and commits it: nothing is visible before the commit,
 * and a failure, a full disk or a cancel (checked between write transactions) removes the
 * staging set, leaving every stored data set as it was. Returns the new id. A full disk is
 * the issue `storageQuota` with the bytes the columns need and what the browser reports.
 */
export async function storeDataset(store: Store, request: StoreRequest): Promise<string> {
  const { dataset, name, files, rows, reports, currency, replaces, signal, estimate } = request;
  let stagingId: string | null = null;
  try {
    stagingId = await store.datasets.beginImport({ name, files, currency });
    await store.datasets.writeDataset(stagingId, dataset, signal);
    signal.throwIfAborted();
    await store.datasets.commitImport(stagingId, {
      rows,
      rowCount: dataset.transactions.length,
      customerCount: dataset.customers.length,
      orderCount: dataset.orderCount,
      surveyCount: dataset.surveys?.length ?? 0,
      report: importReport(reports),
      replaces,
    });
    return stagingId;
  } catch (error) {
    // The repository removes a staging set whose write failed; a cancel between writes is ours to remove.
    if (stagingId !== null) await store.datasets.abortImport(stagingId).catch(() => undefined);
    if (isQuotaError(error)) throw new WorkerIssue({ code: 'storageQuota', params: await quotaParams(dataset, estimate) });
    throw error;
  }
}

/** Bytes of the typed columns (the bulk of what is written). */
function columnBytes({ transactions, surveys }: Dataset): number {
  const surveyBytes = surveys === undefined ? 0 : surveys.customer.byteLength + surveys.day.byteLength + surveys.score.byteLength;
  return transactions.customer.byteLength + transactions.day.byteLength + transactions.amount.byteLength + transactions.order.byteLength + surveyBytes;
}

async function quotaParams(dataset: Dataset, estimate: () => Promise<StorageEstimate>): Promise<Record<string, number>> {
  const params: Record<string, number> = { needed: columnBytes(dataset) };
  const { usage, quota } = await estimate().catch((): StorageEstimate => ({}));
  if (usage !== undefined) params.usage = usage;
  if (quota !== undefined) params.quota = quota;
  return params;
}
