import type { BreakdownDimension, BreakdownRow } from '../../worker/index.ts';
import type { AppState } from './appState.svelte.ts';
import { ViewQuery } from './viewQuery.svelte.ts';

/** The Concentration breakdown of the dimension `dimension()` names when loading. */
export function breakdownQuery(app: AppState, dimension: () => BreakdownDimension): ViewQuery<readonly BreakdownRow[]> {
  return new ViewQuery((request) => app.analysisClient.breakdown(request, dimension()));
}
