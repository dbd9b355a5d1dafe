import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ByteSource } from '../../src/import/index.ts';

/** A file on disk as a ByteSource, read in 64 KiB chunks as a browser stream would deliver it. */
export function nodeSource(path: string): ByteSource {
  return {
    name: basename(path),
    size: statSync(path).size,
    async *open() {
      const bytes = new Uint8Array(readFileSync(path));
      for (let start = 0; start < bytes.length; start += 65_536) yield bytes.subarray(start, start + 65_536);
    },
  };
}
