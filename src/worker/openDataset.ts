import type { AnalysisSession, OpenDataset } from './analysisSession.ts';
import type { Store } from './store.ts';

/**
 * The data set results are computed from. The UI asks for results only after `open`
 * answered, so nothing open is a bug of the caller, not an input problem.
 */
export function openDataset(session: AnalysisSession, store: Store): OpenDataset {
  store.assertOpen();
  if (session.open === null) throw new Error('results requested before a data set was opened');
  return session.open;
}
