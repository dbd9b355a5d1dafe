import type { ConcentrationResult } from '../../worker/index.ts';
import type { AppState } from './appState.svelte.ts';
import { ViewQuery } from './viewQuery.svelte.ts';

/** The Concentration view's result: Lorenz, top customers, bands, breakdown and trend. */
export function concentrationQuery(app: AppState): ViewQuery<ConcentrationResult> {
  return new ViewQuery((request) => app.analysisClient.concentration(request));
}
