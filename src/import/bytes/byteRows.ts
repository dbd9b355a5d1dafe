import type { ByteSource, Delimiter } from '../types.ts';
import { ImportAborted } from '../importAborted.ts';
import type { RecordRouter } from '../recordRouter.ts';
import { ByteCell, recordTexts } from './byteCell.ts';
import { ByteRecordReader } from './byteRecordReader.ts';
import type { ByteRecords } from './byteRecordReader.ts';
import { FastTransactionRows } from './fastTransactionRows.ts';

/**
 * Bytes read before they are scanned (the chunk size asked of a source that reuses its memory):
 * browsers stream files in 64 KiB chunks, and each scan copies the unfinished record before it and
 * sets up its output, so fewer, larger ones cost less.
 */
const BATCH_BYTES = 1 << 20;

export interface ByteRowsOptions {
  readonly delimiter: Delimiter;
  /** Bytes that are not UTF-8 throw UndecodableBytes (a guessed encoding) rather than decline. */
  readonly strict: boolean;
  /** Transaction rows may take the byte path; other kinds' rows all go through the router. */
  readonly transactions: boolean;
  /** False for the tail of a split file: the bytes start with a record, not with the file (default true). */
  readonly startsFile?: boolean;
  /** Bytes to be read in all, when known: the first batch then tells how many rows to expect. */
  readonly expectedBytes?: number;
  readonly signal?: AbortSignal;
}

/**
 * Reads a UTF-8 file from bytes: the records of the byte-level reader go to the router as the
 * plain reader's records would, except the transaction rows FastTransactionRows takes
 * directly. The bytes may come from several sources read one after another (the parts of a
 * file); `finish` takes the last record. Throws FastPathDeclined for a file the byte-level
 * reader does not read exactly.
 */
export class ByteRows {
  readonly #router: RecordRouter;
  readonly #options: ByteRowsOptions;
  readonly #reader: ByteRecordReader;
  readonly #cell = new ByteCell();
  #fast: FastTransactionRows | null = null;
  #decided = false;
  #expected = false;
  #rows = 0;
  #bytesRead = 0;

  constructor(router: RecordRouter, options: ByteRowsOptions) {
    this.#router = router;
    this.#options = options;
    this.#reader = new ByteRecordReader(options.delimiter, options.strict, options.startsFile ?? true);
    this.#decide();
  }

  /** Records routed so far: the row number of the last one. */
  get rows(): number {
    return this.#rows;
  }

  get bytesRead(): number {
    return this.#bytesRead;
  }

  /** True when the bytes read so far end with a whole record. */
  get atRecordStart(): boolean {
    return this.#reader.atRecordStart;
  }

  /**
   * Reads every chunk of `source` (in reused memory where it offers that: each chunk is scanned
   * from a copy before the next is read); `onBatch` is called after each batch is routed.
   */
  async read(source: ByteSource, onBatch?: () => void): Promise<void> {
    const { signal } = this.#options;
    if (signal?.aborted) throw new ImportAborted();
    const routed = (records: ByteRecords, bytes: number): void => {
      this.#route(records);
      this.#bytesRead += bytes;
      this.#expectRows();
      onBatch?.();
    };
    if (source.readReused !== undefined) {
      for await (const chunk of source.readReused(BATCH_BYTES)) {
        if (signal?.aborted) throw new ImportAborted();
        routed(this.#reader.pushReused(chunk), chunk.length);
      }
      return;
    }
    const pending: Uint8Array[] = [];
    let pendingBytes = 0;
    for await (const chunk of source.open()) {
      if (signal?.aborted) throw new ImportAborted();
      pending.push(chunk);
      pendingBytes += chunk.length;
      if (pendingBytes < BATCH_BYTES) continue;
      routed(this.#reader.push(...pending), pendingBytes);
      pending.length = pendingBytes = 0;
    }
    if (pendingBytes > 0) routed(this.#reader.push(...pending), pendingBytes);
  }

  /** Takes the record at the very end of the bytes, if any. */
  finish(): void {
    this.#route(this.#reader.finish());
  }

  #route(records: ByteRecords): void {
    const router = this.#router;
    for (let r = 0; r < records.count; r++) {
      const row = ++this.#rows;
      if (this.#fast !== null && this.#fast.tryAccept(records, r)) continue;
      router.take(recordTexts(records, r, this.#cell), row);
      if (!this.#decided) this.#decide();
    }
  }

  /** After the first batch the byte path takes: its rows per byte times the bytes expected. */
  #expectRows(): void {
    const expected = this.#options.expectedBytes;
    if (this.#expected || this.#fast === null || expected === undefined || this.#rows === 0) return;
    this.#expected = true;
    this.#fast.expectRows(Math.ceil((this.#rows / this.#bytesRead) * expected));
  }

  /** Once the header row is known: whether transaction rows can take the byte path. */
  #decide(): void {
    const { context, classifier } = this.#router;
    if (context === null || classifier === null) return;
    this.#decided = true;
    if (this.#options.transactions && FastTransactionRows.applies(context)) this.#fast = new FastTransactionRows(context, classifier);
  }
}
