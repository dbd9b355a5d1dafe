/**
 * Reads a byte stream chunk by chunk. A reader loop rather than `for await` over the
 * stream, which Safari does not support; leaving the loop early cancels the stream so an
 * aborted import stops reading the file.
 */
export async function* readStream(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  let done = false;
  try {
    while (true) {
      const chunk = await reader.read();
      if (chunk.done) {
        done = true;
        return;
      }
      yield chunk.value;
    }
  } finally {
    if (!done) await reader.cancel();
    reader.releaseLock();
  }
}
