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

export function unpackTexts(packed: PackedTexts): string[] {
  return Array.from(packed.ends, (end, i) => decoder.decode(packed.bytes.subarray(startOf(packed, i), end)));
}

/** Texts [from, to) as packed texts of their own (copies: a stored chunk must not carry the whole buffer). */
export function slicePacked(packed: PackedTexts, from: number, to: number): PackedTexts {
  const start = startOf(packed, from);
  return { bytes: packed.bytes.slice(start, startOf(packed, to)), ends: packed.ends.slice(from, to).map((end) => end - start) };
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
