import type { Dataset, PackedCustomerTexts, PackedTexts } from '../core/index.ts';
import { slicePacked } from '../db/index.ts';
import type { ImportedDataset } from '../import/index.ts';
import type { BuiltColumns, Handed, SentColumns } from './handoff.ts';
import { buffersOf, columnArrays, packedArrays } from './transferables.ts';

/** The committed set as a load from the store gives it: no order-id texts. */
function withoutOrderIds({ transactions, customers, orderCount, surveys }: Dataset): Dataset {
  return surveys === undefined ? { transactions, customers, orderCount } : { transactions, customers, orderCount, surveys };
}

/**
 * The import worker's side. Storing a large data set takes a while (0.6 s at 1M rows), during
 * which the analysis worker would sit idle: so a copy of the columns goes to it as soon as they
 * are built (`built`), and it computes the Overview the page will ask for while the store runs.
 * Without a port to send to, the committed columns wait here until taken (moved, not copied).
 */
export class CommittedColumns {
  #port: MessagePort | null = null;
  #lastToken = 0;
  /** The token of the columns sent ahead for the import running now. */
  #sent: number | null = null;
  #kept: { readonly id: string; readonly handed: Handed } | null = null;

  sendBuiltTo(port: MessagePort): void {
    this.#port = port;
  }

  /** The import running now has built `dataset` and is about to store it. */
  built(dataset: ImportedDataset): void {
    this.drop();
    if (this.#port === null || dataset.packedCustomers === undefined) return;
    const token = ++this.#lastToken;
    const columns = sentCopy(dataset, dataset.packedCustomers);
    this.#port.postMessage({ token, columns } satisfies BuiltColumns, sentBuffers(columns));
    this.#sent = token;
  }

  /** The import running now has committed `dataset` as `id`. */
  keep(id: string, dataset: Dataset): void {
    this.#kept = { id, handed: this.#sent === null ? { dataset: withoutOrderIds(dataset) } : { sent: this.#sent } };
    this.#sent = null;
  }

  take(datasetId: string): Handed | null {
    const kept = this.#kept;
    this.#kept = null;
    return kept?.id === datasetId ? kept.handed : null;
  }

  /** Forgets the last commit's columns; columns sent ahead and not committed are let go of over there too. */
  drop(): void {
    this.#kept = null;
    if (this.#sent !== null) this.#port?.postMessage({ token: this.#sent, columns: null } satisfies BuiltColumns);
    this.#sent = null;
  }
}

/**
 * A copy of the columns to send ahead, with buffers of its own to move: copying here and moving
 * costs less than the structured clone of a message that leaves them in place.
 */
function sentCopy({ transactions, customers, orderCount, surveys }: Dataset, texts: PackedCustomerTexts): SentColumns {
  const packed = (texts: PackedTexts): PackedTexts => slicePacked(texts, 0, texts.ends.length);
  const dims = Object.fromEntries(Object.entries(customers.dims).map(([dimension, { codes, values }]) => [dimension, { codes: codes.slice(), values }]));
  return {
    transactions: {
      length: transactions.length,
      customer: transactions.customer.slice(),
      day: transactions.day.slice(),
      amount: transactions.amount.slice(),
      order: transactions.order.slice(),
    },
    customers: {
      length: customers.length,
      dims: dims as Dataset['customers']['dims'],
      texts: { ids: packed(texts.ids), nameCodes: texts.nameCodes.slice(), names: packed(texts.names) },
    },
    orderCount,
    ...(surveys === undefined ? {} : { surveys: { length: surveys.length, customer: surveys.customer.slice(), day: surveys.day.slice(), score: surveys.score.slice() } }),
  };
}

/** The buffers of columns sent ahead (each its own: see sentCopy). */
function sentBuffers(columns: SentColumns): ArrayBuffer[] {
  const { texts } = columns.customers;
  return buffersOf([...columnArrays(columns), ...packedArrays(texts.ids), texts.nameCodes, ...packedArrays(texts.names)]);
}
