import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { Issue, Result } from '../core/index.ts';
import type { ByteSource } from '../import/index.ts';
import { FileReadError } from './fileReadError.ts';

/**
 * A file on disk as a ByteSource: read in chunks from `fs.createReadStream` each time it is
 * opened, never as one string. `name` is the path as given, so messages point at what the
 * user typed. Missing files, folders and unreadable files come back as issues.
 */
export async function fileSource(path: string): Promise<Result<ByteSource>> {
  let size: number;
  try {
    const info = await stat(path);
    if (info.isDirectory()) return { ok: false, issues: [{ code: 'fileIsDirectory', file: path }] };
    size = info.size;
  } catch (error) {
    return { ok: false, issues: [ioIssue(path, error)] };
  }
  return {
    ok: true,
    value: {
      name: path,
      size,
      open: () => readChunks(path),
    },
  };
}

async function* readChunks(path: string): AsyncIterable<Uint8Array> {
  try {
    for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
      // A plain Uint8Array view: Buffer's slice() shares memory where Uint8Array's copies.
      yield new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    }
  } catch (error) {
    throw new FileReadError(ioIssue(path, error));
  }
}

function ioIssue(path: string, error: unknown): Issue {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ENOENT' || code === 'ENOTDIR') return { code: 'fileNotFound', file: path };
  if (code === 'EISDIR') return { code: 'fileIsDirectory', file: path };
  return { code: 'fileUnreadable', file: path, params: { reason: code || (error instanceof Error ? error.message : String(error)) } };
}
