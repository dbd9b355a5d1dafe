import type { Dataset } from '../../../../src/core/index.ts';
import type { RowCounts } from '../../../../src/import/index.ts';
import type { AnalysisSession } from '../../../../src/worker/analysisSession.ts';
import type { Reply } from '../../../../src/worker/reply.ts';
import type { Store } from '../../../../src/worker/store.ts';
import { openSession } from './openSession.ts';

/** A store the view handlers find open (all they ask of it). */
export const openStore = { assertOpen() {} } as unknown as Store;

const NO_ROWS: RowCounts = { total: 0, accepted: 0, excluded: 0, rejected: 0, skipped: 0 };

/** A session with `dataset` open and in memory, as a view handler finds it after an import. */
export function sessionWith(dataset: Dataset, rows: RowCounts = NO_ROWS): AnalysisSession {
  return openSession({ id: 'd', dataset, rows, reports: [] });
}

/** The value of a reply that has to be a success. */
export function valueOf<T>(reply: Reply<T>): T {
  if (!reply.ok) throw new Error(`reply failed: ${JSON.stringify(reply)}`);
  return reply.value;
}
