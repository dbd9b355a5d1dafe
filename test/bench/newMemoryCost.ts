import type { MemoryResult } from './referenceResults.ts';

/** Arrays written per round, and rounds: enough megabytes that a collection falls within the measurement. */
const ARRAYS = 32;
const ROUNDS = 4;
const MIB = 1 << 20;

/**
 * What this machine charges a worker for memory it has not touched yet: MiB-sized typed arrays made
 * and filled anew (the old ones left to the collector, as the analysis leaves its results), against
 * the same writes into one array kept. Where page faults are dear (some virtual machines), every
 * megabyte an analysis allocates costs milliseconds; the bench's times are read with this in mind.
 */
export async function newMemoryCost(): Promise<MemoryResult> {
  const fill = (array: Float64Array, value: number) => {
    for (let i = 0; i < array.length; i++) array[i] = value + i;
  };
  const kept = new Float64Array(MIB / 8);
  let sink = 0;
  const started = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < ARRAYS; k++) {
      const array = new Float64Array(MIB / 8);
      fill(array, k);
      sink += array[k];
    }
  }
  const newMs = performance.now() - started;
  const again = performance.now();
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < ARRAYS; k++) {
      fill(kept, k);
      sink += kept[k];
    }
  }
  const reusedMs = performance.now() - again;
  const megabytes = (ARRAYS * ROUNDS * MIB) / 1e6;
  return { megabytes, newMsPerMb: newMs / megabytes, reusedMsPerMb: reusedMs / megabytes, checksum: sink };
}
