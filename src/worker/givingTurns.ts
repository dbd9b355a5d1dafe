import { nextMessageTurn } from './nextMessageTurn.ts';

/**
 * How long a worker may go on reading before it lets the messages sent to it in: a file's
 * chunks keep coming faster than they are parsed, so without a turn a cancel (or a tail
 * worker's progress) waited until the whole part was read (1–1.4 s at 1M rows).
 */
export const TURN_EVERY_MS = 50;

/**
 * The chunks of `chunks`, with a message turn taken before the next one is asked for whenever
 * `everyMs` have gone by since the last: the work done between chunks (parsing) is what keeps
 * the worker busy, so the turn comes between them.
 */
export async function* givingTurns<T>(
  chunks: AsyncIterable<T>,
  everyMs = TURN_EVERY_MS,
  turn: () => Promise<void> = nextMessageTurn(),
  now: () => number = () => performance.now(),
): AsyncGenerator<T> {
  let last = now();
  for await (const chunk of chunks) {
    yield chunk;
    if (now() - last < everyMs) continue;
    await turn();
    last = now();
  }
}
