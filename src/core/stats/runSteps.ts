/**
 * Customers a stepped computation (monthlyTrendSteps, cohortRetentionSteps) handles between two
 * pauses: a few milliseconds of work at most, so a worker receives messages between steps.
 */
export const STEP_CUSTOMERS = 16384;

/**
 * A pass over customers [0, size) as steps: `pass(from, to)` for ranges of STEP_CUSTOMERS, pausing
 * between them. The loop belongs in `pass`, a plain function: V8 does not optimize a generator's own
 * loop while it runs (no on-stack replacement): the monthly trend's three passes over 188,000 customers
 * looped in its generator spent 50 ms there in a browser worker.
 */
export function* inSteps(size: number, pass: (from: number, to: number) => void): Generator<void, void> {
  for (let from = 0; from < size; from += STEP_CUSTOMERS) {
    if (from > 0) yield;
    pass(from, Math.min(size, from + STEP_CUSTOMERS));
  }
}

/** Runs a computation written as steps (a generator that pauses between them) to its end, without pausing. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
