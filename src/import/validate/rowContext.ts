import type { DatasetBuilder } from '../datasetBuilder.ts';
import type { ColumnMapping } from '../types.ts';
import type { DateColumnReader } from './dateColumnReader.ts';
import type { FileTally } from './fileTally.ts';

/** What a row handler needs to validate a data row and store it. */
export interface RowContext {
  readonly file: string;
  /** The header row's cells: rejections name the column as written. */
  readonly headers: readonly string[];
  readonly mapping: ColumnMapping;
  readonly revenueStatuses: readonly string[];
  readonly dates: DateColumnReader;
  readonly builder: DatasetBuilder;
  readonly tally: FileTally;
}

/** Validates and stores the data rows of one kind of file. */
export interface RowHandler {
  handle(record: readonly string[], row: number): void;
}
