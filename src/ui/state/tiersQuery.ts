import type { TiersResult } from '../../worker/index.ts';
import type { AppState } from './appState.svelte.ts';
import { ViewQuery } from './viewQuery.svelte.ts';

/** The Tiers view's result: tiers, RFM segments and the tier migration. */
export function tiersQuery(app: AppState): ViewQuery<TiersResult> {
  return new ViewQuery((request) => app.analysisClient.tiers(request));
}
