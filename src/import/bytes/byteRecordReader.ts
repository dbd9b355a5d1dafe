import { UndecodableBytes } from '../decode/index.ts';
import type { Delimiter } from '../types.ts';
import { FastPathDeclined } from './fastPathDeclined.ts';
import { INCOMPLETE, utf8SequenceLength } from './utf8Sequence.ts';

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
/** Same bound as the plain reader's: only a stray, never closed quote makes a record this long. */
const MAX_PENDING = 1 << 22;

/**
 * Records of one push as spans into `bytes`, valid until the next push (which may reuse
 * `bytes`). Record r's fields are `firstField[r]` to `firstField[r + 1] - 1`; a field's content
 * is `bytes[start, end)` (inside the quotes of a quoted field), untrimmed; `escaped` marks
 * quoted content holding `""`.
 */
export interface ByteRecords {
  readonly bytes: Uint8Array;
  readonly count: number;
  readonly firstField: Int32Array;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly escaped: Uint8Array;
}

/**
 * Byte-level CSV reader for UTF-8: finds the records and fields of chunks cut anywhere without
 * decoding them, so only the cells that are needed become strings. It reads every shape it
 * accepts exactly as the plain reader (CsvRecordReader over decoded text) does — LF or CRLF line
 * ends, quoted fields with delimiters, line ends and `""`, a dropped BOM, no record after a final
 * line end — and declines (FastPathDeclined) the rest: CR-only line ends, a quote inside an
 * unquoted field or text after a closing quote, a quote never closed. Bytes that are not UTF-8
 * throw UndecodableBytes when `strict` (as a fatal decoder does), else decline, since the plain
 * reader's replacement characters are its to count.
 */
export class ByteRecordReader {
  readonly #delimiter: number;
  readonly #strict: boolean;
  /** Non-zero for the bytes that end an unquoted run: delimiter, LF, quote, non-ASCII (and CR until the line end is known). */
  readonly #special = new Uint8Array(256);
  #newlineKnown = false;
  #started = false;
  #carry: Uint8Array = new Uint8Array(0);
  /** Where pushed chunks are joined. */
  #buffer = new Uint8Array(0);
  /** File offset of `#carry[0]`, for the offset of invalid bytes. */
  #carryOffset = 0;
  #firstField = new Int32Array(0);
  #start = new Int32Array(0);
  #end = new Int32Array(0);
  #escaped = new Uint8Array(0);

  /**
   * `startsFile` false reads bytes that follow a record of the same file whose line end was
   * LF or CRLF (the tail of a file split at a line end): no BOM there, and the line end known.
   */
  constructor(delimiter: Delimiter, strict: boolean, startsFile = true) {
    this.#delimiter = delimiter.charCodeAt(0);
    this.#strict = strict;
    this.#special[this.#delimiter] = 1;
    this.#special[LF] = 1;
    this.#special[CR] = 1;
    this.#special[QUOTE] = 1;
    this.#special.fill(1, 0x80);
    if (!startsFile) {
      this.#started = true;
      this.#knowNewline();
    }
  }

  /** True when every byte pushed so far belongs to a record already answered: the next byte starts a record. */
  get atRecordStart(): boolean {
    return this.#carry.length === 0 && this.#newlineKnown;
  }

  /** Records completed by `chunks` (read one after another); an unfinished last record waits for the next push or `finish`. */
  push(...chunks: readonly Uint8Array[]): ByteRecords {
    if (this.#carry.length === 0 && chunks.length === 1) return this.#scan(chunks[0], false);
    return this.#scan(this.#joined(chunks), false);
  }

  /** push(chunk) for a chunk whose memory its source overwrites next: scanned from a copy, so the unfinished record outlives it. */
  pushReused(chunk: Uint8Array): ByteRecords {
    return this.#scan(this.#joined([chunk]), false);
  }

  /** The unfinished record and `chunks`, one after another, in the reader's own buffer. */
  #joined(chunks: readonly Uint8Array[]): Uint8Array {
    let length = this.#carry.length;
    for (const chunk of chunks) length += chunk.length;
    // One copy of the unfinished record and the new chunks, so the scan sees one run of bytes.
    // The buffer is reused: the records of the last push are done with, and a new one per
    // batch would cost its allocation and page faults again each time.
    if (this.#buffer.length < length) this.#buffer = new Uint8Array(Math.max(length, this.#buffer.length * 2));
    const bytes = this.#buffer.subarray(0, length);
    // The carry may lie in the buffer itself: set() copies overlapping bytes as if through a copy.
    bytes.set(this.#carry);
    let at = this.#carry.length;
    for (const chunk of chunks) {
      bytes.set(chunk, at);
      at += chunk.length;
    }
    return bytes;
  }

  /** The last record, at the end of the bytes. */
  finish(): ByteRecords {
    return this.#scan(this.#carry, true);
  }

  #scan(bytes: Uint8Array, final: boolean): ByteRecords {
    const n = bytes.length;
    const delimiter = this.#delimiter;
    const special = this.#special;
    let i = 0;
    if (!this.#started) {
      if (n < 3 && !final) return this.#wait(bytes, 0, 0);
      this.#started = true;
      if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) i = 3;
    }
    // At most one field per byte, plus one: room for all of them up front keeps the loop free of checks.
    this.#reserve(n + 2);
    const firstField = this.#firstField;
    const starts = this.#start;
    const ends = this.#end;
    const escaped = this.#escaped;
    let records = 0;
    let fields = 0;
    let recordStart = i;
    firstField[0] = 0;

    for (;;) {
      // A field starts at i.
      if (i >= n) {
        if (!final) return this.#wait(bytes, recordStart, records);
        // After a delimiter at the very end the record has one more, empty field.
        if (i > recordStart) {
          starts[fields] = ends[fields] = i;
          escaped[fields++] = 0;
          firstField[++records] = fields;
        }
        break;
      }
      if (bytes[i] === QUOTE) {
        const open = i;
        let close = open + 1;
        let hasEscapes = 0;
        for (;;) {
          close = bytes.indexOf(QUOTE, close);
          if (close === -1 || close + 1 >= n) break;
          if (bytes[close + 1] !== QUOTE) break;
          hasEscapes = 1;
          close += 2;
        }
        if (close === -1) {
          if (!final) return this.#wait(bytes, recordStart, records);
          throw new FastPathDeclined('a quote never closed');
        }
        if (close + 1 >= n && !final) return this.#wait(bytes, recordStart, records);
        this.#validate(bytes, open + 1, close);
        starts[fields] = open + 1;
        ends[fields] = close;
        escaped[fields++] = hasEscapes;
        i = close + 1;
        if (i >= n) {
          firstField[++records] = fields;
          break;
        }
        const next = bytes[i];
        if (next === delimiter) {
          i++;
          continue;
        }
        if (next === CR) {
          if (i + 1 >= n) {
            if (!final) return this.#wait(bytes, recordStart, records);
            throw new FastPathDeclined('a line ending in CR alone');
          }
          if (bytes[i + 1] !== LF) throw new FastPathDeclined('a CR not followed by LF after a closing quote');
          i++;
        } else if (next !== LF) {
          throw new FastPathDeclined('text after a closing quote');
        }
        this.#knowNewline();
        firstField[++records] = fields;
        recordStart = ++i;
        continue;
      }

      const start = i;
      let c = 0;
      while (i < n) {
        c = bytes[i];
        if (special[c] === 0) {
          i++;
          continue;
        }
        if (c >= 0x80) {
          // Most non-ASCII text in exports is CJK: three bytes, lead E1–EC or EE–EF, checked here without a call.
          if (c >= 0xe1 && c <= 0xef && c !== 0xed && i + 2 < n && (bytes[i + 1] & 0xc0) === 0x80 && (bytes[i + 2] & 0xc0) === 0x80) {
            i += 3;
            continue;
          }
          const length = utf8SequenceLength(bytes, i, n);
          if (length > 0) {
            i += length;
            continue;
          }
          if (length === INCOMPLETE && !final) return this.#wait(bytes, recordStart, records);
          this.#invalid(i);
        }
        if (c === CR) {
          // Only until the first line end: CRLF makes it LF, a CR alone makes the file CR-only.
          if (i + 1 >= n) {
            if (!final) return this.#wait(bytes, recordStart, records);
            i++;
            continue;
          }
          if (bytes[i + 1] !== LF) throw new FastPathDeclined('CR-only line ends');
          i++;
          continue;
        }
        break;
      }
      if (i >= n) {
        if (!final) return this.#wait(bytes, recordStart, records);
        starts[fields] = start;
        ends[fields] = n;
        escaped[fields++] = 0;
        firstField[++records] = fields;
        break;
      }
      if (c === QUOTE) throw new FastPathDeclined('a quote inside an unquoted field');
      starts[fields] = start;
      ends[fields] = i;
      escaped[fields++] = 0;
      i++;
      if (c === delimiter) continue;
      this.#knowNewline();
      firstField[++records] = fields;
      recordStart = i;
    }
    this.#carryOffset += n;
    this.#carry = new Uint8Array(0);
    return this.#batch(bytes, records);
  }

  /** Keeps bytes from `recordStart` for the next push and answers the records before it. */
  #wait(bytes: Uint8Array, recordStart: number, records: number): ByteRecords {
    if (bytes.length - recordStart > MAX_PENDING) throw new FastPathDeclined('a record longer than the plain reader keeps');
    this.#carryOffset += recordStart;
    this.#carry = bytes.subarray(recordStart);
    return this.#batch(bytes, records);
  }

  #batch(bytes: Uint8Array, count: number): ByteRecords {
    return { bytes, count, firstField: this.#firstField, start: this.#start, end: this.#end, escaped: this.#escaped };
  }

  #knowNewline(): void {
    if (this.#newlineKnown) return;
    this.#newlineKnown = true;
    this.#special[CR] = 0;
  }

  /** Checks the non-ASCII bytes of quoted content [from, to), which ends before a quote: no sequence is cut off. */
  #validate(bytes: Uint8Array, from: number, to: number): void {
    for (let i = from; i < to; ) {
      if (bytes[i] < 0x80) {
        i++;
        continue;
      }
      const length = utf8SequenceLength(bytes, i, to);
      if (length <= 0) this.#invalid(i);
      i += length;
    }
  }

  #invalid(at: number): never {
    if (this.#strict) throw new UndecodableBytes('utf-8', this.#carryOffset + at);
    throw new FastPathDeclined('bytes that are not UTF-8');
  }

  /** Room for `fields` fields and records. */
  #reserve(fields: number): void {
    if (this.#start.length < fields) {
      const size = Math.max(fields, this.#start.length * 2);
      this.#start = new Int32Array(size);
      this.#end = new Int32Array(size);
      this.#escaped = new Uint8Array(size);
    }
    if (this.#firstField.length < fields) this.#firstField = new Int32Array(Math.max(fields, this.#firstField.length * 2));
  }
}
