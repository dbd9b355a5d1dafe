import { customerRows, idOrder } from '../core/index.ts';
import type { Dataset, ViewRequest } from '../core/index.ts';
import type { AnalysisSession } from './analysisSession.ts';
import type { DatasetInfo } from './contracts.ts';
import { datasetInfo } from './datasetInfo.ts';
import { ColumnsSentAhead } from './columnsSentAhead.ts';
import { committedFrom } from './handoff.ts';
import { storedReports } from './importReport.ts';
import type { OverviewSnapshot } from './overviewSnapshot.ts';
import { preloadLast } from './preloadLast.ts';
import type { Preload } from './preloadLast.ts';
import { replyFrom } from './reply.ts';
import type { Reply } from './reply.ts';
import { LAST_DATASET_KEY } from './store.ts';
import type { Store } from './store.ts';
import { sumRowCounts } from './sumRowCounts.ts';
import { overviewResult } from './views/overviewResult.ts';
import { WorkerIssue } from './workerIssue.ts';

const notFound = (): WorkerIssue => new WorkerIssue({ code: 'datasetNotFound' });

/** The stored data sets: list, open (into memory), rename, remove; and which one was open last. */
export function createDatasetHandlers(session: AnalysisSession, store: Store, snapshot: OverviewSnapshot) {
  let preload: Promise<Preload | null> | null = preloadLast(store).catch(() => null);
  /** The preload of `datasetId`, or null; the first open takes (or drops) it. */
  const preloaded = async (datasetId: string): Promise<Preload | null> => {
    const taken = await preload;
    preload = null;
    return taken?.id === datasetId ? taken : null;
  };

  /** The request the page will ask the Overview of once the running import is done (expectOverview). */
  let expected: ViewRequest | null = null;
  // Columns the import worker sends while it stores them: the Overview the page will ask for
  // is computed in the meantime (or, not knowing the request, what every analysis needs first:
  // the rows grouped by customer and the ids' order).
  const ahead = new ColumnsSentAhead((dataset) => {
    if (expected !== null) {
      overviewResult({ dataset }, expected);
    } else {
      customerRows(dataset);
      idOrder(dataset.customers.ids);
    }
  });
  /** The import worker's columns of `datasetId` when it has just committed it, else null. */
  let handedOver: (datasetId: string) => Promise<Dataset | null> = async () => null;

  return {
    connectImport(port: MessagePort): void {
      handedOver = committedFrom(port, ahead);
    },

    expectOverview(request: ViewRequest | null): void {
      expected = request;
    },

    listDatasets(): Promise<Reply<readonly DatasetInfo[]>> {
      return replyFrom(async () => {
        store.assertOpen();
        return (await store.datasets.listDatasets()).map(datasetInfo);
      });
    },

    /** The last data set opened or imported, or null when there is none or it is gone. */
    lastDatasetId(): Promise<Reply<string | null>> {
      return replyFrom(async () => {
        store.assertOpen();
        const pending = await preload;
        if (pending !== null) return pending.id;
        const id = await store.settings.get(LAST_DATASET_KEY);
        if (typeof id !== 'string') return null;
        return (await store.datasets.getDataset(id)) === undefined ? null : id;
      });
    },

    /**
     * Loads the columns (a few typed arrays, no per-row work) and remembers the data set as the last
     * one. Answers once they are in memory, or at once when the Overview of this data set is stored
     * (OverviewSnapshot): the page then shows it while the columns load, and every other result waits.
     */
    open(datasetId: string): Promise<Reply<DatasetInfo>> {
      return replyFrom(async () => {
        store.assertOpen();
        const taken = preloaded(datasetId);
        const columns = Promise.all([handedOver(datasetId), taken]).then(([handed, loaded]) => handed ?? loaded?.dataset ?? store.datasets.loadDataset(datasetId));
        // Awaited below (ready) unless the record is gone: then its failure is of no interest.
        columns.catch(() => {});
        const early = await taken;
        const [record, report, last] =
          early !== null
            ? [early.record, early.report, datasetId]
            : await Promise.all([store.datasets.getDataset(datasetId), store.datasets.getReport(datasetId), store.settings.get(LAST_DATASET_KEY)]);
        if (record === undefined) throw notFound();
        const rows = sumRowCounts(record.rows);
        const reports = storedReports(report);
        const ready = columns.then((dataset) => {
          if (dataset === null) throw notFound();
          return { id: datasetId, dataset, rows, reports };
        });
        // Whoever asks for a result sees a failed load; nobody asking is no unhandled rejection.
        ready.catch(() => {});
        if (!(await snapshot.has(datasetId))) await ready;
        session.opening = { id: datasetId, rows, reports, ready };
        // Reopening the last one (every start) writes nothing: a durable write costs a disk flush.
        if (last !== datasetId) await store.settings.set(LAST_DATASET_KEY, datasetId);
        return datasetInfo(record);
      });
    },

    rename(datasetId: string, name: string): Promise<Reply<DatasetInfo>> {
      return replyFrom(async () => {
        store.assertOpen();
        if (!(await store.datasets.rename(datasetId, name))) throw notFound();
        const record = await store.datasets.getDataset(datasetId);
        if (record === undefined) throw notFound();
        return datasetInfo(record);
      });
    },

    /** Deletes a data set; if it was open, nothing is open afterwards, and it is no longer the last one. */
    remove(datasetId: string): Promise<Reply<null>> {
      return replyFrom(async () => {
        store.assertOpen();
        preload = null;
        await store.datasets.remove(datasetId);
        await snapshot.forget(datasetId);
        if (session.opening?.id === datasetId) session.opening = null;
        if ((await store.settings.get(LAST_DATASET_KEY)) === datasetId) await store.settings.remove(LAST_DATASET_KEY);
        return null;
      });
    },
  };
}
