import type { Encoding } from '../types.ts';

export interface SniffedEncoding {
  readonly encoding: Encoding;
  /** Bytes of the byte-order mark (the decoder drops it itself). */
  readonly bomLength: number;
  /** True when a BOM said so; false when guessed from the bytes. */
  readonly certain: boolean;
}

/**
 * Encoding of a file from its first bytes: a BOM decides (UTF-8, UTF-16 LE/BE); without
 * one, UTF-8 when the head is valid UTF-8, else GB18030 (a superset of GBK, what Excel on
 * Chinese Windows writes). The head may end inside a multibyte character; that cut is
 * not counted as invalid.
 */
export function sniffEncoding(head: Uint8Array): SniffedEncoding {
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { encoding: 'utf-8', bomLength: 3, certain: true };
  if (head[0] === 0xff && head[1] === 0xfe) return { encoding: 'utf-16le', bomLength: 2, certain: true };
  if (head[0] === 0xfe && head[1] === 0xff) return { encoding: 'utf-16be', bomLength: 2, certain: true };
  return { encoding: isUtf8Prefix(head) ? 'utf-8' : 'gb18030', bomLength: 0, certain: false };
}

/** Valid UTF-8 up to a possibly cut last character: a streaming decode keeps that cut pending instead of failing. */
function isUtf8Prefix(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}
