import type { AnalysisSession } from '../analysisSession.ts';
import type { Store } from '../store.ts';

/** What the Concentration view (`#/concentration`) asks the analysis worker for. */
export interface ConcentrationApi {}

export function createConcentrationHandlers(session: AnalysisSession, store: Store): ConcentrationApi {
  void session;
  void store;
  return {};
}
