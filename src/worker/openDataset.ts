import type { AnalysisSession, OpenDataset, Opening } from './analysisSession.ts';
import type { Store } from './store.ts';

/**
 * The data set being opened, before its columns may have loaded. The UI asks for results only
 * after `open` answered, so nothing open is a bug of the caller, not an input problem.
 */
export function openingOf(session: AnalysisSession, store: Store): Opening {
  store.assertOpen();
  if (session.opening === null) throw new Error('results requested before a data set was opened');
  return session.opening;
}

/** The data set results are computed from, once its columns are in memory. */
export function openDataset(session: AnalysisSession, store: Store): Promise<OpenDataset> {
  return openingOf(session, store).ready;
}
