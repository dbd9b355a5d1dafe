import { DatasetBuilder } from './datasetBuilder.ts';
import { ImportAborted } from './importAborted.ts';
import { importFile } from './importFile.ts';
import { ImportRefused } from './importRefused.ts';
import { importSettings } from './importSettings.ts';
import { inspectFile } from './inspectFile.ts';
import { normalizeHeader } from './mapping/index.ts';
import type { ByteSource, Encoding, Field, FileInspection, FileKind, FileReport, ImportProgress, ImportedDataset } from './types.ts';

export interface ImportFilesOptions {
  /** Forced encoding for every file (user or CLI). */
  readonly encoding?: Encoding;
  /** Field → header, over the automatic mapping of every file that has that header. */
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
  const used = new Set<Field>();
  for (const source of sources) {
    if (signal?.aborted) throw new ImportAborted();
    let inspection = await inspectFile(source, { encoding });
    const own = overridesFor(inspection.headers, overrides);
    if (own.size > 0) inspection = await inspectFile(source, { encoding, overrides: own });
    if (inspection.problem !== null) throw new ImportRefused(inspection.problem);
    for (const field of own.keys()) used.add(field);
    inspections.push(inspection);
  }
  // An override whose header no file has is a typo: refuse with the first file's columns to choose from.
  for (const [field, header] of overrides ?? []) {
    if (used.has(field) || header === '' || inspections.length === 0) continue;
    const { file, headers } = inspections[0];
    throw new ImportRefused({ code: 'mapHeaderNotFound', file, column: header, params: { field, headers: headers.join(', ') } });
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

/**
 * The overrides that apply to a file: those naming one of its headers (or clearing a field).
 * Orders plus a customer master file share one `--map`, and each file takes its part.
 */
function overridesFor(headers: readonly string[], overrides: ReadonlyMap<Field, string> | undefined): Map<Field, string> {
  const names = new Set(headers.map(normalizeHeader));
  return new Map([...(overrides ?? [])].filter(([, header]) => header === '' || names.has(normalizeHeader(header))));
}
