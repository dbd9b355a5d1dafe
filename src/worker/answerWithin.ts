/** Thrown when a read of a file's stream went unanswered for the time allowed. */
export class StreamStalled extends Error {
  constructor(readonly waitedMs: number) {
    super(`no answer from the file's stream in ${waitedMs} ms`);
    this.name = 'StreamStalled';
  }
}

/**
 * How long one read of a file may go unanswered. A read asks for at most a MiB of a local file;
 * Chromium's file streams have been seen to stop answering for good (a 10M-row import sat
 * idle for minutes), and an import that fails with a message is better than one that never ends.
 */
export const STALL_MS = 30_000;

/** `read`'s answer, or StreamStalled once `ms` have passed without one. */
export async function answerWithin<T>(read: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stalled = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new StreamStalled(ms)), ms)));
  try {
    return await Promise.race([read, stalled]);
  } finally {
    clearTimeout(timer);
  }
}
