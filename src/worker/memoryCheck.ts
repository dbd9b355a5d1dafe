import type { FileInspection } from '../import/index.ts';
import { WorkerIssue } from './workerIssue.ts';

/**
 * Bytes of memory one transaction row may take at the peak of an import: the builder's
 * columns (customer, day, order 4 bytes each, amount 8, name and five dimension codes 4 each
 * = 44), up to twice that while a column grows by doubling, and the trimmed copies `build`
 * makes (20); rounded up for the dictionaries' strings.
 */
export const PEAK_BYTES_PER_ROW = 128;

/** Column memory an import may use when the engine says nothing smaller. */
export const DEFAULT_MEMORY_BUDGET = 1.5 * 2 ** 30;

/** The budget: the default, or 3/4 of the JS heap limit where the engine tells it (Chromium's performance.memory). */
export function memoryBudget(heapLimit: number | undefined): number {
  return heapLimit === undefined || !(heapLimit > 0) ? DEFAULT_MEMORY_BUDGET : Math.min(DEFAULT_MEMORY_BUDGET, heapLimit * 0.75);
}

/**
 * Rows a file probably holds: its size over the bytes per row of the inspected head. A
 * row's bytes are estimated as its characters (two per character in UTF-16), which is at
 * most the real size in the other encodings, so the estimate errs towards more rows.
 */
export function estimateRows(inspection: FileInspection): number {
  const { preview, headers, size, encoding } = inspection;
  const sample = preview.length > 0 ? preview : [headers];
  let chars = 0;
  for (const row of sample) for (const cell of row) chars += cell.length + 1;
  const perRow = Math.max(1, chars / sample.length) * (encoding.startsWith('utf-16') ? 2 : 1);
  return Math.ceil(size / perRow);
}

/**
 * Refuses up front, before any row is read, an import whose rows (the files' estimates
 * plus `existingRows` already in memory when appending) would not fit the budget: the
 * issue `fileTooLarge` names the first file that goes over it.
 */
export function assertFitsMemory(inspections: readonly FileInspection[], existingRows: number, budgetBytes: number): void {
  const limitRows = Math.floor(budgetBytes / PEAK_BYTES_PER_ROW);
  let estimatedRows = existingRows;
  for (const inspection of inspections) {
    estimatedRows += estimateRows(inspection);
    if (estimatedRows > limitRows) {
      throw new WorkerIssue({
        code: 'fileTooLarge',
        file: inspection.file,
        params: { size: inspection.size, estimatedRows, limitRows },
      });
    }
  }
}
