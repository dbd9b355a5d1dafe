import { expect, test } from 'vitest';
import { longestTask } from '../../../../scripts/bench/pageProbes.ts';

const TASKS = [
  { start: 100, duration: 60 }, // 100–160
  { start: 400, duration: 120 }, // 400–520
  { start: 900, duration: 80 }, // 900–980
];

test('longestTask: the longest task overlapping the window, partly overlapping ones included', () => {
  expect(longestTask(TASKS, 0, 1000)).toBe(120);
  expect(longestTask(TASKS, 150, 390)).toBe(60); // only the first one's tail
  expect(longestTask(TASKS, 500, 950)).toBe(120); // the second one's tail beats the third one's head
  expect(longestTask(TASKS, 530, 890)).toBe(0); // between tasks
  expect(longestTask([], 0, 10)).toBe(0);
});
