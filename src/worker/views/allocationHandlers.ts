import type { AnalysisSession } from '../analysisSession.ts';
import type { Store } from '../store.ts';

/** What the Allocation view (`#/allocation`) asks the analysis worker for. */
export interface AllocationApi {}

export function createAllocationHandlers(session: AnalysisSession, store: Store): AllocationApi {
  void session;
  void store;
  return {};
}
