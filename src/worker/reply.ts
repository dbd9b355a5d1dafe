import type { Issue } from '../core/index.ts';
import { DbError, isQuotaError } from '../db/index.ts';
import { ImportAborted, ImportRefused } from '../import/index.ts';
import { QuerySuperseded } from './queryTurns.ts';
import { WorkerIssue } from './workerIssue.ts';

/**
 * What a worker call answers. Errors cross the worker boundary as data, never as thrown
 * DOMExceptions: an input problem carries its Issue (translated in the UI), a cancelled
 * import or a superseded query says so, and a bug becomes `internal` with its message only.
 */
export type Failure =
  | { readonly ok: false; readonly code: 'issue'; readonly issue: Issue }
  | { readonly ok: false; readonly code: 'cancelled' }
  | { readonly ok: false; readonly code: 'internal'; readonly message: string };

export type Reply<T> = { readonly ok: true; readonly value: T } | Failure;

/**
 * Runs a handler body and turns whatever it throws into a Failure. Once `signal` has
 * aborted, any error is the cancel showing through (fetch and streams throw their own
 * AbortError DOMException), not a bug. A storage-full error that no handler described
 * further is still `storageQuota`; other store errors are internal, named so a bug report
 * says where it failed.
 */
export async function replyFrom<T>(run: () => T | Promise<T>, signal?: AbortSignal): Promise<Reply<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof ImportRefused || error instanceof WorkerIssue) return { ok: false, code: 'issue', issue: error.issue };
    if (error instanceof ImportAborted || error instanceof QuerySuperseded || signal?.aborted) return { ok: false, code: 'cancelled' };
    if (isQuotaError(error)) return { ok: false, code: 'issue', issue: { code: 'storageQuota' } };
    // A bug: keep the stack for developers in the console, send only the message across.
    console.error(error);
    return { ok: false, code: 'internal', message: internalMessage(error) };
  }
}

/** Errors of the language itself: their message says it all. */
const JS_ERRORS: ReadonlySet<string> = new Set(['Error', 'TypeError', 'RangeError', 'SyntaxError', 'ReferenceError', 'EvalError', 'URIError', 'AggregateError']);

function internalMessage(error: unknown): string {
  if (error instanceof DbError) return `local store: ${error.message}`;
  if (!(error instanceof Error)) return String(error);
  // Dexie and IndexedDB errors say what failed in their name (DatabaseClosedError, ConstraintError...).
  return JS_ERRORS.has(error.name) ? error.message : `local store: ${error.name}: ${error.message}`;
}
