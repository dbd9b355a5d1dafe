import type { DatasetRecord } from '../db/index.ts';
import type { DatasetInfo } from './contracts.ts';
import { sumRowCounts } from './sumRowCounts.ts';

/** A stored data set as the list shows it (no column data, no report). */
export function datasetInfo(record: DatasetRecord): DatasetInfo {
  const { id, name, created, updated, files, rows, rowCount, customerCount, currency = null } = record;
  return {
    id,
    name,
    created,
    updated,
    files: files.map(({ name, size, encoding, kind }) => ({ name, size, encoding, kind })),
    rows: sumRowCounts(rows),
    rowCount,
    customerCount,
    currency,
  };
}
