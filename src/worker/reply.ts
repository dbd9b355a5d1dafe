import type { Issue } from '../core/index.ts';
import { ImportAborted, ImportRefused } from '../import/index.ts';

/**
 * What a worker call answers. Errors cross the worker boundary as data, never as thrown
 * DOMExceptions: an input problem carries its Issue (translated in the UI), a cancelled
 * import says so, and a bug becomes `internal` with its message only.
 */
export type Failure =
  | { readonly ok: false; readonly code: 'issue'; readonly issue: Issue }
  | { readonly ok: false; readonly code: 'cancelled' }
  | { readonly ok: false; readonly code: 'internal'; readonly message: string };

export type Reply<T> = { readonly ok: true; readonly value: T } | Failure;

/**
 * Runs a handler body and turns whatever it throws into a Failure. Once `signal` has
 * aborted, any error is the cancel showing through (fetch and streams throw their own
 * AbortError DOMException), not a bug.
 */
export async function replyFrom<T>(run: () => T | Promise<T>, signal?: AbortSignal): Promise<Reply<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof ImportRefused) return { ok: false, code: 'issue', issue: error.issue };
    if (error instanceof ImportAborted || signal?.aborted) return { ok: false, code: 'cancelled' };
    // A bug: keep the stack for developers in the console, send only the message across.
    console.error(error);
    return { ok: false, code: 'internal', message: error instanceof Error ? error.message : String(error) };
  }
}
