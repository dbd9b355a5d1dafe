import type { TrendPoint } from '../../core/index.ts';
import type { AppState } from './appState.svelte.ts';
import { ViewQuery } from './viewQuery.svelte.ts';

/** The Concentration view's monthly trend. */
export function trendQuery(app: AppState): ViewQuery<readonly TrendPoint[]> {
  return new ViewQuery((request) => app.analysisClient.trend(request));
}
