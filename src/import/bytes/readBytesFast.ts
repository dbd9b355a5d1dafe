import type { ByteSource, Delimiter } from '../types.ts';
import { ImportAborted } from '../importAborted.ts';
import type { RecordRouter } from '../recordRouter.ts';
import { ByteCell, recordTexts } from './byteCell.ts';
import { ByteRecordReader } from './byteRecordReader.ts';
import type { ByteRecords } from './byteRecordReader.ts';
import { FastTransactionRows } from './fastTransactionRows.ts';

/**
 * Bytes read before they are scanned: browsers stream files in 64 KiB chunks, and each scan
 * copies the unfinished record before it and sets up its output, so fewer, larger ones cost less.
 */
const BATCH_BYTES = 1 << 20;

export interface FastReadOptions {
  readonly delimiter: Delimiter;
  /** Bytes that are not UTF-8 throw UndecodableBytes (a guessed encoding) rather than decline. */
  readonly strict: boolean;
  /** Transaction rows may take the byte path; other kinds' rows all go through the router. */
  readonly transactions: boolean;
  readonly signal?: AbortSignal;
  /** Called after each batch of chunks with the bytes read so far. */
  readonly onChunk?: (bytesRead: number) => void;
}

/**
 * Reads a UTF-8 source from bytes: the records of the byte-level reader go to the router as
 * the plain reader's records would, except the transaction rows FastTransactionRows takes
 * directly. Throws FastPathDeclined for a file the byte-level reader does not read exactly.
 */
export async function readBytesFast(source: ByteSource, router: RecordRouter, options: FastReadOptions): Promise<void> {
  const { delimiter, strict, transactions, signal, onChunk } = options;
  const reader = new ByteRecordReader(delimiter, strict);
  const cell = new ByteCell();
  let fast: FastTransactionRows | null = null;
  let decided = false;
  let row = 1;
  let bytesRead = 0;

  const route = (records: ByteRecords): void => {
    for (let r = 0; r < records.count; r++, row++) {
      if (fast !== null && fast.tryAccept(records, r)) continue;
      router.take(recordTexts(records, r, cell), row);
      if (!decided && router.context !== null && router.classifier !== null) {
        decided = true;
        if (transactions && FastTransactionRows.applies(router.context)) fast = new FastTransactionRows(router.context, router.classifier);
      }
    }
  };

  if (signal?.aborted) throw new ImportAborted();
  const pending: Uint8Array[] = [];
  let pendingBytes = 0;
  const flush = (): void => {
    route(reader.push(...pending));
    bytesRead += pendingBytes;
    pending.length = pendingBytes = 0;
    onChunk?.(bytesRead);
  };
  for await (const chunk of source.open()) {
    if (signal?.aborted) throw new ImportAborted();
    pending.push(chunk);
    pendingBytes += chunk.length;
    if (pendingBytes >= BATCH_BYTES) flush();
  }
  if (pendingBytes > 0) flush();
  route(reader.finish());
}
