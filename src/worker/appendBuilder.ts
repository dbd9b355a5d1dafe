import { DIMENSIONS, NO_CODE } from '../core/index.ts';
import { unpackTexts } from '../db/index.ts';
import type { DatasetWithOrderIds } from '../db/index.ts';
import { DatasetBuilder } from '../import/index.ts';

const NO_DIMS: readonly string[] = DIMENSIONS.map(() => '');

/**
 * A builder that starts with a stored data set and leaves out the new transaction rows that
 * data set already has: same order id, customer, day and amount. Only rows with an order id
 * are compared (without one, two equal rows may well be two sales); new rows are not
 * compared with each other.
 *
 * The stored rows are added again with their customer's resolved name and dimensions, so a
 * new row on a later day updates them as in a fresh import; customers without a row (from a
 * master file) keep theirs as master attributes. The customer table keeps its order. Stored
 * survey answers are kept as they are (no de-duplication: a customer may answer twice a day).
 */
export class AppendBuilder extends DatasetBuilder {
  readonly #existing = new Set<string>();

  constructor(dataset: DatasetWithOrderIds) {
    super();
    const { transactions, customers } = dataset;
    // Strings here: the stored rows are added again the way new ones are, by text.
    const orderIds = unpackTexts(dataset.orderIds);
    const hasRows = new Uint8Array(customers.length);
    for (let r = 0; r < transactions.length; r++) hasRows[transactions.customer[r]] = 1;
    const dims = (c: number): string[] =>
      DIMENSIONS.map((dimension) => {
        const { codes, values } = customers.dims[dimension];
        return codes[c] === NO_CODE ? '' : values[codes[c]];
      });
    const customerDims: (readonly string[])[] = [];
    for (let c = 0; c < customers.length; c++) {
      customerDims.push(hasRows[c] === 1 ? dims(c) : NO_DIMS);
      if (hasRows[c] === 1) super.addCustomer(customers.ids[c], '', NO_DIMS);
      else super.addCustomer(customers.ids[c], customers.names[c], dims(c));
    }
    for (let r = 0; r < transactions.length; r++) {
      const c = transactions.customer[r];
      const order = transactions.order[r];
      const orderId = order === NO_CODE ? '' : orderIds[order];
      const id = customers.ids[c];
      const day = transactions.day[r];
      const amount = transactions.amount[r];
      super.addTransaction(id, day, amount, orderId, customers.names[c], customerDims[c]);
      if (orderId !== '') this.#existing.add(rowKey(orderId, id, day, amount));
    }
    // Stored survey answers come first; the new file's answers are appended after them.
    const { surveys } = dataset;
    if (surveys !== undefined) {
      for (let s = 0; s < surveys.length; s++) super.addSurvey(customers.ids[surveys.customer[s]], surveys.day[s], surveys.score[s]);
    }
  }

  override get filtersRows(): boolean {
    return true;
  }

  override addTransaction(customerId: string, day: number, amount: number, orderId: string, name: string, dims: readonly string[]): void {
    if (orderId !== '' && this.#existing.has(rowKey(orderId, customerId, day, amount))) return;
    super.addTransaction(customerId, day, amount, orderId, name, dims);
  }
}

/** Identity of a transaction row for de-duplication; U+0001 never occurs in trimmed CSV cells. */
function rowKey(orderId: string, customerId: string, day: number, amount: number): string {
  return `${orderId}\u0001${customerId}\u0001${day}\u0001${amount}`;
}
