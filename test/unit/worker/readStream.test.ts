import { describe, expect, test } from 'vitest';
import { StreamStalled } from '../../../src/worker/answerWithin.ts';
import { readStream } from '../../../src/worker/readStream.ts';

const bytes = (...values: number[]) => new Uint8Array(values);

function streamOf(chunks: Uint8Array[], onCancel?: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (i < chunks.length) controller.enqueue(chunks[i++]);
      else controller.close();
    },
    cancel: onCancel,
  });
}

describe('readStream(stream)', () => {
  test('yields every chunk in order', async () => {
    const seen: number[][] = [];
    for await (const chunk of readStream(streamOf([bytes(1, 2), bytes(3), bytes(4, 5, 6)]))) seen.push([...chunk]);
    expect(seen).toEqual([[1, 2], [3], [4, 5, 6]]);
  });

  test('an empty stream yields nothing', async () => {
    const seen: Uint8Array[] = [];
    for await (const chunk of readStream(streamOf([]))) seen.push(chunk);
    expect(seen).toEqual([]);
  });

  test('leaving the loop early cancels the stream', async () => {
    let cancelled = false;
    for await (const chunk of readStream(streamOf([bytes(1), bytes(2), bytes(3)], () => (cancelled = true)))) {
      expect([...chunk]).toEqual([1]);
      break;
    }
    expect(cancelled).toBe(true);
  });

  test('a stream error reaches the reader', async () => {
    const failing = new ReadableStream<Uint8Array>({
      pull(controller) {
        controller.error(new Error('disk gone'));
      },
    });
    await expect(async () => {
      for await (const chunk of readStream(failing)) void chunk;
    }).rejects.toThrow('disk gone');
  });

  test('a read unanswered for stallMs throws StreamStalled and cancels the stream', async () => {
    let cancelled = false;
    let pulls = 0;
    const stalling = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulls++ === 0) controller.enqueue(bytes(7));
      },
      cancel: () => {
        cancelled = true;
      },
    });
    const seen: number[][] = [];
    const reading = (async () => {
      for await (const chunk of readStream(stalling, 30)) seen.push([...chunk]);
    })();
    await expect(reading).rejects.toBeInstanceOf(StreamStalled);
    expect(seen).toEqual([[7]]);
    expect(cancelled).toBe(true);
  });
});
