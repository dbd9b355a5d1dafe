import type { AnalysisSession } from '../analysisSession.ts';
import type { Store } from '../store.ts';

/** What the Lifecycle view (`#/lifecycle`) asks the analysis worker for. */
export interface LifecycleApi {}

export function createLifecycleHandlers(session: AnalysisSession, store: Store): LifecycleApi {
  void session;
  void store;
  return {};
}
