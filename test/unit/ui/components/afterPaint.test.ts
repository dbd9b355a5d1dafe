import { describe, expect, test } from 'vitest';
import { afterPaint } from '../../../../src/ui/components/afterPaint.ts';
import type { FrameScheduler } from '../../../../src/ui/components/afterPaint.ts';

/** A scheduler stepped by hand: `frame()` runs the pending frame callbacks, `tasks()` the due timeouts. */
function steppedScheduler() {
  const frames = new Map<number, () => void>();
  const timeouts = new Map<number, () => void>();
  let next = 1;
  const scheduler: FrameScheduler = {
    requestAnimationFrame: (callback) => (frames.set(next, callback), next++),
    cancelAnimationFrame: (handle) => void frames.delete(handle),
    setTimeout: (callback) => (timeouts.set(next, callback), next++),
    clearTimeout: (handle) => void timeouts.delete(handle),
  };
  const drain = (queue: Map<number, () => void>) => () => {
    const due = [...queue.values()];
    queue.clear();
    for (const callback of due) callback();
  };
  return { scheduler, frame: drain(frames), tasks: drain(timeouts) };
}

describe('afterPaint', () => {
  test('runs in a task after the next frame, not in the frame callback itself', () => {
    const { scheduler, frame, tasks } = steppedScheduler();
    const runs: string[] = [];
    afterPaint(() => runs.push('run'), scheduler);
    tasks();
    expect(runs).toEqual([]);
    frame();
    expect(runs).toEqual([]);
    tasks();
    expect(runs).toEqual(['run']);
  });

  test('cancelled before the frame or between the frame and the task, it never runs', () => {
    for (const cancelAfterFrame of [false, true]) {
      const { scheduler, frame, tasks } = steppedScheduler();
      let runs = 0;
      const cancel = afterPaint(() => runs++, scheduler);
      if (cancelAfterFrame) frame();
      cancel();
      frame();
      tasks();
      expect(runs).toBe(0);
    }
  });
});
