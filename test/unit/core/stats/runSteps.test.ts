import { expect, test } from 'vitest';
import { inSteps, runSteps, STEP_CUSTOMERS } from '../../../../src/core/index.ts';

/** The ranges a pass over `size` customers is given, and the pauses before each. */
function stepsOf(size: number) {
  const calls: { from: number; to: number; pausesBefore: number }[] = [];
  let pauses = 0;
  const steps = inSteps(size, (from, to) => calls.push({ from, to, pausesBefore: pauses }));
  while (!steps.next().done) pauses++;
  return { calls, pauses };
}

test('inSteps covers every customer once, in ranges of STEP_CUSTOMERS, with a pause between two ranges', () => {
  const size = 2 * STEP_CUSTOMERS + 5;
  const { calls, pauses } = stepsOf(size);
  expect(calls).toEqual([
    { from: 0, to: STEP_CUSTOMERS, pausesBefore: 0 },
    { from: STEP_CUSTOMERS, to: 2 * STEP_CUSTOMERS, pausesBefore: 1 },
    { from: 2 * STEP_CUSTOMERS, to: size, pausesBefore: 2 },
  ]);
  expect(pauses).toBe(2);
});

test('inSteps of one range or none does not pause', () => {
  expect(stepsOf(STEP_CUSTOMERS)).toEqual({ calls: [{ from: 0, to: STEP_CUSTOMERS, pausesBefore: 0 }], pauses: 0 });
  expect(stepsOf(0)).toEqual({ calls: [], pauses: 0 });
});

test('runSteps runs steps to their end and answers their result', () => {
  function* counted(): Generator<void, number> {
    let total = 0;
    yield* inSteps(3 * STEP_CUSTOMERS, (from, to) => (total += to - from));
    return total;
  }
  expect(runSteps(counted())).toBe(3 * STEP_CUSTOMERS);
});
