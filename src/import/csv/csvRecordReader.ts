import type { Delimiter } from '../types.ts';
import { detectNewline } from './detectNewline.ts';
import type { LineEnd } from './detectNewline.ts';
import { parseText } from './parseText.ts';

/**
 * Longest unfinished record kept waiting for more text. Only a stray, never closed quote
 * gets there; the reader then cuts the record instead of re-reading an ever longer tail
 * (which would hold the whole file in memory and take quadratic time).
 */
const MAX_PENDING = 1 << 22;

/**
 * Incremental CSV reader: push text chunks cut anywhere (inside a quoted field, between
 * `\r` and `\n`, inside a record) and get back every record completed so far, cells
 * trimmed. Quoted fields may hold delimiters, line ends and `""` escapes.
 */
export class CsvRecordReader {
  readonly #delimiter: Delimiter;
  #newline: LineEnd | null = null;
  #pending = '';

  constructor(delimiter: Delimiter) {
    this.#delimiter = delimiter;
  }

  /** Records completed by `text`; an unfinished last record waits for the next push or `finish`. */
  push(text: string): string[][] {
    this.#pending += text;
    if (this.#newline === null) {
      this.#newline = detectNewline(this.#pending);
      if (this.#newline === null && this.#pending.length < MAX_PENDING) return [];
    }
    const complete = this.#pending.length >= MAX_PENDING;
    const { records, consumed } = parseText(this.#pending, this.#delimiter, this.#newline ?? '\n', complete);
    this.#pending = this.#pending.slice(consumed);
    return trimCells(records);
  }

  /** The last record, at the end of the text. */
  finish(): string[][] {
    const { records } = parseText(this.#pending, this.#delimiter, this.#newline ?? detectNewline(this.#pending) ?? '\n', true);
    this.#pending = '';
    return trimCells(records);
  }
}

function trimCells(records: string[][]): string[][] {
  for (const record of records) {
    for (let i = 0; i < record.length; i++) record[i] = record[i].trim();
  }
  return records;
}
