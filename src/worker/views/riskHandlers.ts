import type { AnalysisSession } from '../analysisSession.ts';
import type { Store } from '../store.ts';

/** What the Risk view (`#/risk`) asks the analysis worker for. */
export interface RiskApi {}

export function createRiskHandlers(session: AnalysisSession, store: Store): RiskApi {
  void session;
  void store;
  return {};
}
