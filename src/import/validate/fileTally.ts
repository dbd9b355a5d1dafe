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

/** A tally as data, to add to another file part's (see FileTally.absorb). */
export interface TallyPart {
  readonly accepted: number;
  readonly excluded: number;
  readonly rejected: number;
  readonly skippedCount: number;
  /** The first rejections (up to the listed maximum), then the ones logged (up to the log's limit). */
  readonly rejections: readonly Issue[];
  readonly logged: readonly Issue[];
  readonly skipped: readonly SkippedLine[];
  readonly rejectionCounts: readonly (readonly [string, number])[];
  readonly excludedByStatus: readonly (readonly [string, number])[];
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

  /** The tally as data; its rejections are the ones logged when it has a log. */
  part(): TallyPart {
    return {
      accepted: this.accepted,
      excluded: this.excluded,
      rejected: this.rejected,
      skippedCount: this.skippedCount,
      rejections: this.rejections,
      logged: this.#log?.issues ?? [],
      skipped: this.skipped,
      rejectionCounts: [...this.#rejectionCounts],
      excludedByStatus: [...this.#excludedByStatus],
    };
  }

  /**
   * Adds the tally of the rows that follow this one's in the file, read apart: `rowOffset` is
   * the number of records before them. Lists and log fill up as if the rows had come here.
   */
  absorb(later: TallyPart, rowOffset: number): void {
    this.accepted += later.accepted;
    this.excluded += later.excluded;
    this.rejected += later.rejected;
    this.skippedCount += later.skippedCount;
    for (const [code, count] of later.rejectionCounts) this.#rejectionCounts.set(code, (this.#rejectionCounts.get(code) ?? 0) + count);
    for (const [status, count] of later.excludedByStatus) this.#excludedByStatus.set(status, (this.#excludedByStatus.get(status) ?? 0) + count);
    const shift = <T extends { readonly row?: number }>(item: T): T => (item.row === undefined ? item : { ...item, row: item.row + rowOffset });
    for (const issue of later.rejections) {
      if (this.rejections.length >= MAX_LISTED) break;
      this.rejections.push(shift(issue));
    }
    const log = this.#log;
    if (log !== undefined) {
      for (const issue of later.logged) {
        if (log.issues.length >= log.limit) break;
        log.issues.push(shift(issue));
      }
    }
    for (const line of later.skipped) {
      if (this.skipped.length >= MAX_LISTED) break;
      this.skipped.push(shift(line));
    }
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
