import type { Encoding } from '../types.ts';
import { UndecodableBytes } from './undecodableBytes.ts';

/** Running totals a decode updates as it goes (read by progress reports and warnings). */
export interface DecodeTally {
  /** Bytes consumed so far. */
  bytes: number;
  /** U+FFFD characters produced for undecodable bytes (non-fatal decodes only). */
  replacements: number;
}

export interface DecodeOptions {
  /** Throw UndecodableBytes on invalid bytes instead of producing U+FFFD. */
  readonly fatal?: boolean;
  readonly tally?: DecodeTally;
}

const REPLACEMENT = '\uFFFD';

/**
 * Decodes byte chunks to text chunks. One streaming TextDecoder sees every chunk, so a
 * multibyte character split between two chunks is joined, never corrupted; the BOM is
 * dropped. Never holds more than one chunk of text.
 */
export async function* decodeChunks(
  chunks: AsyncIterable<Uint8Array>,
  encoding: Encoding,
  options: DecodeOptions = {},
): AsyncGenerator<string> {
  const { fatal = false, tally = { bytes: 0, replacements: 0 } } = options;
  const decoder = new TextDecoder(encoding, { fatal, ignoreBOM: false });
  const decode = (chunk?: Uint8Array): string => {
    try {
      return chunk === undefined ? decoder.decode() : decoder.decode(chunk, { stream: true });
    } catch (error) {
      if (fatal && error instanceof TypeError) throw new UndecodableBytes(encoding, tally.bytes);
      throw error;
    }
  };
  const count = (text: string): void => {
    for (let at = text.indexOf(REPLACEMENT); at !== -1; at = text.indexOf(REPLACEMENT, at + 1)) tally.replacements++;
  };
  for await (const chunk of chunks) {
    const text = decode(chunk);
    tally.bytes += chunk.length;
    if (text === '') continue;
    if (!fatal) count(text);
    yield text;
  }
  const rest = decode();
  if (rest !== '') {
    if (!fatal) count(rest);
    yield rest;
  }
}
