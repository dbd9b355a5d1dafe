export { AppState } from './appState.svelte.ts';
export type { AppFailure, AppStatus, Connect } from './appState.svelte.ts';
export { Prefs, THEMES } from './prefs.svelte.ts';
export type { PrefsStore, Theme } from './prefs.svelte.ts';
export { Router } from './router.svelte.ts';
export { ROUTES, parseRoute } from './parseRoute.ts';
export type { Route } from './parseRoute.ts';
export { getAppContext, setAppContext } from './context.ts';
export type { AppContext } from './context.ts';
