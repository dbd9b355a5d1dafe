import type { OverviewResult } from '../../worker/index.ts';
import type { AppState } from './appState.svelte.ts';
import { ViewQuery } from './viewQuery.svelte.ts';

/** The Overview's numbers under the global filters, with the previous period and the revenue at risk. */
export function overviewQuery(app: AppState): ViewQuery<OverviewResult> {
  return new ViewQuery((request) => app.analysisClient.overview(request));
}
