import type { BuilderPart } from '../datasetBuilder.ts';
import type { DateOrder, ImportSettings } from '../types.ts';
import type { DateEvidence, TallyPart } from '../validate/index.ts';

/** The second part of a UTF-8 transactions file, to be read apart while the first is read here. */
export interface TailJob {
  /** File name, for the rejections. */
  readonly file: string;
  /** Byte offset where the part starts: just after a line end, so a record starts there unless that line end was quoted. */
  readonly from: number;
  readonly settings: ImportSettings;
  /** The header row as read from the first part. */
  readonly headers: readonly string[];
  /** The day/month order the first part reads in. */
  readonly dateOrder: DateOrder;
  /** Bytes that are not UTF-8 fail the part (the file is a guessed UTF-8). */
  readonly strict: boolean;
  /** Rejections the part logs at most (0 when nothing is logged). */
  readonly logLimit: number;
}

/** What reading a tail gave: everything the first part's readers take in (see readSplit). */
export interface TailPart {
  /** Records read: the tail's row numbers count from the first of them. */
  readonly rows: number;
  readonly builder: BuilderPart;
  readonly tally: TallyPart;
  readonly dates: DateEvidence;
}

/**
 * Reads a tail somewhere else (another worker) and answers its part, or null when it could
 * not be read the byte way (the first part's reader then reads on through it). Called once the
 * header row is known; `onProgress` gets the tail's bytes and data rows read so far, first (0, 0)
 * as the reading starts.
 */
export type TailReader = (job: TailJob, signal: AbortSignal, onProgress: TailProgress) => Promise<TailPart | null>;

/** Bytes and data rows of a tail read so far. */
export type TailProgress = (bytesRead: number, rows: number) => void;
