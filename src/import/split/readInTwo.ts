import type { ByteRows } from '../bytes/index.ts';
import type { DatasetBuilder } from '../datasetBuilder.ts';
import type { RecordRouter } from '../recordRouter.ts';
import type { DateOrder, ImportSettings, SliceableSource } from '../types.ts';
import type { DateColumnReader, FileTally, RejectionLog } from '../validate/index.ts';
import type { TailPart, TailProgress, TailReader } from './tailJob.ts';

/** The readers of one file's reading, which the first part goes through and the tail's part is added to. */
export interface FileReaders {
  readonly rows: ByteRows;
  readonly router: RecordRouter;
  readonly builder: DatasetBuilder;
  readonly tally: FileTally;
  readonly dates: DateColumnReader;
}

export interface ReadInTwoOptions {
  readonly settings: ImportSettings;
  readonly dateOrder: DateOrder;
  readonly strict: boolean;
  readonly readTail: TailReader;
  readonly rejectionLog?: RejectionLog;
  readonly signal?: AbortSignal;
  /** Bytes read so far over both parts, and the tail's data rows (the first part's are in its tally). */
  readonly onProgress?: TailProgress;
}

/**
 * Reads a file in two parts at once: bytes [0, from) here, the rest by `readTail` (another
 * worker) as soon as the header row is known. A tail that has not started by the time the
 * first part is read (its worker still loading, or failing to) is not waited for. A tail's part
 * is taken only when it is exactly what reading on from here would give: the first part ends
 * with a whole record, not after a blank line (a footer's sign), and the tail holds no date that
 * contradicts the column's order (whose meaning depends on the rows before it). Otherwise the
 * reading here goes on through the tail, with the same result as if it had never been split.
 * Answers whether the tail's part was taken.
 */
export async function readInTwo(source: SliceableSource, from: number, readers: FileReaders, options: ReadInTwoOptions): Promise<boolean> {
  const { rows, router, builder, tally, dates } = readers;
  const { settings, signal, onProgress } = options;
  const tailControl = new AbortController();
  const stopTail = (): void => tailControl.abort();
  signal?.addEventListener('abort', stopTail);
  // Set by startTail, from a callback: the annotation keeps TypeScript from narrowing it to null.
  let tail = null as Promise<TailPart | null> | null;
  let tailStarted = false;
  let tailBytes = 0;
  let tailRows = 0;
  const report = (): void => onProgress?.(rows.bytesRead + tailBytes, tailRows);
  const startTail = (): void => {
    if (tail !== null || router.context === null) return;
    const job = {
      file: source.name,
      from,
      settings,
      headers: router.context.headers,
      dateOrder: options.dateOrder,
      strict: options.strict,
      logLimit: options.rejectionLog === undefined ? 0 : options.rejectionLog.limit - options.rejectionLog.issues.length,
    };
    const onTailProgress = (bytesRead: number, rowsRead: number): void => {
      // A tail stopped (not waited for) may still report from its worker: the reading here counts those bytes.
      if (tailControl.signal.aborted) return;
      tailStarted = true;
      tailBytes = bytesRead;
      tailRows = rowsRead;
      report();
    };
    // A tail that fails is read here instead: the failure (a declined shape, bad bytes) then speaks for itself.
    tail = options.readTail(job, tailControl.signal, onTailProgress).catch(() => null);
  };

  try {
    await rows.read(source.slice(0, from), () => {
      startTail();
      report();
    });
    const part = tail !== null && tailStarted && rows.atRecordStart && router.classifier?.afterBlank === false ? await tail : null;
    if (part !== null && part.dates.contrary === 0) {
      builder.absorb(part.builder);
      tally.absorb(part.tally, rows.rows);
      dates.absorb(part.dates);
      return true;
    }
    stopTail();
    tailBytes = tailRows = 0;
    await rows.read(source.slice(from, source.size), report);
    rows.finish();
    return false;
  } finally {
    stopTail();
    signal?.removeEventListener('abort', stopTail);
  }
}
