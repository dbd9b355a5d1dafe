import { summarize } from '../core/index.ts';
import type { AnalysisOptions } from '../core/index.ts';
import type { AnalysisSession } from './analysisSession.ts';
import type { Analysis, OpenedDataset } from './contracts.ts';
import { openDataset } from './openDataset.ts';
import { replyFrom } from './reply.ts';
import type { Reply } from './reply.ts';
import type { Store } from './store.ts';

/** Results computed from the open data set; only results leave the worker. */
export function createAnalysisHandlers(session: AnalysisSession, store: Store) {
  return {
    opened(): Promise<Reply<OpenedDataset>> {
      return replyFrom(() => {
        const { id, rows, reports } = openDataset(session, store);
        return { datasetId: id, rows, reports };
      });
    },

    summary(options?: Partial<AnalysisOptions>): Promise<Reply<Analysis>> {
      return replyFrom(() => {
        const open = openDataset(session, store);
        return { datasetId: open.id, summary: summarize(open.dataset, options), rows: open.rows, reports: open.reports };
      });
    },
  };
}
