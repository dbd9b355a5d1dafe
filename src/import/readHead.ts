import type { ByteSource } from './types.ts';

export interface Head {
  readonly bytes: Uint8Array;
  /** True when `bytes` is the whole file. */
  readonly complete: boolean;
}

/** The first `limit` bytes of a source (all of a shorter file); stops reading there. */
export async function readHead(source: ByteSource, limit: number): Promise<Head> {
  const parts: Uint8Array[] = [];
  let length = 0;
  let complete = true;
  for await (const chunk of source.open()) {
    if (chunk.length === 0) continue;
    const take = Math.min(chunk.length, limit - length);
    if (take < chunk.length) {
      if (take > 0) parts.push(chunk.subarray(0, take));
      length += take;
      complete = false;
      break;
    }
    parts.push(chunk);
    length += take;
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  return { bytes, complete };
}
