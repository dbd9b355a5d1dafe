import { expose, transfer, wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { Dataset } from '../core/index.ts';

/**
 * What the import worker offers the analysis worker on the channel between them: the columns
 * it has just committed, so opening the new data set need not read back from IndexedDB what
 * is still in memory next door.
 */
export interface Handoff {
  /** The columns of `datasetId` when it is the data set committed last, else null; either way they are given up. */
  take(datasetId: string): Dataset | null;
}

/** The import worker's last committed columns, until the analysis worker takes them or the next import starts. */
export class CommittedColumns {
  #kept: { readonly id: string; readonly dataset: Dataset } | null = null;

  keep(id: string, { transactions, customers, orderCount, surveys }: Dataset): void {
    // The committed set as a load from the store gives it: no order-id texts.
    this.#kept = { id, dataset: surveys === undefined ? { transactions, customers, orderCount } : { transactions, customers, orderCount, surveys } };
  }

  take(datasetId: string): Dataset | null {
    const kept = this.#kept;
    this.#kept = null;
    return kept?.id === datasetId ? kept.dataset : null;
  }

  drop(): void {
    this.#kept = null;
  }
}

/** Serves `committed` on `port`; the columns move (transfer, no copy): the import worker is done with them. */
export function offerCommitted(port: MessagePort, committed: CommittedColumns): void {
  expose(
    {
      take(datasetId: string): Dataset | null {
        const dataset = committed.take(datasetId);
        return dataset === null ? null : transfer(dataset, columnBuffers(dataset));
      },
    },
    port,
  );
}

/** The analysis worker's end of the channel. */
export function committedFrom(port: MessagePort): Remote<Handoff> {
  return wrap<Handoff>(port);
}

/** Every typed array's buffer, once each (a buffer listed twice cannot be transferred). */
function columnBuffers({ transactions, customers, surveys }: Dataset): ArrayBuffer[] {
  const arrays: ArrayBufferView[] = [transactions.customer, transactions.day, transactions.amount, transactions.order];
  for (const { codes } of Object.values(customers.dims)) arrays.push(codes);
  if (surveys !== undefined) arrays.push(surveys.customer, surveys.day, surveys.score);
  return [...new Set(arrays.map((array) => array.buffer as ArrayBuffer))];
}
