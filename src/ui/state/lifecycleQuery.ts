import type { LifecycleResult } from '../../worker/index.ts';
import type { AppState } from './appState.svelte.ts';
import { ViewQuery } from './viewQuery.svelte.ts';

/** The Lifecycle view's result: stages, stage flow, new vs lost per month and cohorts. */
export function lifecycleQuery(app: AppState): ViewQuery<LifecycleResult> {
  return new ViewQuery((request) => app.analysisClient.lifecycle(request));
}
