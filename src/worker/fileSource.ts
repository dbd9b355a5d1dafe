import type { SliceableSource } from '../import/index.ts';
import { readReused } from './readReused.ts';
import { readStream } from './readStream.ts';

/** A dropped or picked File (or a part of one) as a ByteSource; each `open()` streams it from the start. */
export function fileSource(file: Blob, name = file instanceof File ? file.name : ''): SliceableSource {
  return {
    name,
    size: file.size,
    open: () => readStream(file.stream()),
    readReused: (chunkBytes) => readReused(file.stream(), chunkBytes, file.size),
    slice: (start, end) => fileSource(file.slice(start, end), name),
  };
}
