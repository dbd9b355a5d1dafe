import { ByteRows } from '../bytes/index.ts';
import { DatasetBuilder } from '../datasetBuilder.ts';
import { RecordRouter } from '../recordRouter.ts';
import type { ByteSource } from '../types.ts';
import { DateColumnReader, FileTally } from '../validate/index.ts';
import type { TailJob, TailPart, TailProgress } from './tailJob.ts';

export interface ReadTailOptions {
  readonly signal?: AbortSignal;
  readonly onProgress?: TailProgress;
}

/**
 * Reads the tail of a file (`source` holds its bytes from `job.from` on) as its first part's
 * reader would, had it got there in a state that needs nothing from before: past the header,
 * not after a blank line, no date evidence yet (so the tail must hold no contrary date, see
 * TailPart.dates), row numbers counted from the tail's first record. Throws where the byte
 * reader does (FastPathDeclined, UndecodableBytes, ImportAborted).
 */
export async function readTail(source: ByteSource, job: TailJob, { signal, onProgress }: ReadTailOptions = {}): Promise<TailPart> {
  const { settings } = job;
  const tally = new FileTally(settings.delimiter, job.logLimit > 0 ? { issues: [], limit: job.logLimit } : undefined);
  const dates = new DateColumnReader(job.dateOrder, settings.dateSerial ?? false, false);
  const builder = new DatasetBuilder();
  const router = new RecordRouter(job.file, settings, dates, builder, tally);
  router.takeHeader(job.headers);
  // Says the tail has started: the first part waits only for a tail that did.
  onProgress?.(0, 0);
  const rows = new ByteRows(router, { delimiter: settings.delimiter, strict: job.strict, transactions: true, startsFile: false, expectedBytes: source.size, signal });
  await rows.read(source, () => onProgress?.(rows.bytesRead, tally.rows.total));
  rows.finish();
  return { rows: rows.rows, builder: builder.part(), tally: tally.part(), dates: dates.evidence() };
}
