import { ImportAborted } from '../import/index.ts';

/**
 * `work`'s answer, or ImportAborted as soon as `signal` aborts: for waiting on work the
 * signal does not stop (it goes on, unheard), so that a cancel is not held up by it.
 */
export function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(new ImportAborted());
  let stop = (): void => {};
  const aborted = new Promise<never>((_, reject) => {
    stop = () => reject(new ImportAborted());
    signal.addEventListener('abort', stop, { once: true });
  });
  return Promise.race([work, aborted]).finally(() => signal.removeEventListener('abort', stop));
}
