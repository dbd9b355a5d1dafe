import { expose, transfer, wrap } from 'comlink';
import type { Remote } from 'comlink';
import type { Dataset, PackedCustomerTexts } from '../core/index.ts';
import type { ColumnsSentAhead } from './columnsSentAhead.ts';
import type { CommittedColumns } from './committedColumns.ts';
import { buffersOf, columnArrays } from './transferables.ts';

/**
 * A data set's columns as the import worker sends them ahead of its commit: the customers'
 * ids and names packed, so that the copy is of a few buffers, not of a string per customer.
 */
export interface SentColumns extends Omit<Dataset, 'customers'> {
  readonly customers: Omit<Dataset['customers'], 'ids' | 'names'> & { readonly texts: PackedCustomerTexts };
}

/** Columns sent ahead under `token`, or (null) word that they will not be committed. */
export interface BuiltColumns {
  readonly token: number;
  readonly columns: SentColumns | null;
}

/** What the import worker answers for a data set it has just committed. */
export type Handed =
  /** The columns themselves. */
  | { readonly dataset: Dataset }
  /** They were sent ahead as BuiltColumns `token`. */
  | { readonly sent: number };

/**
 * What the import worker offers the analysis worker on the channel between them: the columns
 * of the data set it has just committed, so opening it need not read back from IndexedDB what
 * is still in memory next door.
 */
export interface Handoff {
  /** From now on, each built data set is sent ahead (BuiltColumns) to `port`, before it is stored. */
  sendBuiltTo(port: MessagePort): void;
  /** How the columns of `datasetId` reach the analysis worker when it is the data set committed last, else null; either way they are given up. */
  take(datasetId: string): Handed | null;
}

/** Serves `committed` on `port`; committed columns not sent ahead move (transfer, no copy): the import worker is done with them. */
export function offerCommitted(port: MessagePort, committed: CommittedColumns): void {
  expose(
    {
      sendBuiltTo(builtPort: MessagePort): void {
        committed.sendBuiltTo(builtPort);
      },
      take(datasetId: string): Handed | null {
        const handed = committed.take(datasetId);
        return handed === null || !('dataset' in handed) ? handed : transfer(handed, buffersOf(columnArrays(handed.dataset)));
      },
    } satisfies Handoff,
    port,
  );
}

/**
 * The analysis worker's end of the channel: asks for columns to be sent ahead to `ahead`,
 * and answers the columns of a just-committed data set, or null.
 */
export function committedFrom(port: MessagePort, ahead: ColumnsSentAhead): (datasetId: string) => Promise<Dataset | null> {
  const importer: Remote<Handoff> = wrap<Handoff>(port);
  const { port1, port2 } = new MessageChannel();
  port1.addEventListener('message', (event: MessageEvent<BuiltColumns>) => ahead.receive(event.data));
  port1.start();
  void importer.sendBuiltTo(transfer(port2, [port2]));
  return async (datasetId) => {
    const handed = await importer.take(datasetId);
    if (handed === null) return null;
    return 'dataset' in handed ? handed.dataset : ahead.take(handed.sent);
  };
}
