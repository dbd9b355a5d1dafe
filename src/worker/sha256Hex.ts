import { ImportAborted } from '../import/index.ts';
import type { ByteSource } from '../import/index.ts';

/**
 * Files up to this size are hashed. crypto.subtle has no streaming digest, so hashing means
 * holding the whole file once more; beyond this the hash is left out ('') rather than risk
 * the memory a large import needs.
 */
export const HASH_LIMIT_BYTES = 256 * 2 ** 20;

/**
 * Hex SHA-256 of a source's bytes, read in a second pass after the import (the parser never
 * holds the whole file); '' when the file is larger than `limit`.
 */
export async function sha256Hex(source: ByteSource, signal?: AbortSignal, limit: number = HASH_LIMIT_BYTES): Promise<string> {
  if (source.size > limit) return '';
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source.open()) {
    if (signal?.aborted) throw new ImportAborted();
    length += chunk.length;
    // The size may be unknown (0) for a fetched file: stop as soon as it is too large.
    if (length > limit) return '';
    parts.push(chunk);
  }
  const bytes = new Uint8Array(length);
  let at = 0;
  for (const part of parts) {
    bytes.set(part, at);
    at += part.length;
  }
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}
