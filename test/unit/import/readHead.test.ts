import { describe, expect, test } from 'vitest';
import { readHead } from '../../../src/import/readHead.ts';
import { memorySource } from './memorySource.ts';

describe('readHead(source, limit)', () => {
  const bytes = Uint8Array.from({ length: 100 }, (_, i) => i);

  test('a file shorter than the limit is read whole', async () => {
    const head = await readHead(memorySource('f', bytes, 30), 200);
    expect(head.complete).toBe(true);
    expect([...head.bytes]).toEqual([...bytes]);
  });

  test('a longer file is cut at the limit and read no further than the chunk holding it', async () => {
    const source = memorySource('f', bytes, 30);
    const head = await readHead(source, 45);
    expect(head.complete).toBe(false);
    expect([...head.bytes]).toEqual([...bytes.slice(0, 45)]);
    // Chunks of 30: the second chunk (bytes 30–59) holds the limit.
    expect(source.bytesServed).toBe(60);
  });

  test('a file exactly as long as the limit is complete', async () => {
    const head = await readHead(memorySource('f', bytes, 25), 100);
    expect(head.complete).toBe(true);
    expect(head.bytes.length).toBe(100);
  });

  test('a limit on a chunk boundary with more to come is not complete', async () => {
    const head = await readHead(memorySource('f', bytes, 25), 50);
    expect(head.complete).toBe(false);
    expect(head.bytes.length).toBe(50);
  });
});
