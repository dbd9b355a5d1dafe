import type { FloorResult } from './referenceResults.ts';

/**
 * Streams the File and decodes it with one streaming TextDecoder, timing the waits for
 * chunks (read) apart from the decoding. The decoded text is only counted, never kept.
 */
export async function readDecodeFloor(file: File): Promise<FloorResult> {
  const decoder = new TextDecoder('utf-8');
  const reader = file.stream().getReader();
  let readMs = 0;
  let decodeMs = 0;
  let bytes = 0;
  let chars = 0;
  for (;;) {
    const asked = performance.now();
    const chunk = await reader.read();
    const got = performance.now();
    readMs += got - asked;
    if (chunk.done) break;
    bytes += chunk.value.byteLength;
    chars += decoder.decode(chunk.value, { stream: true }).length;
    decodeMs += performance.now() - got;
  }
  const last = performance.now();
  chars += decoder.decode().length;
  decodeMs += performance.now() - last;
  return { readMs, decodeMs, totalMs: readMs + decodeMs, bytes, chars };
}
