/**
 * Customers a stepped computation (monthlyTrendSteps, cohortRetentionSteps) handles between two
 * pauses: a few milliseconds of work at most, so a worker receives messages between steps.
 */
export const STEP_CUSTOMERS = 16384;

/** Runs a computation written as steps (a generator that pauses between them) to its end, without pausing. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
