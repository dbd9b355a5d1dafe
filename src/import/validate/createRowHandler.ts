import type { FileKind } from '../types.ts';
import { CustomerRows } from './customerRows.ts';
import type { RowContext, RowHandler } from './rowContext.ts';
import { SurveyRows } from './surveyRows.ts';
import { TransactionRows } from './transactionRows.ts';

/** The row handler for a kind of file. */
export function createRowHandler(kind: FileKind, context: RowContext): RowHandler {
  switch (kind) {
    case 'transactions':
      return new TransactionRows(context);
    case 'customers':
      return new CustomerRows(context);
    case 'survey':
      return new SurveyRows(context);
  }
}
