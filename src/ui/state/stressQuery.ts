import type { StressRemoval, StressResult } from '../../worker/index.ts';
import type { AppState } from './appState.svelte.ts';
import { ViewQuery } from './viewQuery.svelte.ts';

/** The stress test's before/after; `removal` builds a plain object (it crosses to the worker) when loading. */
export function stressQuery(app: AppState, removal: () => StressRemoval): ViewQuery<StressResult> {
  return new ViewQuery((request) => app.analysisClient.stressTest(request, removal()));
}
