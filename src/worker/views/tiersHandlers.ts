import type { AnalysisSession } from '../analysisSession.ts';
import type { Store } from '../store.ts';

/** What the Tiers view (`#/tiers`) asks the analysis worker for. */
export interface TiersApi {}

export function createTiersHandlers(session: AnalysisSession, store: Store): TiersApi {
  void session;
  void store;
  return {};
}
