import { DatasetBuilder } from './datasetBuilder.ts';
import { ImportAborted } from './importAborted.ts';
import { importFile } from './importFile.ts';
import { ImportRefused } from './importRefused.ts';
import { importSettings } from './importSettings.ts';
import { inspectFile } from './inspectFile.ts';
import type { ByteSource, Encoding, Field, FileInspection, FileKind, FileReport, ImportProgress, ImportedDataset } from './types.ts';

export interface ImportFilesOptions {
  /** Forced encoding for every file (user or CLI). */
  readonly encoding?: Encoding;
  /** Field → header, over the automatic mapping of every file. */
  readonly overrides?: ReadonlyMap<Field, string>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
}

export interface ImportedFiles {
  readonly dataset: ImportedDataset;
  /** One per source, in the order given. */
  readonly inspections: FileInspection[];
  /** One per source, in the order given. */
  readonly reports: FileReport[];
}

/** Master files first, then transactions, then surveys. */
const KIND_ORDER: Readonly<Record<FileKind, number>> = { customers: 0, transactions: 1, survey: 2 };

/**
 * Inspects every file, refuses the lot (ImportRefused) when one cannot be imported, then
 * imports all into one data set with the settings the inspections propose. Customer master
 * files go first, so the customer table lists their customers first; their attributes win
 * over transaction rows in any order.
 */
export async function importFiles(sources: readonly ByteSource[], options: ImportFilesOptions = {}): Promise<ImportedFiles> {
  const { encoding, overrides, signal, onProgress } = options;
  const inspections: FileInspection[] = [];
  for (const source of sources) {
    if (signal?.aborted) throw new ImportAborted();
    const inspection = await inspectFile(source, { encoding, overrides });
    if (inspection.problem !== null) throw new ImportRefused(inspection.problem);
    inspections.push(inspection);
  }

  const builder = new DatasetBuilder();
  const reports: FileReport[] = new Array(sources.length);
  const order = sources.map((_, i) => i).sort((a, b) => KIND_ORDER[inspections[a].kind] - KIND_ORDER[inspections[b].kind] || a - b);
  for (const i of order) {
    reports[i] = await importFile(sources[i], importSettings(inspections[i]), builder, {
      signal,
      onProgress,
      certainEncoding: inspections[i].encodingCertain,
    });
  }
  return { dataset: builder.build(), inspections, reports };
}
