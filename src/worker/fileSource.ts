import type { ByteSource } from '../import/index.ts';
import { readStream } from './readStream.ts';

/** A dropped or picked File as a ByteSource; each `open()` streams the file from the start. */
export function fileSource(file: File): ByteSource {
  return {
    name: file.name,
    size: file.size,
    open: () => readStream(file.stream()),
  };
}
