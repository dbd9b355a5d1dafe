/**
 * Contracts of the import pipeline: file bytes → decoded text → CSV records → mapped,
 * validated rows → columnar Dataset. Everything here is pure and runs in the import
 * worker, the Node CLI and unit tests alike.
 */
import type { Dataset, Dimension, Issue, PackedCustomerTexts, PackedTexts, SurveyColumns as CoreSurveyColumns } from '../core/model/index.ts';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';
export type Delimiter = ',' | ';' | '\t' | '|';
/** How to read an ambiguous `3/5/2024`: month first (US) or day first. */
export type DateOrder = 'mdy' | 'dmy';

/** Canonical fields of SPEC §1, plus `score` of survey files. */
export const FIELDS = [
  'customer_id', 'customer_name', 'date', 'amount', 'order_id',
  'region', 'industry', 'segment', 'channel', 'owner',
  'quantity', 'product', 'category', 'status', 'refunded', 'score',
] as const;
export type Field = (typeof FIELDS)[number];
export const DIMENSION_FIELDS: readonly Dimension[] = ['region', 'industry', 'segment', 'channel', 'owner'];

/** What a file holds, decided from its mapped columns. */
export type FileKind = 'transactions' | 'customers' | 'survey';

/** Column index (0-based, in the header row) per field; absent = not mapped. */
export type ColumnMapping = Partial<Record<Field, number>>;

/** A file that can be read from the start as often as needed (File in the worker, fs in the CLI). */
export interface ByteSource {
  readonly name: string;
  readonly size: number;
  open(): AsyncIterable<Uint8Array>;
  /**
   * The bytes as open() gives them, in chunks of up to `chunkBytes`, each in memory the next one
   * overwrites (a reader copies what it keeps before it asks for more), where that reads the
   * source for less.
   */
  readReused?(chunkBytes: number): AsyncIterable<Uint8Array>;
  /** Bytes [start, end) as a source of their own, where the source can read a part without the rest. */
  slice?(start: number, end: number): ByteSource;
}

/** A source that can read a part of itself. */
export type SliceableSource = ByteSource & Required<Pick<ByteSource, 'slice'>>;

/** A line that is not data: title lines above the header, blank lines, totals and footers. */
export interface SkippedLine {
  /** 1-based record number in the file (the row number a spreadsheet shows). */
  readonly row: number;
  readonly reason: 'title' | 'blank' | 'total' | 'footer';
  readonly text: string;
}

/** What the mapping step shows before anything is imported. */
export interface FileInspection {
  readonly file: string;
  readonly size: number;
  readonly encoding: Encoding;
  /** True when the encoding came from a BOM or the user, false when guessed from the bytes. */
  readonly encodingCertain: boolean;
  readonly delimiter: Delimiter;
  /** 1-based record number of the header row. */
  readonly headerRow: number;
  readonly headers: readonly string[];
  readonly skipped: readonly SkippedLine[];
  /** First data records (up to 20), as text cells. */
  readonly preview: readonly (readonly string[])[];
  readonly mapping: ColumnMapping;
  /** Name of the export preset recognised (e.g. 'shopify-orders'), or null. */
  readonly preset: string | null;
  readonly kind: FileKind;
  /** Order decided from the sample values, or null when no value disambiguates. */
  readonly dateOrder: DateOrder | null;
  /**
   * Order to use when the values never disambiguate: the preset's, else month-first for a
   * comma-separated file with `.` decimals (US style), else day-first.
   */
  readonly defaultDateOrder?: DateOrder;
  /** True when every sampled date is a plain number: Excel serial days (1900 system). */
  readonly dateSerial?: boolean;
  /** Status values that count as revenue (defaults of SPEC §1 plus the preset's). */
  readonly revenueStatuses: readonly string[];
  /** Set when the file cannot be imported at all (no customer/date/amount column...). */
  readonly problem: Issue | null;
}

export interface ImportSettings {
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  readonly headerRow: number;
  readonly mapping: ColumnMapping;
  readonly kind: FileKind;
  /** Used where the values of the date column never disambiguate. */
  readonly dateOrder: DateOrder;
  /** Read plain numbers in the date column as Excel serial days (default false). */
  readonly dateSerial?: boolean;
  readonly revenueStatuses: readonly string[];
}

export interface RowCounts {
  /** accepted + excluded + rejected: every data row of the file. */
  readonly total: number;
  readonly accepted: number;
  readonly excluded: number;
  readonly rejected: number;
  /** Title, blank, total and footer lines (not data rows). */
  readonly skipped: number;
}

export interface FileReport {
  readonly file: string;
  readonly encoding: Encoding;
  readonly delimiter: Delimiter;
  readonly kind: FileKind;
  readonly rows: RowCounts;
  /** First 1,000 rejected rows: code, row, column, value. */
  readonly rejections: readonly Issue[];
  /** Rejections per reason code, over all rows. */
  readonly rejectionCounts: Readonly<Record<string, number>>;
  /** Excluded rows per status value as written ('' for blank). */
  readonly excludedByStatus: Readonly<Record<string, number>>;
  readonly skipped: readonly SkippedLine[];
  readonly dateOrder: DateOrder;
  /** 'data' when the values decided the order, 'setting' when none disambiguated. */
  readonly dateOrderSource: 'data' | 'setting';
  /** Dates that read both ways (3/5/2024): only when there are some did the order matter. */
  readonly ambiguousDates: number;
  /** Non-fatal problems of the whole file (e.g. undecodable bytes in a forced encoding). */
  readonly warnings?: readonly Issue[];
}

export interface ImportProgress {
  readonly file: string;
  readonly bytesRead: number;
  readonly bytesTotal: number;
  readonly rows: number;
  /** Every file is read and the data set is being stored (the import worker's last report). */
  readonly saving?: true;
}

/** Survey answers (customer, day, score), one entry per accepted survey row: the core type. */
export type SurveyColumns = CoreSurveyColumns;

/**
 * The builder's output: the core Dataset plus the survey answers when a survey file was
 * imported, and the order ids as written (text `code` of `orderIds` for an order code; `orderCount` entries).
 */
export interface ImportedDataset extends Dataset {
  readonly surveys?: SurveyColumns;
  readonly orderIds: PackedTexts;
  /** The customers' ids and names as UTF-8, when the builder has them so: a copy then costs no string each. */
  readonly packedCustomers?: PackedCustomerTexts;
}

