import type { ImportProgress } from '../../worker/index.ts';

/** Where the current file's reading started: its time (ms) and the counts already reported then. */
export interface ProgressBase {
  readonly file: string;
  readonly time: number;
  readonly bytesRead: number;
  readonly rows: number;
}

export interface ProgressRate {
  /** Part of the file read, 0–1, or null when its size is unknown. */
  readonly fraction: number | null;
  readonly rowsPerSecond: number | null;
  /** Seconds until the file is read at the pace so far, or null before there is a pace. */
  readonly secondsLeft: number | null;
}

/**
 * Pace of the file being read, from where its reading started (`base`) to the latest report
 * received at `now` (ms): rows per second, and the time left from the bytes still to read.
 */
export function progressRate(progress: ImportProgress, base: ProgressBase, now: number): ProgressRate {
  const { bytesRead, bytesTotal, rows } = progress;
  const fraction = bytesTotal > 0 ? Math.min(1, bytesRead / bytesTotal) : null;
  const seconds = (now - base.time) / 1000;
  if (!(seconds > 0)) return { fraction, rowsPerSecond: null, secondsLeft: null };
  const bytesPerSecond = (bytesRead - base.bytesRead) / seconds;
  const rowsPerSecond = Math.max(0, rows - base.rows) / seconds;
  const secondsLeft = bytesTotal > 0 && bytesPerSecond > 0 ? Math.max(0, bytesTotal - bytesRead) / bytesPerSecond : null;
  return { fraction, rowsPerSecond, secondsLeft };
}
