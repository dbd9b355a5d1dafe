import { describe, expect, test } from 'vitest';
import { StreamStalled } from '../../../src/worker/answerWithin.ts';
import { readReused } from '../../../src/worker/readReused.ts';

/** A byte stream (BYOB-readable) handing out `pieces` one per pull. */
function byteStream(pieces: number[][], onCancel?: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (i < pieces.length) return controller.enqueue(new Uint8Array(pieces[i++]));
      controller.close();
      // A read waiting with its buffer is answered: no more bytes (as a file's stream does).
      controller.byobRequest?.respond(0);
    },
    cancel: onCancel,
  });
}

/** A byte stream handing out `pieces` one per pull, then answering no read again: neither bytes nor the end. */
function silentAfter(pieces: number[][], onCancel: () => void): ReadableStream<Uint8Array> {
  let i = 0;
  return new ReadableStream({
    type: 'bytes',
    pull(controller) {
      if (i < pieces.length) controller.enqueue(new Uint8Array(pieces[i++]));
    },
    cancel: onCancel,
  });
}

/** Each chunk copied as it comes (the next one overwrites it). */
async function copies(chunks: AsyncIterable<Uint8Array>): Promise<number[][]> {
  const seen: number[][] = [];
  for await (const chunk of chunks) seen.push([...chunk]);
  return seen;
}

describe('readReused(stream, size, length)', () => {
  test('fills chunks of `size` bytes across the pieces the stream gives, the last one shorter', async () => {
    const pieces = [[0, 1, 2], [3, 4, 5], [6], [7, 8, 9]];
    expect(await copies(readReused(byteStream(pieces), 4))).toEqual([
      [0, 1, 2, 3],
      [4, 5, 6, 7],
      [8, 9],
    ]);
  });

  test('a file (Blob) is read whole, chunk after chunk in the same memory', async () => {
    const bytes = Uint8Array.from({ length: 10_000 }, (_, i) => (i * 7) % 251);
    const seen: number[] = [];
    let previous: Uint8Array | null = null;
    for await (const chunk of readReused(new Blob([bytes]).stream(), 4096)) {
      // Reading the next chunk took the memory of the one before (a byte stream moves the buffer).
      expect(previous?.byteLength ?? 0).toBe(0);
      seen.push(...chunk);
      previous = chunk;
    }
    expect(seen).toEqual([...bytes]);
  });

  test('a stream that is not a byte stream is read as it comes', async () => {
    let i = 0;
    const pieces = [[1, 2], [3], [4, 5, 6]];
    const plain = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (i < pieces.length) controller.enqueue(new Uint8Array(pieces[i++]));
        else controller.close();
      },
    });
    expect(await copies(readReused(plain, 4))).toEqual(pieces);
  });

  test('an empty stream yields nothing', async () => {
    expect(await copies(readReused(byteStream([]), 4))).toEqual([]);
  });

  test('leaving the loop early cancels the stream', async () => {
    let cancelled = false;
    for await (const chunk of readReused(
      byteStream([[1, 2], [3, 4], [5, 6]], () => (cancelled = true)),
      2,
    )) {
      expect([...chunk]).toEqual([1, 2]);
      break;
    }
    expect(cancelled).toBe(true);
  });

  test('a stream error reaches the reader', async () => {
    const failing = new ReadableStream({
      type: 'bytes',
      pull(controller) {
        controller.error(new Error('disk gone'));
      },
    });
    await expect(copies(readReused(failing, 4))).rejects.toThrow('disk gone');
  });

  test('given the length, ends once that many bytes came, without the read that would tell the end', async () => {
    // All the bytes, then a stream that never answers again (as Chromium's file streams sometimes do).
    let cancelled = false;
    const silent = silentAfter([[1, 2, 3], [4, 5]], () => (cancelled = true));
    expect(await copies(readReused(silent, 4, 5))).toEqual([[1, 2, 3, 4], [5]]);
    expect(cancelled).toBe(true);
  });

  test('given the length, a chunk boundary at the end asks for nothing more', async () => {
    expect(await copies(readReused(byteStream([[1, 2], [3, 4]]), 2, 4))).toEqual([[1, 2], [3, 4]]);
  });

  test('a read unanswered for stallMs throws StreamStalled after the chunks that came, and cancels the stream', async () => {
    let cancelled = false;
    // Two pieces, then silence: not the end, just no answer.
    const stalling = silentAfter([[1, 2], [3, 4]], () => (cancelled = true));
    const seen: number[][] = [];
    const reading = (async () => {
      for await (const chunk of readReused(stalling, 2, Number.POSITIVE_INFINITY, 30)) seen.push([...chunk]);
    })();
    await expect(reading).rejects.toBeInstanceOf(StreamStalled);
    expect(seen).toEqual([[1, 2], [3, 4]]);
    expect(cancelled).toBe(true);
  });
});
