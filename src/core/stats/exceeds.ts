import { RELATIVE_TOLERANCE } from './tolerance.ts';

/** value > threshold, where a value within RELATIVE_TOLERANCE of the threshold counts as equal (so not above). NaN never exceeds. */
export function exceeds(value: number, threshold: number): boolean {
  return value > threshold + RELATIVE_TOLERANCE * Math.abs(threshold);
}
