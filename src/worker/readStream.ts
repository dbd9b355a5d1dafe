import { answerWithin, STALL_MS } from './answerWithin.ts';

/**
 * Reads a byte stream chunk by chunk. A reader loop rather than `for await` over the
 * stream, which Safari does not support; leaving the loop early cancels the stream so an
 * aborted import stops reading the file. A read unanswered for `stallMs` throws StreamStalled.
 */
export async function* readStream(stream: ReadableStream<Uint8Array>, stallMs = STALL_MS): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let done = false;
  try {
    while (true) {
      const chunk = await answerWithin(reader.read(), stallMs);
      if (chunk.done) {
        done = true;
        return;
      }
      yield chunk.value;
    }
  } finally {
    // Not awaited: a stalled stream may not answer the cancel either.
    if (!done) reader.cancel().catch(() => undefined);
    reader.releaseLock();
  }
}
