const decoder = new TextDecoder('utf-8');

/** Short ASCII runs are turned into strings without a decoder call, which costs more than the work for them. */
const SHORT = 32;

/** Text of the UTF-8 `bytes[start, end)`. */
export function decodeUtf8(bytes: Uint8Array, start: number, end: number): string {
  if (end - start <= SHORT) {
    let ascii = true;
    for (let i = start; i < end; i++) if (bytes[i] >= 0x80) ascii = false;
    if (ascii) return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
  }
  return decoder.decode(bytes.subarray(start, end));
}
