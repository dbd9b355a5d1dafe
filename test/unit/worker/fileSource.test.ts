import { describe, expect, test, vi } from 'vitest';
import type { ByteSource } from '../../../src/import/index.ts';
import { STALL_MS } from '../../../src/worker/answerWithin.ts';
import { fileSource } from '../../../src/worker/fileSource.ts';
import { WorkerIssue } from '../../../src/worker/workerIssue.ts';

describe('fileSource(file)', () => {
  test('streams the file from the start on every open', async () => {
    const source = fileSource(new File(['客户,金额\nA,1\n'], 'sales.csv', { type: 'text/csv' }));
    expect(source.name).toBe('sales.csv');
    // 客 户 金 额 are 3 UTF-8 bytes each: 4·3 + ',' + '\n' + 'A,1\n' (4) = 18.
    expect(source.size).toBe(18);
    for (let pass = 0; pass < 2; pass++) {
      let length = 0;
      for await (const chunk of source.open()) length += chunk.length;
      expect(length).toBe(18);
    }
  });
});

describe('fileSource(file).slice(start, end)', () => {
  test('reads only the bytes of the part, under the file name', async () => {
    const source = fileSource(new File(['id,amount\nA,1\nB,2\n'], 'sales.csv'));
    const text = async (part: ByteSource): Promise<string> => {
      const chunks: Uint8Array[] = [];
      for await (const chunk of part.open()) chunks.push(chunk);
      return new TextDecoder().decode(Buffer.concat(chunks));
    };
    const tail = source.slice(10, source.size);
    expect(tail.name).toBe('sales.csv');
    expect(tail.size).toBe(8);
    expect(await text(tail)).toBe('A,1\nB,2\n');
    expect(await text(source.slice(14, 18))).toBe('B,2\n');
  });
});

describe('fileSource(file) when the browser stops answering', () => {
  test('a read unanswered for STALL_MS is a fileReadStalled issue naming the file', async () => {
    vi.useFakeTimers();
    try {
      // A Blob whose stream hands one piece and then never answers again.
      const stalled = {
        size: 10,
        stream: () => new ReadableStream<Uint8Array>({ pull: (c) => c.enqueue(new Uint8Array(4)) }).pipeThrough(new TransformStream({ transform: (chunk, c) => (c.enqueue(chunk), new Promise(() => {})) })),
        slice: () => stalled,
      } as unknown as Blob;
      const source = fileSource(stalled, 'orders.csv');
      let bytes = 0;
      const reading = (async () => {
        for await (const chunk of source.open()) bytes += chunk.length;
      })();
      const outcome = reading.then(() => null, (error: unknown) => error);
      await vi.advanceTimersByTimeAsync(STALL_MS + 1);
      const error = await outcome;
      expect(error).toBeInstanceOf(WorkerIssue);
      expect((error as WorkerIssue).issue).toEqual({ code: 'fileReadStalled', file: 'orders.csv' });
      expect(bytes).toBe(4);
    } finally {
      vi.useRealTimers();
    }
  });
});
