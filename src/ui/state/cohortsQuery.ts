import type { CohortRow } from '../../core/index.ts';
import type { AppState } from './appState.svelte.ts';
import { ViewQuery } from './viewQuery.svelte.ts';

/** The Lifecycle view's cohort retention. */
export function cohortsQuery(app: AppState): ViewQuery<readonly CohortRow[]> {
  return new ViewQuery((request) => app.analysisClient.cohorts(request));
}
