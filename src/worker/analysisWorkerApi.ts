import { createAnalysisHandlers } from './analysisHandlers.ts';
import { AnalysisSession } from './analysisSession.ts';
import { compose } from './compose.ts';
import type { AnalysisWorkerApi } from './contracts.ts';
import { createDatasetHandlers } from './datasetHandlers.ts';
import type { Store } from './store.ts';
import { createAllocationHandlers } from './views/allocationHandlers.ts';
import { createConcentrationHandlers } from './views/concentrationHandlers.ts';
import { createCustomersHandlers } from './views/customersHandlers.ts';
import { createLifecycleHandlers } from './views/lifecycleHandlers.ts';
import { createRiskHandlers } from './views/riskHandlers.ts';
import { createSatisfactionHandlers } from './views/satisfactionHandlers.ts';
import { createTiersHandlers } from './views/tiersHandlers.ts';

/** The analysis worker's surface: the stored data sets' handlers, the Overview's and each view's, composed flat for Comlink. */
export function createAnalysisWorkerApi(store: Store): AnalysisWorkerApi {
  const session = new AnalysisSession();
  return compose(
    createDatasetHandlers(session, store),
    createAnalysisHandlers(session, store),
    createConcentrationHandlers(session, store),
    createTiersHandlers(session, store),
    createLifecycleHandlers(session, store),
    createRiskHandlers(session, store),
    createSatisfactionHandlers(session, store),
    createAllocationHandlers(session, store),
    createCustomersHandlers(session, store),
  );
}
