/**
 * A job that starts by itself after `delayMs`, or at once when someone needs it done sooner.
 * `start()` answers the job's promise, starting it if it has not started.
 */
export class DeferredJob {
  readonly #run: () => Promise<void>;
  readonly #timer: ReturnType<typeof setTimeout>;
  #started: Promise<void> | null = null;

  constructor(run: () => Promise<void>, delayMs: number) {
    this.#run = run;
    this.#timer = setTimeout(() => void this.start(), delayMs);
  }

  start(): Promise<void> {
    if (this.#started === null) {
      clearTimeout(this.#timer);
      this.#started = this.#run();
    }
    return this.#started;
  }
}
