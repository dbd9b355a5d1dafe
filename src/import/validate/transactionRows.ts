import { detachText } from '../build/index.ts';
import { parseAmount } from '../cells/index.ts';
import { countsAsRevenue } from '../mapping/index.ts';
import type { ColumnMapping } from '../types.ts';
import { cellAt } from './cellAt.ts';
import { readCustomerDay } from './readCustomerDay.ts';
import { readDims } from './readDims.ts';
import type { RowContext, RowHandler } from './rowContext.ts';

const MAX_CACHED_STATUSES = 1000;

/**
 * Rows of a transactions file. A row whose status (when a status column is mapped) does
 * not count as revenue is excluded. Otherwise the first problem, checked in the order
 * customer, date, amount, refunded, rejects it: `missingCustomer`, `missingDate`,
 * `badDate` / `dateOrderConflict`, `missingAmount`, `badAmount`, `badRefunded` (an empty
 * refunded cell is 0). An accepted row's revenue is amount − refunded.
 */
export class TransactionRows implements RowHandler {
  readonly #context: RowContext;
  readonly #mapping: ColumnMapping;
  /** countsAsRevenue per distinct status: exports hold few distinct statuses and many rows. */
  readonly #counts = new Map<string, boolean>();
  readonly #dims: string[] = [];

  constructor(context: RowContext) {
    this.#context = context;
    this.#mapping = context.mapping;
  }

  handle(record: readonly string[], row: number): void {
    const { file, headers, dates, builder, tally } = this.#context;
    const m = this.#mapping;

    if (m.status !== undefined) {
      const status = cellAt(record, m.status);
      if (!this.#countsAsRevenue(status)) {
        dates.observe(cellAt(record, m.date));
        tally.exclude(status);
        return;
      }
    }

    const read = readCustomerDay(this.#context, record, row);
    if (read === null) return;
    const { customer, day } = read;

    const amountText = cellAt(record, m.amount);
    const amountColumn = headers[m.amount ?? -1];
    if (amountText === '') return tally.reject({ code: 'missingAmount', file, row, column: amountColumn, value: '' });
    const amount = parseAmount(amountText);
    if (amount === null) return tally.reject({ code: 'badAmount', file, row, column: amountColumn, value: amountText });

    const refundedText = cellAt(record, m.refunded);
    const refunded = refundedText === '' ? 0 : parseAmount(refundedText);
    if (refunded === null) return tally.reject({ code: 'badRefunded', file, row, column: headers[m.refunded ?? -1], value: refundedText });

    builder.addTransaction(
      customer,
      day,
      amount - refunded,
      cellAt(record, m.order_id),
      cellAt(record, m.customer_name),
      readDims(record, m, this.#dims),
    );
    tally.accept();
  }

  #countsAsRevenue(status: string): boolean {
    let counts = this.#counts.get(status);
    if (counts === undefined) {
      counts = countsAsRevenue(status, this.#context.revenueStatuses);
      // A column of free text mapped as status would make the cache as large as the file.
      if (this.#counts.size < MAX_CACHED_STATUSES) this.#counts.set(detachText(status), counts);
    }
    return counts;
  }
}
