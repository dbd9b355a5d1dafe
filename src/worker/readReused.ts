import { answerWithin, STALL_MS, StreamStalled } from './answerWithin.ts';
import { readStream } from './readStream.ts';

/**
 * Reads a byte stream into one buffer, over and over: each chunk (up to `size` bytes, full but
 * for the last) is overwritten by the next, so the reader must copy what it keeps before it asks
 * again. A browser otherwise hands every chunk of a file in new memory, and new memory is dear in
 * a worker (see README, Performance): reading a 142 MB file alone took 0.45–0.84 s that way and
 * 0.21–0.44 s into one buffer. A stream that cannot be read into a buffer of ours (not a byte
 * stream) is read as it comes.
 *
 * `length`, when known (a file's size), is not trusted to end the stream alone: the read that tells
 * the end is still made (its answer lets the browser close the file; the import took a second
 * longer without it), into a byte of its own after the last chunk is handed on, and given up after
 * END_WAIT_MS. Chromium's file streams sometimes never answer it (about one import in ten hung so
 * in the bench's reference page, whose tail worker read the same file at the time). Any other
 * read unanswered for `stallMs` throws StreamStalled.
 */
export async function* readReused(
  stream: ReadableStream<Uint8Array>,
  size: number,
  length = Number.POSITIVE_INFINITY,
  stallMs = STALL_MS,
): AsyncGenerator<Uint8Array> {
  let reader: ReadableStreamBYOBReader;
  try {
    reader = stream.getReader({ mode: 'byob' });
  } catch {
    yield* readStream(stream, stallMs);
    return;
  }
  let buffer = new ArrayBuffer(size);
  let received = 0;
  let ended = false;
  try {
    while (!ended && received < length) {
      let filled = 0;
      while (filled < size && received < length) {
        // The read takes the buffer and gives it back (moved) in the answer's view.
        const answer = await answerWithin(reader.read(new Uint8Array(buffer, filled, size - filled)), stallMs);
        if (answer.value !== undefined) {
          buffer = answer.value.buffer as ArrayBuffer;
          filled += answer.value.byteLength;
          received += answer.value.byteLength;
        }
        if (answer.done) {
          ended = true;
          break;
        }
      }
      if (filled > 0) yield new Uint8Array(buffer, 0, filled);
    }
    if (!ended) ended = await endWithin(reader, END_WAIT_MS);
  } finally {
    // Leaving early (an abort, a reader that has seen enough, an end never told) stops reading the
    // file; not awaited, so that a stream in the state above cannot hold the reading up again.
    if (!ended) reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}

/** How long the read after a file's last byte may take to tell the end. */
const END_WAIT_MS = 500;

/** Whether the stream tells its end (no further byte) within `ms`. */
async function endWithin(reader: ReadableStreamBYOBReader, ms: number): Promise<boolean> {
  try {
    return (await answerWithin(reader.read(new Uint8Array(1)), ms)).done;
  } catch (error) {
    if (error instanceof StreamStalled) return false;
    throw error;
  }
}
