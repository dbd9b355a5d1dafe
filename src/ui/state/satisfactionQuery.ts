import type { SatisfactionGrouping } from '../../core/index.ts';
import type { SatisfactionResult } from '../../worker/index.ts';
import type { AppState } from './appState.svelte.ts';
import { ViewQuery } from './viewQuery.svelte.ts';

/** The Risk view's satisfaction section: NPS / CSAT by `by()` and churn by band; null data = no surveys. */
export function satisfactionQuery(app: AppState, by: () => SatisfactionGrouping): ViewQuery<SatisfactionResult | null> {
  return new ViewQuery((request) => app.analysisClient.satisfaction(request, by()));
}
