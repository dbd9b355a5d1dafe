import { createAnalysisHandlers } from './analysisHandlers.ts';
import { AnalysisSession } from './analysisSession.ts';
import { compose } from './compose.ts';
import type { AnalysisWorkerApi } from './contracts.ts';
import { createDatasetHandlers } from './datasetHandlers.ts';
import { OverviewSnapshot } from './overviewSnapshot.ts';
import type { QueryTurns } from './queryTurns.ts';
import type { Store } from './store.ts';
import { createAllocationHandlers } from './views/allocationHandlers.ts';
import { createConcentrationHandlers } from './views/concentrationHandlers.ts';
import { createCustomersHandlers } from './views/customersHandlers.ts';
import { createLifecycleHandlers } from './views/lifecycleHandlers.ts';
import { createRiskHandlers } from './views/riskHandlers.ts';
import { createSatisfactionHandlers } from './views/satisfactionHandlers.ts';
import { createTiersHandlers } from './views/tiersHandlers.ts';

export interface AnalysisWorkerOptions {
  /** Names the code computing results, so that answers stored by another version are not reused; null stores none (OverviewSnapshot). */
  readonly build?: string | null;
  /** The view queries' turns (skipSuperseded): long queries stop part way once superseded. Without, they run to the end. */
  readonly turns?: QueryTurns;
}

/** The analysis worker's surface: the stored data sets' handlers, the Overview's and each view's, composed flat for Comlink. */
export function createAnalysisWorkerApi(store: Store, { build = null, turns }: AnalysisWorkerOptions = {}): AnalysisWorkerApi {
  const session = new AnalysisSession();
  const snapshot = new OverviewSnapshot(store.settings, build);
  return compose(
    createDatasetHandlers(session, store, snapshot),
    createAnalysisHandlers(session, store),
    createConcentrationHandlers(session, store, snapshot, turns),
    createTiersHandlers(session, store),
    createLifecycleHandlers(session, store, turns),
    createRiskHandlers(session, store),
    createSatisfactionHandlers(session, store),
    createAllocationHandlers(session, store),
    createCustomersHandlers(session, store),
  );
}
