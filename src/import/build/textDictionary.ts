import { ByteKeyMap, MISSING } from './byteKeyMap.ts';
import type { PackedTexts } from '../../core/model/index.ts';
import { detachText } from './detachText.ts';

const encoder = new TextEncoder();

/**
 * Text ↔ code dictionary: codes 0, 1, 2… in order of first appearance. Texts come as strings
 * (`code`) or as the UTF-8 bytes of a cell (`find`, `codeOfBytes`): both reach the same codes,
 * through a Map for strings (so `__proto__` or `constructor` are ordinary keys) and a byte-keyed
 * map for bytes. A text added as bytes becomes a string only when it is read, so millions of
 * order ids cost no strings while a file is imported.
 * Texts given as strings are stored detached from the chunk they were cut from (see detachText).
 */
export class TextDictionary {
  readonly #codes = new Map<string, number>();
  readonly #bytes = new ByteKeyMap();
  /**
   * By code; undefined, or past the end, for a text added as bytes and not read yet (so adding
   * millions of order ids as bytes grows no array of them).
   */
  readonly #values: (string | undefined)[] = [];
  #scratch = new Uint8Array(256);

  get size(): number {
    return this.#bytes.size;
  }

  /** The texts by code. Live: later `code` and `truncate` calls change it. */
  get values(): readonly string[] {
    const values = this.#values;
    const size = this.size;
    // Pushed, so the array stays packed.
    while (values.length < size) values.push(undefined);
    for (let code = 0; code < size; code++) {
      if (values[code] !== undefined) continue;
      let end = code + 1;
      while (end < size && values[end] === undefined) end++;
      this.#bytes.keyTexts(code, end, values);
      code = end;
    }
    return values as readonly string[];
  }

  /** Code of `text`, added when new. */
  code(text: string): number {
    const known = this.#codes.get(text);
    if (known !== undefined) return known;
    const copy = detachText(text);
    const bytes = this.#encode(copy);
    let code = this.#bytes.get(bytes, 0, bytes.length);
    if (code === MISSING) {
      code = this.size;
      this.#bytes.add(bytes, 0, bytes.length, code);
    }
    this.#keep(code, copy);
    this.#codes.set(copy, code);
    return code;
  }

  /** Makes room for `texts` texts in all. */
  reserve(texts: number): void {
    this.#bytes.reserve(texts);
  }

  /** Code of the text whose UTF-8 is `bytes[start, end)`, or MISSING when it is not in the dictionary. */
  find(bytes: Uint8Array, start: number, end: number): number {
    return this.#bytes.get(bytes, start, end);
  }

  /** Code of the text whose UTF-8 is `bytes[start, end)`, added when new (with `text` when the caller has it). */
  codeOfBytes(bytes: Uint8Array, start: number, end: number, text?: string): number {
    const code = this.size;
    const known = this.#bytes.getOrAdd(bytes, start, end, code);
    if (known !== MISSING) return known;
    if (text !== undefined) this.#keep(code, text);
    return code;
  }

  /** Whether the text of `code` has the UTF-8 `bytes[start, end)`: a cheaper check than a lookup when the code is a good guess. */
  hasBytes(code: number, bytes: Uint8Array, start: number, end: number): boolean {
    return this.#bytes.keyEquals(code, bytes, start, end);
  }

  /** The UTF-8 of every text, in code order. */
  packed(): PackedTexts {
    return this.#bytes.keys();
  }

  /** Codes of packed texts (another dictionary's, in its code order), added when new: index → code here. */
  codesOfPacked(packed: PackedTexts): Int32Array {
    // Added as bytes: read as text when asked for.
    return this.#bytes.getOrAddAll(packed, this.size);
  }

  value(code: number): string {
    return this.#values[code] ?? this.#keep(code, this.#bytes.keyText(code));
  }

  /** Forgets the texts added after the dictionary had `size` entries. */
  truncate(size: number): void {
    for (let code = size; code < this.#values.length; code++) {
      const text = this.#values[code];
      if (text !== undefined) this.#codes.delete(text);
    }
    this.#values.length = Math.min(this.#values.length, size);
    this.#bytes.truncate(size);
  }

  /** Remembers `text` as the text of `code`: appended when it is next, as most are (the array stays packed). */
  #keep(code: number, text: string): string {
    const values = this.#values;
    while (values.length < code) values.push(undefined);
    if (values.length === code) values.push(text);
    else values[code] ??= text;
    return values[code] as string;
  }

  /** UTF-8 of `text` in a reused buffer. */
  #encode(text: string): Uint8Array {
    // Three bytes per UTF-16 unit at most.
    if (this.#scratch.length < text.length * 3) this.#scratch = new Uint8Array(text.length * 3);
    const { written } = encoder.encodeInto(text, this.#scratch);
    return this.#scratch.subarray(0, written);
  }
}
