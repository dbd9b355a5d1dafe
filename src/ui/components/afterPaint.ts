/** The browser's frame and task scheduling, passed in so that tests can step it. */
export interface FrameScheduler {
  requestAnimationFrame(callback: () => void): number;
  cancelAnimationFrame(handle: number): void;
  setTimeout(callback: () => void, ms: number): number;
  clearTimeout(handle: number): void;
}

/**
 * Calls `run` in a task of its own after the next frame is painted (a frame callback, then a
 * timeout: the paint comes between them). Returns a cancel function. Work started from a
 * frame callback alone would still run before that frame's layout and paint, in one task.
 */
export function afterPaint(run: () => void, scheduler: FrameScheduler = globalThis): () => void {
  let timeout: number | null = null;
  const frame = scheduler.requestAnimationFrame(() => {
    timeout = scheduler.setTimeout(run, 0);
  });
  return () => {
    scheduler.cancelAnimationFrame(frame);
    if (timeout !== null) scheduler.clearTimeout(timeout);
  };
}
