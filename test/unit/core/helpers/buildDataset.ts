import { DIMENSIONS, NO_CODE } from '../../../../src/core/index.ts';
import type { CodedColumn, Dataset, Dimension } from '../../../../src/core/index.ts';
import { isoToDay } from './isoToDay.ts';

/** A transaction as tests write it. `order` absent = the row has no order id. */
export interface RowInput {
  readonly customer: string;
  readonly date: string;
  readonly amount: number;
  readonly order?: string;
}

/** A customer table entry (a master-file row); dimensions absent = unknown. */
export type CustomerInput = { readonly id: string; readonly name?: string } & Partial<Record<Dimension, string | null>>;

/**
 * The columnar Dataset of row objects. The customer table lists `customers` first, in the given order,
 * then any other customer in the order rows first name it.
 */
export function buildDataset(rows: readonly RowInput[], customers: readonly CustomerInput[] = []): Dataset {
  const table: CustomerInput[] = [...customers];
  const index = new Map<string, number>(table.map((c, i) => [c.id, i]));
  for (const row of rows) {
    if (!index.has(row.customer)) {
      index.set(row.customer, table.length);
      table.push({ id: row.customer });
    }
  }
  const orderIds: string[] = [];
  const orderIndex = new Map<string, number>();
  const order = new Int32Array(rows.length);
  rows.forEach((row, i) => {
    if (row.order === undefined) {
      order[i] = NO_CODE;
      return;
    }
    if (!orderIndex.has(row.order)) {
      orderIndex.set(row.order, orderIds.length);
      orderIds.push(row.order);
    }
    order[i] = orderIndex.get(row.order)!;
  });
  const coded = (dimension: Dimension): CodedColumn => {
    const values: string[] = [];
    const codes = Int32Array.from(table, (c) => {
      const value = c[dimension];
      if (value === undefined || value === null) return NO_CODE;
      if (!values.includes(value)) values.push(value);
      return values.indexOf(value);
    });
    return { codes, values };
  };
  return {
    transactions: {
      length: rows.length,
      customer: Int32Array.from(rows, (row) => index.get(row.customer)!),
      day: Int32Array.from(rows, (row) => isoToDay(row.date)),
      amount: Float64Array.from(rows, (row) => row.amount),
      order,
    },
    customers: {
      length: table.length,
      ids: table.map((c) => c.id),
      names: table.map((c) => c.name ?? ''),
      dims: Object.fromEntries(DIMENSIONS.map((d) => [d, coded(d)])) as Record<Dimension, CodedColumn>,
    },
    orderCount: orderIds.length,
  };
}
