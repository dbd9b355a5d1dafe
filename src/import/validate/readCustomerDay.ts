import { cellAt } from './cellAt.ts';
import type { RowContext } from './rowContext.ts';

export interface CustomerDay {
  readonly customer: string;
  readonly day: number;
}

/**
 * The customer and date every dated row needs, checked in that order. A problem rejects the
 * row in the tally (`missingCustomer`, `missingDate`, `badDate` / `dateOrderConflict`) and
 * answers null.
 */
export function readCustomerDay(context: RowContext, record: readonly string[], row: number): CustomerDay | null {
  const { file, headers, mapping: m, dates, tally } = context;

  const customer = cellAt(record, m.customer_id);
  if (customer === '') {
    tally.reject({ code: 'missingCustomer', file, row, column: headers[m.customer_id ?? -1], value: '' });
    return null;
  }

  const dateText = cellAt(record, m.date);
  const column = headers[m.date ?? -1];
  if (dateText === '') {
    tally.reject({ code: 'missingDate', file, row, column, value: '' });
    return null;
  }
  const day = dates.read(dateText);
  if (typeof day === 'number') return { customer, day };
  // Codes stay literal so every issue code can be found where it is raised.
  if (day === 'badDate') tally.reject({ code: 'badDate', file, row, column, value: dateText });
  else tally.reject({ code: 'dateOrderConflict', file, row, column, value: dateText });
  return null;
}
