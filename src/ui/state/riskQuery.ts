import type { RiskResult } from '../../worker/index.ts';
import type { AppState } from './appState.svelte.ts';
import { ViewQuery } from './viewQuery.svelte.ts';

/** The Risk view's result: revenue at risk, overdue ratios, key-person risk and the call list. */
export function riskQuery(app: AppState): ViewQuery<RiskResult> {
  return new ViewQuery((request) => app.analysisClient.risk(request));
}
