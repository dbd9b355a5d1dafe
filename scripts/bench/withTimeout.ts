/** The promise's outcome, or a rejection naming `what` once `ms` have passed. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const expired = new Promise<never>((_, fail) => {
    timer = setTimeout(() => fail(new Error(`Timed out after ${Math.round(ms / 1000)} s waiting for ${what}.`)), ms);
  });
  return Promise.race([promise, expired]).finally(() => clearTimeout(timer));
}
