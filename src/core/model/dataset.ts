/**
 * The columnar data set every metric reads. One entry per accepted transaction row in
 * the typed arrays, one entry per customer in the customer table: no row objects, so a
 * 10M-row data set stays a handful of flat buffers that move between worker and
 * IndexedDB without copying.
 */

/** Grouping attributes a customer can carry (SPEC §1). */
export const DIMENSIONS = ['region', 'industry', 'segment', 'channel', 'owner'] as const;
export type Dimension = (typeof DIMENSIONS)[number];

/** Code used in an Int32Array column where a value is unknown (no order id, no region...). */
export const NO_CODE = -1;

/** The text of each code in `codes` (indexes into `texts`), '' for NO_CODE. */
export function textsOfCodes(codes: Int32Array, texts: readonly string[]): string[] {
  const out: string[] = new Array(codes.length);
  for (let i = 0; i < codes.length; i++) out[i] = codes[i] === NO_CODE ? '' : texts[codes[i]];
  return out;
}

export interface TransactionColumns {
  readonly length: number;
  /** Index into `CustomerTable.ids`. */
  readonly customer: Int32Array;
  /** Calendar day as days since 1970-01-01 (see core/stats/day.ts). */
  readonly day: Int32Array;
  /** Net revenue of the row (amount − refunded), as parsed; negative = refund or credit. */
  readonly amount: Float64Array;
  /** Order code in [0, `Dataset.orderCount`), or NO_CODE when the files have no order id (each row is then one order). */
  readonly order: Int32Array;
}

/** A dictionary-encoded attribute: one code per customer, `values[code]` is the text. */
export interface CodedColumn {
  readonly codes: Int32Array;
  readonly values: readonly string[];
}

export interface CustomerTable {
  readonly length: number;
  /** customer_id as written (trimmed, case kept), unique. */
  readonly ids: readonly string[];
  /** Display name, '' when the files have none. */
  readonly names: readonly string[];
  /**
   * One value per customer and dimension. A customer master file wins; otherwise the value
   * on the customer's latest transaction row (ties: the later row in file order).
   */
  readonly dims: Readonly<Record<Dimension, CodedColumn>>;
}

/** Survey answers (customer, day, score: NPS 0–10 or CSAT 1–5), one entry per accepted survey row. */
export interface SurveyColumns {
  readonly length: number;
  /** Index into `CustomerTable.ids`. */
  readonly customer: Int32Array;
  /** Calendar day as days since 1970-01-01. */
  readonly day: Int32Array;
  readonly score: Float64Array;
}

export interface Dataset {
  readonly transactions: TransactionColumns;
  readonly customers: CustomerTable;
  /**
   * Distinct order ids. Their texts are not needed by any metric (only which rows share an
   * order), so they stay with the import and the store (append compares them).
   */
  readonly orderCount: number;
  /** Present when a survey file was imported (absent, never empty, otherwise). */
  readonly surveys?: SurveyColumns;
}
