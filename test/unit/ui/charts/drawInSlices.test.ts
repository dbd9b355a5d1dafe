import { describe, expect, test } from 'vitest';
import { drawInSlices } from '../../../../src/ui/charts/drawInSlices.ts';
import type { FrameClock } from '../../../../src/ui/charts/drawInSlices.ts';

/** Frames run only when the test says so; `draw` records each slice and moves the clock by `tick` ms. */
function manualClock(tick: number) {
  let time = 0;
  let nextId = 1;
  const pending = new Map<number, () => void>();
  const cancelled: number[] = [];
  const calls: [number, number][] = [];
  const clock: FrameClock = {
    now: () => time,
    nextFrame: (run) => {
      pending.set(nextId, run);
      return nextId++;
    },
    cancelFrame: (id) => {
      cancelled.push(id);
      pending.delete(id);
    },
  };
  return {
    clock,
    cancelled,
    calls,
    draw: (start: number, end: number) => {
      calls.push([start, end]);
      time += tick;
    },
    /** Runs the frames waiting now (not those they ask for); false when none was waiting. */
    frame: () => {
      const runs = [...pending.values()];
      pending.clear();
      for (const run of runs) run();
      return runs.length > 0;
    },
  };
}

describe('drawInSlices(count, draw, options)', () => {
  test('draws nothing before the second frame, then slices until the frame budget is spent', () => {
    const frames = manualClock(2);
    const { calls } = frames;
    drawInSlices(10, frames.draw, { step: 3, budget: 5, clock: frames.clock });
    expect(calls).toEqual([]);
    // Frame 1 paints the rest of the change.
    expect(frames.frame()).toBe(true);
    expect(calls).toEqual([]);
    // Frame 2: 0–3 (2 ms), 3–6 (4 ms < 5), 6–9 (6 ms ≥ 5: stop).
    frames.frame();
    expect(calls).toEqual([[0, 3], [3, 6], [6, 9]]);
    // Frame 3: the last item.
    frames.frame();
    expect(calls).toEqual([[0, 3], [3, 6], [6, 9], [9, 10]]);
    expect(frames.frame()).toBe(false);
  });

  test('a slice slower than the budget still moves on by one slice per frame', () => {
    const frames = manualClock(50);
    const { calls } = frames;
    drawInSlices(5, frames.draw, { step: 2, budget: 8, clock: frames.clock });
    frames.frame();
    frames.frame();
    frames.frame();
    frames.frame();
    expect(calls).toEqual([[0, 2], [2, 4], [4, 5]]);
    expect(frames.frame()).toBe(false);
  });

  test('stopping cancels the waiting frame and draws nothing more', () => {
    const frames = manualClock(2);
    const { calls } = frames;
    const stop = drawInSlices(10, frames.draw, { step: 3, budget: 3, clock: frames.clock });
    // Frame 2: 0–3 (2 ms < 3), 3–6 (4 ms: stop); frame 3 is requested as id 3.
    frames.frame();
    frames.frame();
    stop();
    expect(frames.cancelled).toEqual([3]);
    expect(frames.frame()).toBe(false);
    expect(calls).toEqual([[0, 3], [3, 6]]);
  });

  test('stopping before the first slice cancels the frame it waits for', () => {
    const frames = manualClock(2);
    const stop = drawInSlices(10, frames.draw, { step: 3, clock: frames.clock });
    frames.frame();
    stop();
    expect(frames.cancelled).toEqual([2]);
    expect(frames.frame()).toBe(false);
    expect(frames.calls).toEqual([]);
  });

  test('nothing to draw asks for no frame', () => {
    const frames = manualClock(1);
    drawInSlices(0, () => {
      throw new Error('no slice expected');
    }, { clock: frames.clock });
    expect(frames.frame()).toBe(false);
  });
});
