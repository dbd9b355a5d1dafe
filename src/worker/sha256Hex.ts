import { ImportAborted } from '../import/index.ts';
import type { ByteSource } from '../import/index.ts';
import { Sha256 } from './sha256.ts';

/**
 * Files up to this size are hashed: hashing reads the file a second time and takes one core
 * for about a second per 130 MB, after the import, while the user is looking at the numbers.
 * Beyond this the hash is left out ('').
 */
export const HASH_LIMIT_BYTES = 256 * 2 ** 20;

/**
 * Hex SHA-256 of a source's bytes, read in a second pass after the import and hashed chunk by
 * chunk as they come (see Sha256); '' when the file is larger than `limit`.
 */
export async function sha256Hex(source: ByteSource, signal?: AbortSignal, limit: number = HASH_LIMIT_BYTES): Promise<string> {
  if (source.size > limit) return '';
  const hash = new Sha256();
  let length = 0;
  for await (const chunk of source.open()) {
    if (signal?.aborted) throw new ImportAborted();
    length += chunk.length;
    // The size may be unknown (0) for a fetched file: stop as soon as it is too large.
    if (length > limit) return '';
    hash.update(chunk);
  }
  return Array.from(hash.digest(), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
