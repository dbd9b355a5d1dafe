import { runSteps } from '../core/index.ts';
import type { ViewRequest } from '../core/index.ts';
import { requestKey } from './requestKey.ts';

/** Thrown by a view query that gave way to a newer one: replyFrom answers `cancelled`. */
export class QuerySuperseded extends Error {
  constructor() {
    super('superseded by a newer query');
    this.name = 'QuerySuperseded';
  }
}

/**
 * The analysis worker's view queries in turn: which one the page asked last, and a way for a long
 * query to let messages in while it computes and to stop once the page has moved on. A query for
 * other filters or options supersedes the ones before it (their askers have that newer question out).
 */
export class QueryTurns {
  #latest = '';

  /** `nextTurn` settles after the messages already sent to the worker are received. */
  constructor(readonly nextTurn: () => Promise<void>) {}

  /** Notes a view query received: the page's latest question. */
  received(request: ViewRequest): void {
    this.#latest = requestKey(request);
  }

  /** Whether no query for other filters or options has been received since `request`. */
  isLatest(request: ViewRequest): boolean {
    return this.#latest === requestKey(request);
  }

  /**
   * Runs `steps` one per task, so that messages come in between, and throws QuerySuperseded at the
   * first pause after a query for other filters or options came in.
   */
  async run<T>(request: ViewRequest, steps: Generator<void, T>): Promise<T> {
    const key = requestKey(request);
    for (;;) {
      const next = steps.next();
      if (next.done === true) return next.value;
      await this.nextTurn();
      if (this.#latest !== key) throw new QuerySuperseded();
    }
  }
}

/** `steps` for `request` through `turns` (QueryTurns.run) when the worker has them, else run to the end at once. */
export async function runQuery<T>(turns: QueryTurns | undefined, request: ViewRequest, steps: Generator<void, T>): Promise<T> {
  return turns === undefined ? runSteps(steps) : turns.run(request, steps);
}
