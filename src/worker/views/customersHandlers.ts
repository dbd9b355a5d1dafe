import type { AnalysisSession } from '../analysisSession.ts';
import type { Store } from '../store.ts';

/** What the Customers view (`#/customers`) asks the analysis worker for. */
export interface CustomersApi {}

export function createCustomersHandlers(session: AnalysisSession, store: Store): CustomersApi {
  void session;
  void store;
  return {};
}
