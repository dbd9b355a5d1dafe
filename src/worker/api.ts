import { createAnalysisHandlers } from './analysisHandlers.ts';
import { createImportHandlers } from './importHandlers.ts';
import { Session } from './session.ts';
import type { Fetch } from './urlSource.ts';

export interface ApiDeps {
  readonly fetchFile: Fetch;
  readonly origin: string;
}

/** The worker's whole surface: one handler object per domain, composed flat for Comlink. */
export function createWorkerApi(deps: ApiDeps) {
  const session = new Session();
  return compose(createImportHandlers({ session, ...deps }), createAnalysisHandlers(session));
}

export type WorkerApi = ReturnType<typeof createWorkerApi>;

/** Merges two domains' handlers; a name defined twice would silently shadow one, so it is a bug. */
function compose<A extends object, B extends object>(a: A, b: B): A & B {
  const twice = Object.keys(a).filter((name) => Object.hasOwn(b, name));
  if (twice.length > 0) throw new Error(`worker handlers defined twice: ${twice.join(', ')}`);
  return { ...a, ...b };
}
