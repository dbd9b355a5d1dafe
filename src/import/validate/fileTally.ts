import type { Issue } from '../../core/model/index.ts';
import { detachText } from '../build/index.ts';
import type { Delimiter, RowCounts, SkippedLine } from '../types.ts';

/** Rejections and skipped lines listed in a report; all are counted. */
const MAX_LISTED = 1000;
/** Longest text kept of a listed value or skipped line. */
const MAX_TEXT = 200;

/**
 * Where every rejection goes besides the report's first 1,000 (the worker's rejected-rows
 * download): appended up to `limit` entries, shared by the files of one import.
 */
export interface RejectionLog {
  readonly issues: Issue[];
  readonly limit: number;
}

/**
 * Counts of one file's import: every data row is accepted, excluded or rejected, exactly
 * once; title, blank, total and footer lines are counted apart. Keyed counts live in Maps
 * (a status or code `__proto__` is an ordinary key) and leave as prototype-free records.
 */
export class FileTally {
  readonly #delimiter: Delimiter;
  readonly #log: RejectionLog | undefined;
  accepted = 0;
  rejected = 0;
  excluded = 0;
  skippedCount = 0;
  readonly rejections: Issue[] = [];
  readonly skipped: SkippedLine[] = [];
  readonly #rejectionCounts = new Map<string, number>();
  readonly #excludedByStatus = new Map<string, number>();

  constructor(delimiter: Delimiter, log?: RejectionLog) {
    this.#delimiter = delimiter;
    this.#log = log;
  }

  accept(): void {
    this.accepted++;
  }

  /** A row whose status does not count as revenue, by status as written ('' for blank). */
  exclude(status: string): void {
    this.excluded++;
    const count = this.#excludedByStatus.get(status);
    if (count === undefined) this.#excludedByStatus.set(detachText(status), 1);
    else this.#excludedByStatus.set(status, count + 1);
  }

  /** A row with an unusable cell; the issue names the first problem of the row. */
  reject(issue: Issue): void {
    this.rejected++;
    this.#rejectionCounts.set(issue.code, (this.#rejectionCounts.get(issue.code) ?? 0) + 1);
    const listed = this.rejections.length < MAX_LISTED;
    const logged = this.#log !== undefined && this.#log.issues.length < this.#log.limit;
    if (!listed && !logged) return;
    const kept = issue.value === undefined ? issue : { ...issue, value: clip(issue.value) };
    if (listed) this.rejections.push(kept);
    if (logged) this.#log?.issues.push(kept);
  }

  skip(row: number, reason: SkippedLine['reason'], record: readonly string[]): void {
    this.skippedCount++;
    if (this.skipped.length < MAX_LISTED) this.skipped.push({ row, reason, text: lineText(record, this.#delimiter) });
  }

  get rows(): RowCounts {
    const { accepted, excluded, rejected } = this;
    return { total: accepted + excluded + rejected, accepted, excluded, rejected, skipped: this.skippedCount };
  }

  get rejectionCounts(): Record<string, number> {
    return toRecord(this.#rejectionCounts);
  }

  get excludedByStatus(): Record<string, number> {
    return toRecord(this.#excludedByStatus);
  }
}

function toRecord(counts: ReadonlyMap<string, number>): Record<string, number> {
  const record = Object.create(null) as Record<string, number>;
  for (const [key, count] of counts) record[key] = count;
  return record;
}

/** The cells of a skipped line written as CSV again, without trailing empty cells. */
function lineText(record: readonly string[], delimiter: Delimiter): string {
  let end = record.length;
  while (end > 0 && record[end - 1] === '') end--;
  const quote = (cell: string): string =>
    cell.includes(delimiter) || /["\r\n]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
  return clip(record.slice(0, end).map(quote).join(delimiter));
}

/** At most MAX_TEXT characters, detached from the chunk the text was cut from (the lists outlive the chunks). */
function clip(text: string): string {
  return detachText(text.length > MAX_TEXT ? text.slice(0, MAX_TEXT) : text);
}
