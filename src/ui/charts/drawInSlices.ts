/** The clock and frame callbacks slices run on: the browser's, or a stand-in in tests. */
export interface FrameClock {
  now(): number;
  nextFrame(run: () => void): number;
  cancelFrame(id: number): void;
}

export const browserClock: FrameClock = {
  now: () => performance.now(),
  nextFrame: (run) => requestAnimationFrame(run),
  cancelFrame: (id) => cancelAnimationFrame(id),
};

export interface SliceOptions {
  /** Items drawn between two looks at the clock. */
  readonly step?: number;
  /** Milliseconds of drawing per frame before the rest waits for the next frame. */
  readonly budget?: number;
  readonly clock?: FrameClock;
}

/**
 * Calls `draw(start, end)` over items 0 … count − 1 in consecutive slices of `step`, from the
 * animation frame after the next on, as many slices per frame as fit in `budget` milliseconds (at
 * least one), so thousands of marks never hold the main thread for long. Returns a function that
 * stops what is left (call it when the data or the size changes, before drawing again).
 */
export function drawInSlices(count: number, draw: (start: number, end: number) => void, options: SliceOptions = {}): () => void {
  const { step = 500, budget = 8, clock = browserClock } = options;
  let next = 0;
  let frame: number | null = null;
  const run = () => {
    frame = null;
    const started = clock.now();
    do {
      const end = Math.min(count, next + step);
      draw(next, end);
      next = end;
    } while (next < count && clock.now() - started < budget);
    if (next < count) frame = clock.nextFrame(run);
  };
  // The next frame shows what changed around the marks (numbers, axes, tables) without them: the
  // first slice runs cold code, and in that frame's task it delayed the change's paint by 9-14 ms.
  if (count > 0) frame = clock.nextFrame(() => (frame = clock.nextFrame(run)));
  return () => {
    if (frame !== null) clock.cancelFrame(frame);
    frame = null;
    next = count;
  };
}
