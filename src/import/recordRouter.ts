import type { DatasetBuilder } from './datasetBuilder.ts';
import { LineClassifier, isBlankRecord } from './rows/index.ts';
import type { ImportSettings } from './types.ts';
import { createRowHandler } from './validate/index.ts';
import type { DateColumnReader, FileTally, RowContext, RowHandler } from './validate/index.ts';

/**
 * Where each record of a file goes, in file order: lines above the header row are skipped as
 * title or blank, the header row sets up the row handler, and every record below it is either
 * skipped (LineClassifier) or handled as a data row.
 */
export class RecordRouter {
  readonly #file: string;
  readonly #settings: ImportSettings;
  readonly #dates: DateColumnReader;
  readonly #builder: DatasetBuilder;
  readonly #tally: FileTally;
  #context: RowContext | null = null;
  #handler: RowHandler | null = null;
  #classifier: LineClassifier | null = null;

  constructor(file: string, settings: ImportSettings, dates: DateColumnReader, builder: DatasetBuilder, tally: FileTally) {
    this.#file = file;
    this.#settings = settings;
    this.#dates = dates;
    this.#builder = builder;
    this.#tally = tally;
  }

  /** The data rows' context, once the header row was taken. */
  get context(): RowContext | null {
    return this.#context;
  }

  /** The classifier of the data rows, once the header row was taken. */
  get classifier(): LineClassifier | null {
    return this.#classifier;
  }

  take(record: readonly string[], row: number): void {
    if (this.#handler !== null && this.#classifier !== null) {
      const reason = this.#classifier.classify(record);
      if (reason === null) this.#handler.handle(record, row);
      else this.#tally.skip(row, reason, record);
    } else if (row < this.#settings.headerRow) {
      this.#tally.skip(row, isBlankRecord(record) ? 'blank' : 'title', record);
    } else {
      this.takeHeader(record);
    }
  }

  /** The header row: every record after it is a data row or a line to skip (the tail of a split file starts here). */
  takeHeader(headers: readonly string[]): void {
    const { mapping, revenueStatuses, kind } = this.#settings;
    this.#context = { file: this.#file, headers, mapping, revenueStatuses, dates: this.#dates, builder: this.#builder, tally: this.#tally };
    this.#handler = createRowHandler(kind, this.#context);
    this.#classifier = new LineClassifier(headers, mapping.customer_id);
  }
}
