import { DIMENSIONS, NO_CODE, textsOfCodes } from '../core/model/index.ts';
import type { CodedColumn, Dimension, PackedTexts } from '../core/model/index.ts';
import { GrowableColumn, LatestAttributes, TextDictionary } from './build/index.ts';
import type { LatestAttributesSnapshot } from './build/index.ts';
import type { ImportedDataset, SurveyColumns } from './types.ts';

/** The dictionaries of a builder's texts. */
export interface BuilderDictionaries {
  readonly customers: TextDictionary;
  readonly orders: TextDictionary;
  readonly names: TextDictionary;
  /** One per DIMENSIONS entry. */
  readonly dims: readonly TextDictionary[];
}

/** Where a builder stood; `rollback` returns to it. */
export interface BuilderCheckpoint {
  readonly rows: number;
  readonly customers: number;
  readonly orders: number;
  readonly names: number;
  readonly dimValues: readonly number[];
  readonly attributes: LatestAttributesSnapshot;
  readonly master: number;
  readonly surveys: number;
}

/**
 * The transaction rows of a builder as data, with the texts of its dictionaries, to add to
 * the builder of the rows before them (see `absorb`).
 */
export interface BuilderPart {
  readonly customer: Int32Array;
  readonly day: Int32Array;
  readonly amount: Float64Array;
  readonly order: Int32Array;
  /** Each customer's latest attribute codes and their days (LatestAttributes.part). */
  readonly attributes: Int32Array;
  readonly customers: PackedTexts;
  readonly orders: PackedTexts;
  readonly names: PackedTexts;
  readonly dims: readonly PackedTexts[];
}

/** Attribute slots of a customer: the name, then one per dimension in DIMENSIONS order. */
const NAME_SLOT = 0;
const SLOTS = 1 + DIMENSIONS.length;

const int32 = (): GrowableColumn<Int32Array<ArrayBuffer>> => new GrowableColumn(Int32Array);
const float64 = (): GrowableColumn<Float64Array<ArrayBuffer>> => new GrowableColumn(Float64Array);

/**
 * Builds the columnar Dataset while rows stream in: typed-array columns from the start
 * (no row objects), texts dictionary-coded. Customer attributes: a customer master file's
 * non-empty value wins (the last master row when several, applied at `build`); else the
 * non-empty value on the customer's latest-dated transaction row (ties: the later row), kept
 * up to date as rows come.
 *
 * Order ids are one dictionary for the whole data set: equal order numbers are one order
 * even across customers or files (SPEC "distinct orders" counts order ids).
 */
export class DatasetBuilder {
  readonly #customers = new TextDictionary();
  readonly #orders = new TextDictionary();
  readonly #names = new TextDictionary();
  readonly #dimValues = DIMENSIONS.map(() => new TextDictionary());

  readonly #rowCustomer = int32();
  readonly #rowDay = int32();
  readonly #rowAmount = float64();
  readonly #rowOrder = int32();
  readonly #attributes = new LatestAttributes(SLOTS);
  readonly #dimCodes = new Int32Array(DIMENSIONS.length);
  /** A row's codes per slot (name, dimensions), as LatestAttributes takes them. */
  readonly #slotCodes = new Int32Array(SLOTS);

  /** Master-file attributes as a log (customer, slot, code): appended, so rollback is a truncation. */
  readonly #masterCustomer = int32();
  readonly #masterSlot = int32();
  readonly #masterCode = int32();

  readonly #surveyCustomer = int32();
  readonly #surveyDay = int32();
  readonly #surveyScore = float64();

  /**
   * One accepted transaction row. `dims` holds one text per DIMENSIONS entry ('' = none);
   * `orderId` '' = the row is an order of its own.
   */
  addTransaction(customerId: string, day: number, amount: number, orderId: string, name: string, dims: readonly string[]): void {
    const customer = this.#customers.code(customerId);
    const order = orderId === '' ? NO_CODE : this.#orders.code(orderId);
    const nameCode = name === '' ? NO_CODE : this.#names.code(name);
    const dimCodes = this.#dimCodes;
    for (let d = 0; d < DIMENSIONS.length; d++) dimCodes[d] = dims[d] === '' ? NO_CODE : this.#dimValues[d].code(dims[d]);
    this.addCodedTransaction(customer, day, amount, order, nameCode, dimCodes);
  }

  /**
   * `addTransaction` with the texts already coded in `dictionaries` (NO_CODE for an empty one).
   * Each dictionary lists its texts in order of first appearance, so coding them row by row, as
   * `addTransaction` does, gives the same codes.
   */
  addCodedTransaction(customer: number, day: number, amount: number, order: number, name: number, dims: ArrayLike<number>): void {
    this.#rowCustomer.push(customer);
    this.#rowDay.push(day);
    this.#rowAmount.push(amount);
    this.#rowOrder.push(order);
    const slotCodes = this.#slotCodes;
    slotCodes[NAME_SLOT] = name;
    for (let d = 0; d < DIMENSIONS.length; d++) slotCodes[d + 1] = dims[d];
    this.#attributes.take(customer, day, slotCodes);
  }

  /**
   * The code of the customer's latest value so far in attribute slot `slot` (0 the name, then
   * one per DIMENSIONS entry), NO_CODE when none: exports repeat a customer's attributes on
   * each of its rows, so it is a good guess at its next row's.
   */
  latestCode(customer: number, slot: number): number {
    return this.#attributes.code(customer, slot);
  }

  /** Makes room for `rows` transaction rows in all (a hint: more may come). */
  expectRows(rows: number): void {
    for (const column of this.#rowColumns()) column.reserve(rows);
  }

  /** The dictionaries behind the codes, for a reader that codes cells itself before `addCodedTransaction`. */
  get dictionaries(): BuilderDictionaries {
    return { customers: this.#customers, orders: this.#orders, names: this.#names, dims: this.#dimValues };
  }

  /** True when the builder leaves out some rows (appending): rows must then come through `addTransaction`. */
  get filtersRows(): boolean {
    return false;
  }

  /**
   * The transaction rows and texts added so far (a builder that took nothing but transaction
   * rows). The rows are views of the builder's own columns, as `build` gives them.
   */
  part(): BuilderPart {
    return {
      customer: this.#rowCustomer.view(),
      day: this.#rowDay.view(),
      amount: this.#rowAmount.view(),
      order: this.#rowOrder.view(),
      attributes: this.#attributes.part(),
      customers: this.#customers.packed(),
      orders: this.#orders.packed(),
      names: this.#names.packed(),
      dims: this.#dimValues.map((values) => values.packed()),
    };
  }

  /**
   * Adds the rows of `later`, read apart from the same file's rows before it, as if they had
   * come one by one: its texts take codes here in its order of first appearance.
   */
  absorb(later: BuilderPart): void {
    const customers = this.#customers.codesOfPacked(later.customers);
    const orders = this.#orders.codesOfPacked(later.orders);
    const slotCodes = [this.#names.codesOfPacked(later.names), ...this.#dimValues.map((values, d) => values.codesOfPacked(later.dims[d]))];
    this.#rowCustomer.append(recode(later.customer, customers));
    this.#rowDay.append(later.day);
    this.#rowAmount.append(later.amount);
    this.#rowOrder.append(recode(later.order, orders));
    this.#attributes.absorb(later.attributes, customers, slotCodes);
  }

  /** One row of a customer master file; empty attributes leave the transaction values in place. */
  addCustomer(customerId: string, name: string, dims: readonly string[]): void {
    const customer = this.#customers.code(customerId);
    if (name !== '') this.#logMaster(customer, NAME_SLOT, this.#names.code(name));
    for (let d = 0; d < DIMENSIONS.length; d++) {
      if (dims[d] !== '') this.#logMaster(customer, d + 1, this.#dimValues[d].code(dims[d]));
    }
  }

  /** One survey answer. */
  addSurvey(customerId: string, day: number, score: number): void {
    this.#surveyCustomer.push(this.#customers.code(customerId));
    this.#surveyDay.push(day);
    this.#surveyScore.push(score);
  }

  checkpoint(): BuilderCheckpoint {
    return {
      rows: this.#rowDay.length,
      customers: this.#customers.size,
      orders: this.#orders.size,
      names: this.#names.size,
      dimValues: this.#dimValues.map((values) => values.size),
      attributes: this.#attributes.snapshot(),
      master: this.#masterCode.length,
      surveys: this.#surveyDay.length,
    };
  }

  /** Forgets every row, customer, order, text and attribute added since `checkpoint`. */
  rollback(checkpoint: BuilderCheckpoint): void {
    for (const column of this.#rowColumns()) {
      column.truncate(checkpoint.rows);
    }
    for (const column of [this.#masterCustomer, this.#masterSlot, this.#masterCode]) column.truncate(checkpoint.master);
    for (const column of [this.#surveyCustomer, this.#surveyDay, this.#surveyScore]) column.truncate(checkpoint.surveys);
    this.#customers.truncate(checkpoint.customers);
    this.#orders.truncate(checkpoint.orders);
    this.#names.truncate(checkpoint.names);
    this.#dimValues.forEach((values, d) => values.truncate(checkpoint.dimValues[d]));
    this.#attributes.restore(checkpoint.attributes);
  }

  /**
   * The Dataset of everything added. Its transaction columns are views of the builder's own (no
   * copy of millions of rows): rows added later do not change it, a rollback below it does.
   */
  build(): ImportedDataset {
    const attributes = this.#resolveAttributes();
    const dims = Object.fromEntries(
      DIMENSIONS.map((dimension, d) => [dimension, compactColumn(attributes[d + 1], this.#dimValues[d].values)]),
    ) as Record<Dimension, CodedColumn>;
    // The names decoded all at once (values), not one call per customer (value).
    const nameCodes = attributes[NAME_SLOT];
    const names = textsOfCodes(nameCodes, this.#names.values);
    const dataset: ImportedDataset = {
      transactions: {
        length: this.#rowDay.length,
        customer: this.#rowCustomer.view(),
        day: this.#rowDay.view(),
        amount: this.#rowAmount.view(),
        order: this.#rowOrder.view(),
      },
      customers: { length: this.#customers.size, ids: [...this.#customers.values], names, dims },
      orderCount: this.#orders.size,
      orderIds: this.#orders.packed(),
      packedCustomers: { ids: this.#customers.packed(), nameCodes, names: this.#names.packed() },
    };
    return this.#surveyDay.length === 0 ? dataset : { ...dataset, surveys: this.#surveys() };
  }

  /** Every column with one entry per transaction row. */
  #rowColumns(): GrowableColumn<Int32Array<ArrayBuffer> | Float64Array<ArrayBuffer>>[] {
    return [this.#rowCustomer, this.#rowDay, this.#rowAmount, this.#rowOrder];
  }

  #logMaster(customer: number, slot: number, code: number): void {
    this.#masterCustomer.push(customer);
    this.#masterSlot.push(slot);
    this.#masterCode.push(code);
  }

  /** Per slot, the code of each customer's value (NO_CODE = none): its latest row's, then the master log on top. */
  #resolveAttributes(): Int32Array[] {
    const masterCustomer = this.#masterCustomer.view();
    const masterSlot = this.#masterSlot.view();
    const masterCode = this.#masterCode.view();
    const codes = this.#attributes.codes(this.#customers.size);
    for (let m = 0; m < masterCode.length; m++) codes[masterSlot[m]][masterCustomer[m]] = masterCode[m];
    return codes;
  }

  #surveys(): SurveyColumns {
    return {
      length: this.#surveyDay.length,
      customer: this.#surveyCustomer.toArray(),
      day: this.#surveyDay.toArray(),
      score: this.#surveyScore.toArray(),
    };
  }
}

/** `codes` through `to` (NO_CODE stays). */
function recode(codes: Int32Array, to: Int32Array): Int32Array {
  const out = new Int32Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] === NO_CODE ? NO_CODE : to[codes[i]];
  return out;
}

/** A coded column over the values customers use, in dictionary order (values seen only on superseded rows are dropped). */
function compactColumn(codes: Int32Array, dictionary: readonly string[]): CodedColumn {
  // Indexed loops: this runs once per import, mostly before the optimizing compiler gets to it.
  const renumber = new Int32Array(dictionary.length).fill(NO_CODE);
  for (let c = 0; c < codes.length; c++) if (codes[c] !== NO_CODE) renumber[codes[c]] = 0;
  const values: string[] = [];
  for (let code = 0; code < renumber.length; code++) {
    if (renumber[code] === NO_CODE) continue;
    renumber[code] = values.length;
    values.push(dictionary[code]);
  }
  const compact = new Int32Array(codes.length);
  for (let c = 0; c < codes.length; c++) compact[c] = codes[c] === NO_CODE ? NO_CODE : renumber[codes[c]];
  return { codes: compact, values };
}
