import { AnalysisSession } from '../../../../src/worker/analysisSession.ts';
import type { OpenDataset } from '../../../../src/worker/analysisSession.ts';

/** An analysis session with `open` opened and its columns already in memory. */
export function openSession(open: OpenDataset): AnalysisSession {
  const session = new AnalysisSession();
  session.opening = { id: open.id, rows: open.rows, reports: open.reports, ready: Promise.resolve(open) };
  return session;
}
