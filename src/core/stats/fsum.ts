import { Adder } from './adder.ts';

/** Compensated sum of the values (see Adder); NaN values are skipped, 0 for none. */
export function fsum(values: Iterable<number>): number {
  const adder = new Adder();
  for (const value of values) adder.add(value);
  return +adder;
}
