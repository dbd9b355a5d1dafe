import { RELATIVE_TOLERANCE } from './tolerance.ts';

/** value ≥ threshold, where a value within RELATIVE_TOLERANCE of the threshold counts as reaching it. NaN never reaches. */
export function reaches(value: number, threshold: number): boolean {
  return value >= threshold - RELATIVE_TOLERANCE * Math.abs(threshold);
}
