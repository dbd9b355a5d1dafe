import { decodeUtf8 } from '../build/index.ts';
import type { ByteRecords } from './byteRecordReader.ts';

/**
 * One cell of a byte record, as a span of bytes that are exactly the UTF-8 of the trimmed cell
 * text the plain reader gives, when `exact`; else (quoted `""` escapes, a Unicode space at an
 * edge) only `text()` gives that text.
 */
export class ByteCell {
  bytes: Uint8Array = new Uint8Array(0);
  start = 0;
  end = 0;
  exact = true;
  #escaped = false;
  #rawStart = 0;
  #rawEnd = 0;

  /** Points at field `column` of record `record` ('' when the record is shorter). */
  read(records: ByteRecords, record: number, column: number | undefined): this {
    this.bytes = records.bytes;
    const field = column === undefined ? -1 : records.firstField[record] + column;
    if (field < 0 || field >= records.firstField[record + 1]) {
      this.start = this.end = this.#rawStart = this.#rawEnd = 0;
      this.exact = true;
      this.#escaped = false;
      return this;
    }
    const bytes = records.bytes;
    let start = (this.#rawStart = records.start[field]);
    let end = (this.#rawEnd = records.end[field]);
    while (start < end && isAsciiSpace(bytes[start])) start++;
    while (end > start && isAsciiSpace(bytes[end - 1])) end--;
    this.start = start;
    this.end = end;
    this.#escaped = records.escaped[field] === 1;
    this.exact = !this.#escaped && (start === end || (bytes[start] < 0x80 && bytes[end - 1] < 0x80) || !hasUnicodeSpaceEdge(bytes, start, end));
    return this;
  }

  get empty(): boolean {
    return this.exact && this.start === this.end;
  }

  /** The cell text exactly as the plain reader gives it (trimmed, `""` unescaped). */
  text(): string {
    if (this.exact) return decodeUtf8(this.bytes, this.start, this.end);
    const raw = decodeUtf8(this.bytes, this.#rawStart, this.#rawEnd);
    return (this.#escaped ? raw.replaceAll('""', '"') : raw).trim();
  }
}

/** The cells of a record as the plain reader gives them. */
export function recordTexts(records: ByteRecords, record: number, cell: ByteCell): string[] {
  const fields = records.firstField[record + 1] - records.firstField[record];
  const texts: string[] = new Array(fields);
  for (let column = 0; column < fields; column++) texts[column] = cell.read(records, record, column).text();
  return texts;
}

/** The ASCII characters String#trim removes: tab, LF, VT, FF, CR, space. */
function isAsciiSpace(byte: number): boolean {
  return byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);
}

/** Whether the first or last character of valid UTF-8 `bytes[start, end)` is one String#trim removes. */
function hasUnicodeSpaceEdge(bytes: Uint8Array, start: number, end: number): boolean {
  if (mayLeadUnicodeSpace(bytes[start]) && isUnicodeSpace(codePointAt(bytes, start))) return true;
  if (bytes[end - 1] < 0x80) return false;
  let last = end - 1;
  while (last > start && (bytes[last] & 0xc0) === 0x80) last--;
  return mayLeadUnicodeSpace(bytes[last]) && isUnicodeSpace(codePointAt(bytes, last));
}

/** Lead bytes of the non-ASCII spaces (U+00A0, U+1680, U+2000–U+205F, U+3000, U+FEFF): a quick no for CJK and most text. */
function mayLeadUnicodeSpace(lead: number): boolean {
  return lead === 0xc2 || lead === 0xe1 || lead === 0xe2 || lead === 0xe3 || lead === 0xef;
}

function codePointAt(bytes: Uint8Array, at: number): number {
  const lead = bytes[at];
  if (lead < 0xe0) return ((lead & 0x1f) << 6) | (bytes[at + 1] & 0x3f);
  if (lead < 0xf0) return ((lead & 0x0f) << 12) | ((bytes[at + 1] & 0x3f) << 6) | (bytes[at + 2] & 0x3f);
  return ((lead & 0x07) << 18) | ((bytes[at + 1] & 0x3f) << 12) | ((bytes[at + 2] & 0x3f) << 6) | (bytes[at + 3] & 0x3f);
}

/** Non-ASCII white space and line terminators of ECMAScript (what String#trim removes). */
function isUnicodeSpace(codePoint: number): boolean {
  return (
    codePoint === 0xa0 || codePoint === 0x1680 || (codePoint >= 0x2000 && codePoint <= 0x200a) ||
    codePoint === 0x2028 || codePoint === 0x2029 || codePoint === 0x202f || codePoint === 0x205f ||
    codePoint === 0x3000 || codePoint === 0xfeff
  );
}
