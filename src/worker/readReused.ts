import { readStream } from './readStream.ts';

/**
 * Reads a byte stream into one buffer, over and over: each chunk (up to `size` bytes, full but
 * for the last) is overwritten by the next, so the reader must copy what it keeps before it asks
 * again. A browser otherwise hands every chunk of a file in new memory, and new memory is dear in
 * a worker (see README, Performance): reading a 142 MB file alone took 0.45–0.84 s that way and
 * 0.21–0.44 s into one buffer. A stream that cannot be read into a buffer of ours (not a byte
 * stream) is read as it comes.
 */
export async function* readReused(stream: ReadableStream<Uint8Array>, size: number): AsyncGenerator<Uint8Array> {
  let reader: ReadableStreamBYOBReader;
  try {
    reader = stream.getReader({ mode: 'byob' });
  } catch {
    yield* readStream(stream);
    return;
  }
  let buffer = new ArrayBuffer(size);
  let done = false;
  try {
    while (!done) {
      let filled = 0;
      while (filled < size) {
        // The read takes the buffer and gives it back (moved) in the answer's view.
        const answer = await reader.read(new Uint8Array(buffer, filled, size - filled));
        if (answer.value !== undefined) {
          buffer = answer.value.buffer as ArrayBuffer;
          filled += answer.value.byteLength;
        }
        if (answer.done) {
          done = true;
          break;
        }
      }
      if (filled > 0) yield new Uint8Array(buffer, 0, filled);
    }
  } finally {
    // Leaving early (an abort, a reader that has seen enough) stops reading the file.
    if (!done) await reader.cancel();
    reader.releaseLock();
  }
}
