import type { Issue } from '../core/model/index.ts';
import { ByteRows, FastPathDeclined } from './bytes/index.ts';
import { readRecords } from './csv/index.ts';
import type { DatasetBuilder } from './datasetBuilder.ts';
import { UndecodableBytes, decodeChunks } from './decode/index.ts';
import type { DecodeTally } from './decode/index.ts';
import { ImportAborted } from './importAborted.ts';
import { RecordRouter } from './recordRouter.ts';
import { readInTwo, splitPoint } from './split/index.ts';
import type { TailReader } from './split/index.ts';
import type { ByteSource, DateOrder, Encoding, FileReport, ImportProgress, ImportSettings, SliceableSource } from './types.ts';
import { DateColumnReader, DateOrderFlip, FileTally } from './validate/index.ts';
import type { RejectionLog } from './validate/index.ts';

export type { RejectionLog } from './validate/index.ts';

export interface ImportFileOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: ImportProgress) => void;
  /**
   * True when the encoding was not guessed (a BOM or the user said so). A guessed UTF-8
   * is decoded strictly, and the file is read again as GB18030 at the first invalid byte.
   * Default false.
   */
  readonly certainEncoding?: boolean;
  /** Receives every rejection (not only the report's first 1,000); a restarted reading takes back its own. */
  readonly rejectionLog?: RejectionLog;
  /** Read with the plain reader even where the byte-level one applies (tests compare the two). Default false. */
  readonly plainReader?: boolean;
  /**
   * Reads the second half of a large UTF-8 transactions file elsewhere (another worker) while
   * the first is read here. Without it, files are read in one piece.
   */
  readonly readTail?: TailReader;
  /** Smallest file `readTail` is used for (default SPLIT_MIN_BYTES). */
  readonly splitMinBytes?: number;
  /** Byte offset from which the split point (the next line end) is looked for; default the middle. */
  readonly splitAt?: number;
}

/**
 * Below this a second worker costs more than it saves: its code runs cold and is compiled again
 * on cores the first part needs, then the parts are merged. On two cores the split made a 14 MB
 * import 0.4 s slower and a 42 MB one 0.3 s; from about 70 MB on it broke even.
 */
export const SPLIT_MIN_BYTES = 64 << 20;

/** How one reading of the file goes; a restart changes one of these. */
interface Pass {
  readonly encoding: Encoding;
  /** Read with the byte-level reader (UTF-8 only); false after it declined the file. */
  readonly bytes: boolean;
  readonly strict: boolean;
  readonly dateOrder: DateOrder;
  readonly mayFlipDateOrder: boolean;
}

/**
 * Streams a whole file into `builder` (never the whole text in one string) and reports
 * every row. The file is read again from the start, after rolling the builder back to
 * where the file began, when a guessed UTF-8 meets invalid bytes (then GB18030) or when a
 * date only valid in the other day/month order comes before any confirming the order in
 * use. On abort (ImportAborted, checked between batches) or any failure the builder is
 * rolled back too.
 */
export async function importFile(
  source: ByteSource,
  settings: ImportSettings,
  builder: DatasetBuilder,
  options: ImportFileOptions = {},
): Promise<FileReport> {
  const { certainEncoding = false, rejectionLog } = options;
  const checkpoint = builder.checkpoint();
  const logged = rejectionLog?.issues.length ?? 0;
  let pass: Pass = {
    encoding: settings.encoding,
    bytes: settings.encoding === 'utf-8' && options.plainReader !== true,
    strict: settings.encoding === 'utf-8' && !certainEncoding,
    dateOrder: settings.dateOrder,
    mayFlipDateOrder: true,
  };
  for (;;) {
    try {
      return await readFile(source, settings, builder, pass, options);
    } catch (error) {
      builder.rollback(checkpoint);
      if (rejectionLog !== undefined) rejectionLog.issues.length = logged;
      if (error instanceof FastPathDeclined && pass.bytes) pass = { ...pass, bytes: false };
      else if (error instanceof UndecodableBytes && pass.strict) pass = { ...pass, encoding: 'gb18030', bytes: false, strict: false };
      else if (error instanceof DateOrderFlip && pass.mayFlipDateOrder) pass = { ...pass, dateOrder: error.order, mayFlipDateOrder: false };
      else throw error;
    }
  }
}

async function readFile(
  source: ByteSource,
  settings: ImportSettings,
  builder: DatasetBuilder,
  pass: Pass,
  options: ImportFileOptions,
): Promise<FileReport> {
  const { signal, onProgress, rejectionLog } = options;
  const file = source.name;
  const tally = new FileTally(settings.delimiter, rejectionLog);
  const dates = new DateColumnReader(pass.dateOrder, settings.dateSerial ?? false, pass.mayFlipDateOrder);
  const router = new RecordRouter(file, settings, dates, builder, tally);
  // `otherRows`: data rows read elsewhere (the tail of a split file) and not in the tally yet.
  const progress = (bytesRead: number, otherRows = 0): void =>
    onProgress?.({ file, bytesRead, bytesTotal: source.size, rows: tally.rows.total + otherRows });

  const warnings: Issue[] = [];
  if (pass.bytes) {
    const { delimiter, kind } = settings;
    // The whole file's rows end up in this builder, split or not.
    const rows = new ByteRows(router, { delimiter, strict: pass.strict, transactions: kind === 'transactions', expectedBytes: source.size, signal });
    const split = await splitFor(source, settings, builder, options);
    if (split === null) {
      await rows.read(source, () => progress(rows.bytesRead));
      rows.finish();
    } else {
      const readers = { rows, router, builder, tally, dates };
      const { readTail, from } = split;
      await readInTwo(split.source, from, readers, { settings, dateOrder: pass.dateOrder, strict: pass.strict, readTail, rejectionLog, signal, onProgress: progress });
    }
  } else {
    const decoded: DecodeTally = { bytes: 0, replacements: 0 };
    if (signal?.aborted) throw new ImportAborted();
    const texts = decodeChunks(source.open(), pass.encoding, { fatal: pass.strict, tally: decoded });
    for await (const { records, first } of readRecords(texts, settings.delimiter)) {
      if (signal?.aborted) throw new ImportAborted();
      for (let i = 0; i < records.length; i++) router.take(records[i], first + i);
      progress(decoded.bytes);
    }
    if (decoded.replacements > 0) {
      warnings.push({ code: 'undecodableBytes', file, params: { count: decoded.replacements, encoding: pass.encoding } });
    }
  }

  return {
    file,
    encoding: pass.encoding,
    delimiter: settings.delimiter,
    kind: settings.kind,
    rows: tally.rows,
    rejections: tally.rejections,
    rejectionCounts: tally.rejectionCounts,
    excludedByStatus: tally.excludedByStatus,
    skipped: tally.skipped,
    dateOrder: dates.order,
    dateOrderSource: dates.decidedByData ? 'data' : 'setting',
    ambiguousDates: dates.ambiguous,
    warnings,
  };
}

/** Where a file read from bytes is cut in two, when it is a transactions file large enough and there is a reader for the tail. */
async function splitFor(
  source: ByteSource,
  settings: ImportSettings,
  builder: DatasetBuilder,
  { readTail, splitMinBytes = SPLIT_MIN_BYTES, splitAt }: ImportFileOptions,
): Promise<{ source: SliceableSource; from: number; readTail: TailReader } | null> {
  if (readTail === undefined || settings.kind !== 'transactions' || builder.filtersRows || source.size < splitMinBytes) return null;
  if (!isSliceable(source)) return null;
  const from = await splitPoint(source, splitAt);
  return from === null ? null : { source, from, readTail };
}

function isSliceable(source: ByteSource): source is SliceableSource {
  return source.slice !== undefined;
}
