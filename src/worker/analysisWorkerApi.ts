import { createAnalysisHandlers } from './analysisHandlers.ts';
import { AnalysisSession } from './analysisSession.ts';
import { compose } from './compose.ts';
import type { AnalysisWorkerApi } from './contracts.ts';
import { createDatasetHandlers } from './datasetHandlers.ts';
import type { Store } from './store.ts';

/** The analysis worker's surface: the stored data sets' handlers and the results', composed flat for Comlink. */
export function createAnalysisWorkerApi(store: Store): AnalysisWorkerApi {
  const session = new AnalysisSession();
  return compose(createDatasetHandlers(session, store), createAnalysisHandlers(session, store));
}
