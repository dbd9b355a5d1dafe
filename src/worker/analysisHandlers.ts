import type { AnalysisSession } from './analysisSession.ts';
import type { OpenedDataset } from './contracts.ts';
import { openingOf } from './openDataset.ts';
import { replyFrom } from './reply.ts';
import type { Reply } from './reply.ts';
import type { Store } from './store.ts';

/** What the page keeps of the open data set; the views ask for their own results. */
export function createAnalysisHandlers(session: AnalysisSession, store: Store) {
  return {
    opened(): Promise<Reply<OpenedDataset>> {
      return replyFrom(() => {
        const { id, rows, reports } = openingOf(session, store);
        return { datasetId: id, rows, reports };
      });
    },
  };
}
