import { DIMENSIONS, NO_CODE } from '../../core/model/index.ts';
import { dateOrderEvidence, parseAmount } from '../cells/index.ts';
import type { DateOrderEvidence } from '../cells/index.ts';
import { ByteKeyMap, MISSING } from '../build/index.ts';
import type { TextDictionary } from '../build/index.ts';
import type { BuilderDictionaries, DatasetBuilder } from '../datasetBuilder.ts';
import { countsAsRevenue } from '../mapping/index.ts';
import { isTotalLabel } from '../rows/index.ts';
import type { LineClassifier } from '../rows/index.ts';
import type { ColumnMapping } from '../types.ts';
import type { RowContext } from '../validate/index.ts';
import { ByteCell } from './byteCell.ts';
import { plainNumberOfBytes } from './byteNumber.ts';
import type { ByteRecords } from './byteRecordReader.ts';

/** Distinct statuses and date texts remembered; past that they are worked out per row (still right, slower). */
const MAX_REMEMBERED = 1 << 16;

/**
 * The common case of a transactions file read from bytes: a data row the plain path
 * (LineClassifier, then TransactionRows) would accept goes straight into the builder, with its
 * texts coded through byte-keyed caches, so the cells of most rows never become strings. Every
 * other row — a skipped line, an excluded status, a rejected cell, a date that is evidence
 * against the column's order — is left to the plain path, untouched: `tryAccept` changes
 * nothing when it answers false. Each check mirrors the plain one on the same cell text, and
 * the order of the checks keeps every side effect (the date's evidence, the dictionaries) to
 * the rows it accepts.
 */
export class FastTransactionRows {
  readonly #mapping: ColumnMapping;
  readonly #revenueStatuses: readonly string[];
  readonly #dates: RowContext['dates'];
  readonly #builder: DatasetBuilder;
  readonly #tally: RowContext['tally'];
  readonly #classifier: LineClassifier;
  readonly #cell = new ByteCell();
  readonly #texts: BuilderDictionaries;
  readonly #dimCodes = new Int32Array(DIMENSIONS.length);
  /** 1 when the status counts as revenue, 0 when not. */
  readonly #statuses = new ByteKeyMap();
  /** Index into #dateEvidence and #dateDay per date text. */
  readonly #dateTexts = new ByteKeyMap();
  readonly #dateEvidence: DateOrderEvidence[] = [];
  readonly #dateDay: (number | null)[] = [];

  /** Whether the byte path can take a file's rows at all (else every row goes the plain way). */
  static applies({ headers, mapping, builder }: RowContext): boolean {
    // A group heading is a row whose filled cells all lie under unnamed columns: a named customer column rules it out.
    return !builder.filtersRows && mapping.customer_id !== undefined && (headers[mapping.customer_id] ?? '') !== '';
  }

  constructor(context: RowContext, classifier: LineClassifier) {
    this.#mapping = context.mapping;
    this.#revenueStatuses = context.revenueStatuses;
    this.#dates = context.dates;
    this.#builder = context.builder;
    this.#tally = context.tally;
    this.#classifier = classifier;
    this.#texts = this.#builder.dictionaries;
  }

  /**
   * Expects about `rows` rows in all: makes room for as many rows, and as many order ids (close
   * to one per row in most exports), so that neither grows in steps (each a copy or a rehash).
   */
  expectRows(rows: number): void {
    this.#builder.expectRows(rows);
    if (this.#mapping.order_id !== undefined) this.#texts.orders.reserve(rows);
  }

  /** Adds record `record` as an accepted row and answers true, or answers false having changed nothing. */
  tryAccept(records: ByteRecords, record: number): boolean {
    const m = this.#mapping;
    const cell = this.#cell;
    const bytes = records.bytes;
    // Not blank (the customer is filled), not a footer (no blank line before), not a total (below), not a heading (applies).
    if (this.#classifier.afterBlank) return false;

    cell.read(records, record, m.customer_id);
    let customer = cell.exact ? this.#texts.customers.find(bytes, cell.start, cell.end) : MISSING;
    let customerText = '';
    const customerExact = cell.exact;
    const customerStart = cell.start;
    const customerEnd = cell.end;
    if (customer === MISSING) {
      customerText = cell.text();
      if (customerText === '' || isTotalLabel(customerText)) return false;
    }

    if (m.status !== undefined && !this.#countsAsRevenue(records, record, m.status)) return false;

    const amount = this.#amount(records, record, m.amount, false);
    if (amount === null) return false;
    const refunded = m.refunded === undefined ? 0 : this.#amount(records, record, m.refunded, true);
    if (refunded === null) return false;

    // Last of the checks: reading the date keeps its evidence.
    const day = this.#day(records, record, m.date);
    if (day === null) return false;

    if (customer === MISSING) {
      const { customers } = this.#texts;
      customer = customerExact ? customers.codeOfBytes(bytes, customerStart, customerEnd, customerText) : customers.code(customerText);
    }
    const order = this.#code(records, record, m.order_id, this.#texts.orders, NO_CODE);
    // Each attribute's guess is the customer's latest value: comparing the bytes with it is usually all a cell needs.
    const builder = this.#builder;
    const name = this.#code(records, record, m.customer_name, this.#texts.names, builder.latestCode(customer, 0));
    for (let d = 0; d < DIMENSIONS.length; d++) {
      this.#dimCodes[d] = this.#code(records, record, m[DIMENSIONS[d]], this.#texts.dims[d], builder.latestCode(customer, d + 1));
    }
    builder.addCodedTransaction(customer, day, amount - refunded, order, name, this.#dimCodes);
    this.#tally.accept();
    return true;
  }

  #countsAsRevenue(records: ByteRecords, record: number, column: number): boolean {
    const cell = this.#cell.read(records, record, column);
    const known = cell.exact ? this.#statuses.get(cell.bytes, cell.start, cell.end) : MISSING;
    if (known !== MISSING) return known === 1;
    const counts = countsAsRevenue(cell.text(), this.#revenueStatuses);
    if (cell.exact && this.#statuses.size < MAX_REMEMBERED) this.#statuses.add(cell.bytes, cell.start, cell.end, counts ? 1 : 0);
    return counts;
  }

  /** The amount (or refunded amount, where an empty cell is 0) as parseAmount reads it; null where the plain path rejects. */
  #amount(records: ByteRecords, record: number, column: number | undefined, emptyIsZero: boolean): number | null {
    const cell = this.#cell.read(records, record, column);
    if (cell.empty) return emptyIsZero ? 0 : null;
    const plain = cell.exact ? plainNumberOfBytes(cell.bytes, cell.start, cell.end) : null;
    if (plain !== null) return plain;
    const text = cell.text();
    if (text === '') return emptyIsZero ? 0 : null;
    return parseAmount(text);
  }

  /** The date's day as DateColumnReader.read gives it, keeping its evidence; null (keeping nothing) where read would not give a day. */
  #day(records: ByteRecords, record: number, column: number | undefined): number | null {
    const cell = this.#cell.read(records, record, column);
    if (cell.empty) return null;
    const known = cell.exact ? this.#dateTexts.get(cell.bytes, cell.start, cell.end) : MISSING;
    if (known !== MISSING) return this.#dates.readParsed(this.#dateEvidence[known], this.#dateDay[known]);
    const text = cell.text();
    if (text === '') return null;
    const evidence = dateOrderEvidence(text);
    const day = this.#dates.parse(text);
    if (cell.exact && this.#dateTexts.size < MAX_REMEMBERED) {
      this.#dateTexts.add(cell.bytes, cell.start, cell.end, this.#dateDay.length);
      this.#dateEvidence.push(evidence);
      this.#dateDay.push(day);
    }
    return this.#dates.readParsed(evidence, day);
  }

  /** Dictionary code of an optional text cell (NO_CODE when empty), by its bytes when they are the text; `guess` is tried first. */
  #code(records: ByteRecords, record: number, column: number | undefined, texts: TextDictionary, guess: number): number {
    const cell = this.#cell.read(records, record, column);
    if (!cell.exact) {
      const text = cell.text();
      return text === '' ? NO_CODE : texts.code(text);
    }
    if (cell.start === cell.end) return NO_CODE;
    if (guess !== NO_CODE && texts.hasBytes(guess, cell.bytes, cell.start, cell.end)) return guess;
    return texts.codeOfBytes(cell.bytes, cell.start, cell.end);
  }
}
