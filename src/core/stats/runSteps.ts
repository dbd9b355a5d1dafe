/** Runs a computation written as steps (a generator that pauses between them) to its end, without pausing. */
export function runSteps<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done === true) return next.value;
  }
}
