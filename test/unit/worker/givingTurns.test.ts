import { describe, expect, test } from 'vitest';
import { givingTurns } from '../../../src/worker/givingTurns.ts';
import { nextMessageTurn } from '../../../src/worker/nextMessageTurn.ts';

async function* counting(count: number): AsyncGenerator<number> {
  for (let i = 0; i < count; i++) yield i;
}

describe('givingTurns(chunks, everyMs, turn, now)', () => {
  test('passes every chunk on, in order, and takes a turn each time everyMs have gone by', async () => {
    let clock = 0;
    const turnsAt: number[] = [];
    const seen: number[] = [];
    const turn = async (): Promise<void> => void turnsAt.push(clock);
    // Each chunk takes 20 ms to handle: turns after the 3rd (60 ms ≥ 50), the 6th (120) and the 9th (180).
    for await (const chunk of givingTurns(counting(10), 50, turn, () => clock)) {
      seen.push(chunk);
      clock += 20;
    }
    expect(seen).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(turnsAt).toEqual([60, 120, 180]);
  });

  test('leaving the loop early ends the chunks it reads', async () => {
    let ended = false;
    async function* chunks(): AsyncGenerator<number> {
      try {
        yield* counting(100);
      } finally {
        ended = true;
      }
    }
    for await (const chunk of givingTurns(chunks(), 0)) if (chunk === 2) break;
    expect(ended).toBe(true);
  });

  // What the turns are for: chunks that are ready at once never let a message in. Each chunk counts
  // as 2 ms of parsing on a clock of the test's own, so turns come after every third chunk.
  const messageSeenAt = async (turns: boolean): Promise<number> => {
    const { port1, port2 } = new MessageChannel();
    let received = false;
    port1.onmessage = () => (received = true);
    port2.postMessage('cancel');
    let clock = 0;
    let seenAt = -1;
    const chunks = counting(40);
    for await (const chunk of turns ? givingTurns(chunks, 5, nextMessageTurn(), () => clock) : chunks) {
      clock += 2;
      if (received && seenAt < 0) seenAt = chunk;
    }
    port1.close();
    return seenAt;
  };

  test('a message sent to the thread is received while the chunks are read', async () => {
    const seenAt = await messageSeenAt(true);
    expect(seenAt).toBeGreaterThanOrEqual(0);
    expect(seenAt).toBeLessThan(10);
  });

  test('without turns the same message waits for the end of the reading', async () => {
    expect(await messageSeenAt(false)).toBe(-1);
  });
});
