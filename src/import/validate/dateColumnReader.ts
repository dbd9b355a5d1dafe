import { dateOrderEvidence, parseDate } from '../cells/index.ts';
import type { DateOrder } from '../types.ts';
import type { DateOrderEvidence } from '../cells/index.ts';
import { DateOrderFlip } from './dateOrderFlip.ts';

export type DateProblem = 'badDate' | 'dateOrderConflict';

/** What a column's values said about the day/month order: the counts a reader keeps. */
export interface DateEvidence {
  /** Values only valid in the order in use. */
  readonly confirmed: number;
  /** Values valid both ways. */
  readonly ambiguous: number;
  /** Values only valid in the other order. */
  readonly contrary: number;
}

/**
 * Reads one file's date column, keeping the day/month evidence of every value so the
 * order is "decided per column from the values" over the whole file, not just the sample:
 * - a value only valid in the order in use (25/3 for day-first) confirms it;
 * - a value only valid the other way, before any confirmation, throws DateOrderFlip
 *   (when `mayFlip`), and the file is read again in the other order;
 * - after a confirmation such a value contradicts the column: `dateOrderConflict`.
 */
export class DateColumnReader {
  readonly #order: DateOrder;
  readonly #other: DateOrder;
  readonly #serial: boolean;
  readonly #mayFlip: boolean;
  #confirmed = 0;
  #ambiguous = 0;
  #contrary = 0;

  constructor(order: DateOrder, serial: boolean, mayFlip: boolean) {
    this.#order = order;
    this.#other = order === 'mdy' ? 'dmy' : 'mdy';
    this.#serial = serial;
    this.#mayFlip = mayFlip;
  }

  get order(): DateOrder {
    return this.#order;
  }

  /** True once a value only valid in the order in use was seen. */
  get decidedByData(): boolean {
    return this.#confirmed > 0;
  }

  /** Values read so far that are valid dates both day-first and month-first. */
  get ambiguous(): number {
    return this.#ambiguous;
  }

  /** Day number (days since 1970-01-01) of a non-empty value, or why it cannot be used. */
  read(text: string): number | DateProblem {
    if (!this.#agrees(dateOrderEvidence(text))) return 'dateOrderConflict';
    return this.parse(text) ?? 'badDate';
  }

  /** The value read in this column's order and serial setting, keeping no evidence (pure, so it can be cached per text). */
  parse(text: string): number | null {
    return parseDate(text, { order: this.#order, serial: this.#serial });
  }

  /**
   * `read` for a value whose evidence (dateOrderEvidence) and parse are known: the day, keeping
   * the evidence, when `read` would answer a day; else null, keeping nothing, so that `read` can
   * still be called for that value.
   */
  readParsed(evidence: DateOrderEvidence, day: number | null): number | null {
    if (day === null || evidence === this.#other) return null;
    this.#agrees(evidence);
    return day;
  }

  /** Takes the evidence of a value that is not imported (a row excluded by status). */
  observe(text: string): void {
    if (text !== '') this.#agrees(dateOrderEvidence(text));
  }

  /** The counts so far. */
  evidence(): DateEvidence {
    return { confirmed: this.#confirmed, ambiguous: this.#ambiguous, contrary: this.#contrary };
  }

  /**
   * Takes the evidence of the column's later rows read by another reader in the same order.
   * Only evidence without contrary values: those are answered by what came before them.
   */
  absorb(later: DateEvidence): void {
    if (later.contrary > 0) throw new RangeError('contrary date evidence depends on the rows before it');
    this.#confirmed += later.confirmed;
    this.#ambiguous += later.ambiguous;
  }

  #agrees(evidence: DateOrderEvidence): boolean {
    if (evidence === this.#order) this.#confirmed++;
    else if (evidence === 'either') this.#ambiguous++;
    else if (evidence === this.#other) {
      if (this.#confirmed === 0 && this.#mayFlip) throw new DateOrderFlip(this.#other);
      this.#contrary++;
      return false;
    }
    return true;
  }
}
