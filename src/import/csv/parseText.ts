import Papa from 'papaparse';
import type { Delimiter } from '../types.ts';
import type { LineEnd } from './detectNewline.ts';

export interface ParsedText {
  /** Records as PapaParse cut them, cells untrimmed. */
  readonly records: string[][];
  /** Characters of the text the records used; the rest is an unfinished record. */
  readonly consumed: number;
}

interface PapaChunk {
  readonly data: string[][];
  readonly meta: { readonly cursor: number };
}

/**
 * PapaParse's low-level Parser in array mode (never `header: true`, which would key rows
 * by header text). With `complete` false the last, possibly cut record is left out and
 * `consumed` says where it starts, so a streaming reader can keep it for the next chunk.
 */
export function parseText(text: string, delimiter: Delimiter, newline: LineEnd, complete: boolean, preview = 0): ParsedText {
  const parser = new Papa.Parser({ delimiter, newline, quoteChar: '"', escapeChar: '"', preview });
  const { data, meta } = parser.parse(text, 0, !complete) as PapaChunk;
  return { records: data, consumed: complete ? text.length : meta.cursor };
}
