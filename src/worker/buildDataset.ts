import type { DatasetWithOrderIds } from '../db/index.ts';
import { DatasetBuilder, ImportAborted, ImportRefused, importFile } from '../import/index.ts';
import type { ByteSource, FileKind, FileReport, ImportedDataset, ImportSettings, RejectionLog, TailReader } from '../import/index.ts';
import { AppendBuilder } from './appendBuilder.ts';
import type { ProgressCallback } from './contracts.ts';

/** Rejections kept for the download, over all files of an import. */
export const REJECTION_LOG_LIMIT = 1_000_000;

export interface SourceToImport {
  readonly source: ByteSource;
  readonly settings: ImportSettings;
  /** The encoding came from a BOM or the user (no GB18030 fallback). */
  readonly certainEncoding: boolean;
  /** Reads the second half of a large file in another worker (see importFile). */
  readonly readTail?: TailReader;
}

export interface BuildOptions {
  /** The stored data set to append to, or null for a new one. */
  readonly existing: DatasetWithOrderIds | null;
  readonly signal: AbortSignal;
  readonly onProgress?: ProgressCallback;
}

export interface Built {
  readonly dataset: ImportedDataset;
  /** One per source, in the order given. */
  readonly reports: FileReport[];
  readonly rejections: RejectionLog;
  /** New transaction rows left out because `existing` had them. */
  readonly duplicatesSkipped: number;
}

/** Master files first (their customers lead the table, their attributes win), then transactions, then surveys. */
const KIND_ORDER: Readonly<Record<FileKind, number>> = { customers: 0, transactions: 1, survey: 2 };

const REQUIRED: Readonly<Record<FileKind, readonly ('customer_id' | 'date' | 'amount' | 'score')[]>> = {
  transactions: ['customer_id', 'date', 'amount'],
  customers: ['customer_id'],
  survey: ['customer_id', 'date', 'score'],
};

/**
 * Streams every source into one builder (never a whole file in memory). Progress adds up
 * over the files: bytes and rows of the files done plus the current one, out of the total
 * size, so the UI can show one rate and one time left for the whole import.
 */
export async function buildDataset(sources: readonly SourceToImport[], options: BuildOptions): Promise<Built> {
  const { existing, signal, onProgress } = options;
  for (const { source, settings } of sources) assertMapped(source.name, settings);
  const builder = existing === null ? new DatasetBuilder() : new AppendBuilder(existing);
  const rejections: RejectionLog = { issues: [], limit: REJECTION_LOG_LIMIT };
  const bytesTotal = sources.reduce((sum, { source }) => sum + source.size, 0);
  let bytesDone = 0;
  let rowsDone = 0;

  const reports: FileReport[] = new Array(sources.length);
  const order = sources
    .map((_, i) => i)
    .sort((a, b) => KIND_ORDER[sources[a].settings.kind] - KIND_ORDER[sources[b].settings.kind] || a - b);
  for (const i of order) {
    if (signal.aborted) throw new ImportAborted();
    const { source, settings, certainEncoding, readTail } = sources[i];
    reports[i] = await importFile(source, settings, builder, {
      signal,
      certainEncoding,
      readTail,
      rejectionLog: rejections,
      onProgress: onProgress && ((p) => onProgress({ ...p, bytesRead: bytesDone + p.bytesRead, bytesTotal, rows: rowsDone + p.rows })),
    });
    bytesDone += source.size;
    rowsDone += reports[i].rows.total;
  }

  const dataset = builder.build();
  const existingRows = existing?.transactions.length ?? 0;
  // Every accepted transaction row was either added or left out as a duplicate.
  let accepted = 0;
  for (const report of reports) if (report.kind === 'transactions') accepted += report.rows.accepted;
  return { dataset, reports, rejections, duplicatesSkipped: accepted - (dataset.transactions.length - existingRows) };
}

/** A file whose required fields are not all mapped is refused before anything is read (the UI blocks this too). */
function assertMapped(file: string, { kind, mapping }: ImportSettings): void {
  const missing = REQUIRED[kind].filter((field) => mapping[field] === undefined);
  if (missing.length > 0) {
    throw new ImportRefused({ code: 'missingRequiredColumns', file, params: { missing: missing.join(', '), headers: '', expected: '' } });
  }
}
