import { createContext } from 'svelte';
import type { AppState } from './appState.svelte.ts';
import type { FilterState } from './filterState.svelte.ts';
import type { Prefs } from './prefs.svelte.ts';
import type { Router } from './router.svelte.ts';
import type { StorageState } from './storageState.svelte.ts';

/** The app-wide state objects, shared with every view through Svelte context. */
export interface AppContext {
  readonly app: AppState;
  readonly filters: FilterState;
  readonly prefs: Prefs;
  readonly router: Router;
  readonly storage: StorageState;
}

export const [getAppContext, setAppContext] = createContext<AppContext>();
