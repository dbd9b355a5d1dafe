import type { SliceableSource } from '../import/index.ts';
import { StreamStalled } from './answerWithin.ts';
import { givingTurns } from './givingTurns.ts';
import { readReused } from './readReused.ts';
import { readStream } from './readStream.ts';
import { WorkerIssue } from './workerIssue.ts';

/**
 * A dropped or picked File (or a part of one) as a ByteSource; each `open()` streams it from
 * the start. Reading gives the worker's messages a turn now and then (see givingTurns), and a
 * file whose stream stops answering is an issue the user reads (fileReadStalled).
 */
export function fileSource(file: Blob, name = file instanceof File ? file.name : ''): SliceableSource {
  const reading = (chunks: AsyncGenerator<Uint8Array>) => givingTurns(namingStalls(chunks, name));
  return {
    name,
    size: file.size,
    open: () => reading(readStream(file.stream())),
    readReused: (chunkBytes) => reading(readReused(file.stream(), chunkBytes, file.size)),
    slice: (start, end) => fileSource(file.slice(start, end), name),
  };
}

async function* namingStalls(chunks: AsyncGenerator<Uint8Array>, file: string): AsyncGenerator<Uint8Array> {
  try {
    yield* chunks;
  } catch (error) {
    throw error instanceof StreamStalled ? new WorkerIssue({ code: 'fileReadStalled', file }) : error;
  }
}
