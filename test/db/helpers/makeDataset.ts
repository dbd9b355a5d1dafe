import { DIMENSIONS, NO_CODE } from '../../../src/core/model/index.ts';
import type { CodedColumn, Dimension } from '../../../src/core/model/index.ts';
import { packTexts } from '../../../src/db/index.ts';
import type { DatasetWithOrderIds } from '../../../src/db/index.ts';

/** Ids that would be dangerous as object keys; every generated table starts with them. */
export const TRICKY_IDS = ['__proto__', 'constructor', 'toString', '客户-001'];
export const TRICKY_VALUES = ['constructor', '__proto__', 'North', '华东'];

/**
 * A deterministic data set: fractional and negative amounts, unknown order ids and
 * dimension codes (NO_CODE), and the tricky ids above.
 */
export function makeDataset(rowCount: number, customerCount: number = Math.ceil(rowCount / 7)): DatasetWithOrderIds {
  const ids = Array.from({ length: customerCount }, (_, i) => (i < TRICKY_IDS.length ? TRICKY_IDS[i] : `C${i}`));
  const names = ids.map((id, i) => (i % 3 === 0 ? '' : `Name of ${id}`));
  const orderCount = Math.ceil(rowCount / 2);
  const orderIds = Array.from({ length: orderCount }, (_, k) => (k === 0 ? '__proto__' : `O${k}`));

  const customer = new Int32Array(rowCount);
  const day = new Int32Array(rowCount);
  const amount = new Float64Array(rowCount);
  const order = new Int32Array(rowCount);
  for (let i = 0; i < rowCount; i++) {
    customer[i] = (i * 31) % customerCount;
    day[i] = 17_000 + ((i * 13) % 2_000);
    amount[i] = (((i * 7_919) % 20_001) - 2_000) * 0.37 / 3;
    order[i] = i % 5 === 4 ? NO_CODE : Math.floor(i / 2);
  }

  const dims = {} as Record<Dimension, CodedColumn>;
  DIMENSIONS.forEach((dimension, d) => {
    const values = [...TRICKY_VALUES, `${dimension}-only`];
    const codes = new Int32Array(customerCount);
    for (let c = 0; c < customerCount; c++) codes[c] = ((c * 3 + d) % (values.length + 1)) - 1;
    dims[dimension] = { codes, values };
  });

  return {
    transactions: { length: rowCount, customer, day, amount, order },
    customers: { length: customerCount, ids, names, dims },
    orderCount,
    orderIds: packTexts(orderIds),
  };
}
