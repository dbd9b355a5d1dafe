import type { SliceableSource } from '../import/index.ts';
import { givingTurns } from './givingTurns.ts';
import { readReused } from './readReused.ts';
import { readStream } from './readStream.ts';

/**
 * A dropped or picked File (or a part of one) as a ByteSource; each `open()` streams it from
 * the start. Reading gives the worker's messages a turn now and then (see givingTurns).
 */
export function fileSource(file: Blob, name = file instanceof File ? file.name : ''): SliceableSource {
  return {
    name,
    size: file.size,
    open: () => givingTurns(readStream(file.stream())),
    readReused: (chunkBytes) => givingTurns(readReused(file.stream(), chunkBytes, file.size)),
    slice: (start, end) => fileSource(file.slice(start, end), name),
  };
}
