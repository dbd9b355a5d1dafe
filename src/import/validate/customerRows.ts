import { cellAt } from './cellAt.ts';
import { readDims } from './readDims.ts';
import type { RowContext, RowHandler } from './rowContext.ts';

/** Rows of a customer master file: every row with a customer id is accepted (name and dimensions), an empty id is rejected. */
export class CustomerRows implements RowHandler {
  readonly #context: RowContext;
  readonly #dims: string[] = [];

  constructor(context: RowContext) {
    this.#context = context;
  }

  handle(record: readonly string[], row: number): void {
    const { file, headers, mapping: m, builder, tally } = this.#context;
    const customer = cellAt(record, m.customer_id);
    if (customer === '') {
      tally.reject({ code: 'missingCustomer', file, row, column: headers[m.customer_id ?? -1], value: '' });
      return;
    }
    builder.addCustomer(customer, cellAt(record, m.customer_name), readDims(record, m, this.#dims));
    tally.accept();
  }
}
