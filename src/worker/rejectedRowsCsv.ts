import { toCsv } from '../core/index.ts';
import type { CsvCell, Issue } from '../core/index.ts';

/** Every rejection of an import, as far as the log kept them (`issues`), and how many there were (`total`). */
export interface RejectedRows {
  readonly issues: readonly Issue[];
  readonly total: number;
}

const HEADER: readonly CsvCell[] = ['file', 'row', 'column', 'value', 'reason'];

/**
 * The rejected rows as CSV: file, row, column, value and the reason's code (the worker holds
 * no sentences; the code is the one the import summary translates). When the log was cut,
 * a last line says how many rows it left out: reason `moreRowsNotListed`, value the count.
 * Starts with a BOM so spreadsheet apps read the UTF-8 text (Chinese headers) correctly.
 */
export function rejectedRowsCsv({ issues, total }: RejectedRows): string {
  const rows: (readonly CsvCell[])[] = [HEADER];
  for (const { file = '', row, column = '', value = '', code } of issues) rows.push([file, row ?? '', column, value, code]);
  if (total > issues.length) rows.push(['', '', '', total - issues.length, 'moreRowsNotListed']);
  return `\ufeff${toCsv(rows)}`;
}
