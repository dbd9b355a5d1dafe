import { describe, expect, test } from 'vitest';
import { unpackTexts } from '../../../../src/db/index.ts';
import { DatasetBuilder } from '../../../../src/import/datasetBuilder.ts';
import { DEFAULT_REVENUE_STATUSES } from '../../../../src/import/index.ts';
import { DateColumnReader, DateOrderFlip, FileTally, TransactionRows } from '../../../../src/import/validate/index.ts';
import type { RowContext } from '../../../../src/import/validate/index.ts';
import { day } from '../memorySource.ts';

const HEADERS = ['Customer ID', 'Order Date', 'Amount', 'Refunded', 'Status', 'Order ID', 'Region'];

function setup(order: 'mdy' | 'dmy' = 'mdy') {
  const builder = new DatasetBuilder();
  const tally = new FileTally(',');
  const context: RowContext = {
    file: 'f.csv',
    headers: HEADERS,
    mapping: { customer_id: 0, date: 1, amount: 2, refunded: 3, status: 4, order_id: 5, region: 6 },
    revenueStatuses: DEFAULT_REVENUE_STATUSES,
    dates: new DateColumnReader(order, false, true),
    builder,
    tally,
  };
  return { rows: new TransactionRows(context), builder, tally };
}

describe('TransactionRows', () => {
  test('an accepted row stores amount − refunded, its order and its dimensions', () => {
    const { rows, builder, tally } = setup();
    rows.handle(['C1', '2024-03-05', '100', '30', 'Paid', 'O1', 'East'], 2);
    const dataset = builder.build();
    expect(tally.rows.accepted).toBe(1);
    expect([...dataset.transactions.amount]).toEqual([70]);
    expect([...dataset.transactions.day]).toEqual([day('2024-03-05')]);
    expect(unpackTexts(dataset.orderIds)).toEqual(['O1']);
    expect(dataset.customers.dims.region.values).toEqual(['East']);
  });

  test('a record shorter than the header reads the missing cells as empty', () => {
    const { rows, tally } = setup();
    rows.handle(['C1', '2024-03-05'], 2);
    // No status cell: blank status does not count as revenue.
    expect(tally.excludedByStatus).toEqual({ '': 1 });
  });

  test('an excluded row still counts as evidence of the date order', () => {
    const { rows } = setup('mdy');
    expect(() => rows.handle(['C1', '25/03/2024', '1', '', 'Cancelled', '', ''], 2)).toThrow(DateOrderFlip);
  });

  test('an excluded row is never rejected, whatever its cells', () => {
    const { rows, tally } = setup();
    rows.handle(['', 'not a date', 'abc', 'x', 'Closed Lost', '', ''], 2);
    expect(tally.rows).toEqual({ total: 1, accepted: 0, excluded: 1, rejected: 0, skipped: 0 });
  });
});
