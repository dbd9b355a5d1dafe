/** Test helpers: in-memory ByteSources cut into chunks of a chosen size, and the fixture files. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ByteSource, SliceableSource } from '../../../src/import/index.ts';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures');

/** Bytes of a file in test/fixtures. */
export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(resolve(FIXTURES, name)));
}

export interface MemorySource extends ByteSource {
  /** How many times the source was opened. */
  readonly opens: number;
  /** Bytes handed out over every opening. */
  readonly bytesServed: number;
}

/**
 * A ByteSource over `content` (UTF-8 when a string) yielding chunks of `chunkSize` bytes, or of the
 * sizes listed. With `reused`, it also offers readReused(): the same chunks in one buffer, scribbled
 * over before each next chunk, so a reader that keeps a chunk past asking for the next reads garbage.
 */
export function memorySource(name: string, content: Uint8Array | string, chunkSize: number | readonly number[] = 65536, reused = false): MemorySource {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return sourceOver(name, bytes, chunkSize, { opens: 0, bytesServed: 0 }, reused);
}

/** A source whose parts (`slice`) count their openings and bytes with the whole's. */
function sourceOver(
  name: string,
  bytes: Uint8Array,
  chunkSize: number | readonly number[],
  state: { opens: number; bytesServed: number },
  reused: boolean,
): MemorySource & SliceableSource {
  const source = {
    name,
    size: bytes.length,
    get opens() {
      return state.opens;
    },
    get bytesServed() {
      return state.bytesServed;
    },
    async *open() {
      state.opens++;
      let at = 0;
      for (let i = 0; at < bytes.length; i++) {
        const size = typeof chunkSize === 'number' ? chunkSize : (chunkSize[i] ?? bytes.length);
        const chunk = bytes.slice(at, at + size);
        at += size;
        state.bytesServed += chunk.length;
        yield chunk;
      }
    },
    slice(start: number, end: number) {
      return sourceOver(name, bytes.subarray(start, end), chunkSize, state, reused);
    },
  };
  if (!reused) return source;
  return Object.assign(source, {
    async *readReused() {
      let buffer = new Uint8Array(0);
      for await (const chunk of source.open()) {
        if (buffer.length < chunk.length) buffer = new Uint8Array(chunk.length);
        // Quotes: whatever a reader kept of the last chunk no longer reads as it did.
        buffer.fill(0x22);
        buffer.set(chunk);
        yield buffer.subarray(0, chunk.length);
      }
    },
  });
}

/** Days since 1970-01-01 of an ISO date, by the calendar (Date.UTC), independent of the code under test. */
export function day(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return Date.UTC(y, m - 1, d) / 86_400_000;
}

/** Collects an async iterable. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** An async iterable over the given chunks. */
export async function* chunksOf<T>(items: readonly T[]): AsyncGenerator<T> {
  for (const item of items) yield item;
}
