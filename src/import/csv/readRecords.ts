import type { Delimiter } from '../types.ts';
import { CsvRecordReader } from './csvRecordReader.ts';

export interface RecordBatch {
  readonly records: string[][];
  /** 1-based record number of `records[0]` (the row number a spreadsheet shows). */
  readonly first: number;
}

/** CSV records of a stream of text chunks, in batches (one per chunk that completes records). */
export async function* readRecords(texts: AsyncIterable<string>, delimiter: Delimiter): AsyncGenerator<RecordBatch> {
  const reader = new CsvRecordReader(delimiter);
  let next = 1;
  for await (const text of texts) {
    const records = reader.push(text);
    if (records.length === 0) continue;
    yield { records, first: next };
    next += records.length;
  }
  const records = reader.finish();
  if (records.length > 0) yield { records, first: next };
}
