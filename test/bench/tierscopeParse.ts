import { DatasetBuilder, importFile, importSettings, inspectFile } from '../../src/import/index.ts';
import { fileSource } from '../../src/worker/fileSource.ts';
import { TailWorkers } from '../../src/worker/tailWorkers.ts';
import type { TierscopeParseResult } from './referenceResults.ts';

// Started with this worker, as the import worker starts its own.
const tails = new TailWorkers(() => new Worker(new URL('../../src/worker/tailWorker.ts', import.meta.url), { type: 'module' }));
tails.warm();

/**
 * The product's import stage without storage or UI: the proposal of the mapping step
 * (inspectFile → importSettings), the file streamed through importFile into a DatasetBuilder
 * (the second half of a large file read by a tail worker, as in the app), then the columns
 * built — as src/import/importFiles.ts and the import worker put them together.
 */
export async function tierscopeParse(file: File): Promise<TierscopeParseResult> {
  const source = fileSource(file);
  const start = performance.now();
  const inspection = await inspectFile(source);
  if (inspection.problem !== null) throw new Error(`The file cannot be imported: ${inspection.problem.code}`);
  const inspected = performance.now();
  const builder = new DatasetBuilder();
  const report = await importFile(source, importSettings(inspection), builder, { certainEncoding: inspection.encodingCertain, readTail: tails.reader(file) });
  const imported = performance.now();
  const dataset = builder.build();
  const built = performance.now();
  return {
    inspectMs: inspected - start,
    importMs: imported - inspected,
    buildMs: built - imported,
    dataRows: report.rows.total,
    accepted: report.rows.accepted,
    customers: dataset.customers.length,
  };
}
