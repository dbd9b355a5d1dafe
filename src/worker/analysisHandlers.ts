import { summarize } from '../core/index.ts';
import type { AnalysisOptions, Summary } from '../core/index.ts';
import type { FileReport, RowCounts } from '../import/index.ts';
import { replyFrom } from './reply.ts';
import type { Reply } from './reply.ts';
import type { Session } from './session.ts';
import { sumRowCounts } from './sumRowCounts.ts';

/** The Overview's numbers: the summary plus how the rows of the import were counted. */
export interface Analysis {
  readonly summary: Summary;
  readonly rows: RowCounts;
  readonly reports: readonly FileReport[];
}

/** Handlers that compute results from the loaded data set; only results leave the worker. */
export function createAnalysisHandlers(session: Session) {
  return {
    summary(options?: Partial<AnalysisOptions>): Promise<Reply<Analysis>> {
      return replyFrom(() => {
        const { loaded } = session;
        // The UI asks only after a successful import, so an empty session is a bug.
        if (loaded === null) throw new Error('summary requested before any data set was loaded');
        return { summary: summarize(loaded.dataset, options), rows: sumRowCounts(loaded.reports), reports: loaded.reports };
      });
    },
  };
}
