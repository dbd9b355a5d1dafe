import { utf16Length } from '../core/model/index.ts';
import type { PackedTexts } from '../core/model/index.ts';

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** Where text `i` of `packed` starts. */
const startOf = ({ ends }: PackedTexts, i: number): number => (i === 0 ? 0 : ends[i - 1]);

export function packTexts(texts: readonly string[]): PackedTexts {
  return concatPacked(
    texts.map((text) => {
      const bytes = encoder.encode(text);
      return { bytes, ends: Int32Array.of(bytes.length) };
    }),
  );
}

/**
 * The texts of `packed`. Decoded in one call and cut out of the one string, each as long in
 * UTF-16 units as its UTF-8 says: a decode per text costs more than the text for short ones.
 * Where that could differ from decoding text by text — bytes that are not UTF-8, a character
 * split between two texts (no packer of ours makes either) — it decodes text by text.
 */
export function unpackTexts(packed: PackedTexts): string[] {
  const { bytes, ends } = packed;
  const count = ends.length;
  const text = decoder.decode(bytes.subarray(0, count === 0 ? 0 : ends[count - 1]));
  const texts: string[] = new Array(count);
  let split = false;
  let at = 0;
  for (let i = 0; i < count; i++) {
    const start = startOf(packed, i);
    if (start < ends[i] && (bytes[start] & 0xc0) === 0x80) split = true;
    const units = utf16Length(bytes, start, ends[i]);
    texts[i] = text.slice(at, at + units);
    at += units;
  }
  if (!split && at === text.length && !text.includes('\uFFFD')) return texts;
  return Array.from(ends, (end, i) => decoder.decode(bytes.subarray(startOf(packed, i), end)));
}

/** Texts [from, to) as packed texts of their own (copies: a stored chunk must not carry the whole buffer). */
export function slicePacked(packed: PackedTexts, from: number, to: number): PackedTexts {
  const start = startOf(packed, from);
  return { bytes: packed.bytes.slice(start, startOf(packed, to)), ends: packed.ends.slice(from, to).map((end) => end - start) };
}

/** Texts `codes[from]` … `codes[to − 1]` of `texts` (an empty text for a negative code), packed anew. */
export function gatherPacked(texts: PackedTexts, codes: Int32Array, from: number, to: number): PackedTexts {
  const ends = new Int32Array(to - from);
  let length = 0;
  for (let k = from; k < to; k++) {
    const code = codes[k];
    if (code >= 0) length += texts.ends[code] - startOf(texts, code);
    ends[k - from] = length;
  }
  const bytes = new Uint8Array(length);
  for (let k = from, at = 0; k < to; k++) {
    const code = codes[k];
    if (code < 0) continue;
    const start = startOf(texts, code);
    bytes.set(texts.bytes.subarray(start, texts.ends[code]), at);
    at += texts.ends[code] - start;
  }
  return { bytes, ends };
}

/** The texts of `parts` one after another. */
export function concatPacked(parts: readonly PackedTexts[]): PackedTexts {
  let bytesLength = 0;
  let count = 0;
  for (const { bytes, ends } of parts) {
    bytesLength += bytes.length;
    count += ends.length;
  }
  const bytes = new Uint8Array(bytesLength);
  const ends = new Int32Array(count);
  let at = 0;
  let k = 0;
  for (const part of parts) {
    bytes.set(part.bytes, at);
    for (const end of part.ends) ends[k++] = at + end;
    at += part.bytes.length;
  }
  return { bytes, ends };
}
