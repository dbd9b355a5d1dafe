import type { DimensionValues } from '../../worker/index.ts';
import type { AppState } from './appState.svelte.ts';
import { ViewQuery } from './viewQuery.svelte.ts';

/** The values (with customer counts) the filter bar offers per dimension; the request is not needed. */
export function dimensionValuesQuery(app: AppState): ViewQuery<DimensionValues> {
  return new ViewQuery(() => app.analysisClient.dimensionValues());
}
